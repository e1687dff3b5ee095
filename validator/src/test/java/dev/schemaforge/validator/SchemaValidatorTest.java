package dev.schemaforge.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

/** The validator on the project's own SSO contract and its examples. */
class SchemaValidatorTest {

    private static final Path SCHEMAS = Path.of("../schemas").toAbsolutePath().normalize();
    private static final Path EXAMPLES = SCHEMAS.resolve("sso/examples");
    private static final SchemaValidator VALIDATOR = SchemaValidator.builder().schemas(SCHEMAS).build();

    private static CompiledSchema schemaFor(Path example) {
        return VALIDATOR.schema(example.getFileName().toString().startsWith("stytch-")
                ? "api_sso_v1_Connection" : "sso/connection.schema.json");
    }

    private static List<Path> examples(String folder) throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES.resolve(folder))) {
            return files.sorted().toList();
        }
    }

    @Test
    void everyValidExampleIsValidAndEveryInvalidOneFailsOnce() throws IOException {
        for (Path example : examples("valid")) {
            assertThat(schemaFor(example).validate(example).violations()).as(example.toString()).isEmpty();
        }
        for (Path example : examples("invalid")) {
            assertThat(schemaFor(example).validate(example).violations()).as(example.toString()).hasSize(1);
        }
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnesAndSuggestsTheClosest() {
        Path example = EXAMPLES.resolve("invalid/connection-unknown-provider.json");
        Violation violation = schemaFor(example).validate(example).violations().get(0);
        assertThat(violation.pointer()).isEqualTo("/provider");
        assertThat(violation.keyword()).isEqualTo("enum");
        assertThat(violation.message()).isEqualTo("\"OKTAA\" is not one of OKTA, GOOGLE, MICROSOFT_AD, AUTH0, "
                + "ONELOGIN, PING_IDENTITY, JUMPCLOUD, CUSTOM (did you mean \"OKTA\"?)");
        assertThat(violation.line()).isEqualTo(lineOf(example, "\"provider\""));
        assertThat(violation.schema().file().getFileName().toString()).isEqualTo("connection.schema.json");
        assertThat(violation.schema().line()).isPositive();
    }

    @Test
    void bareOpenApiComponentNamesWorkAndNestedFailuresNameTheElement() {
        Path example = EXAMPLES.resolve("invalid/stytch-connection-group-assignment-missing-role_id.json");
        List<Violation> violations = VALIDATOR.schema("api_sso_v1_Connection").validate(example).violations();
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.pointer()).isEqualTo("/external_group_implicit_role_assignments/0");
            assertThat(v.message()).isEqualTo("missing required property \"role_id\"");
            assertThat(v.schema().file().getFileName().toString()).isEqualTo("stytch-sso.openapi.yaml");
        });
    }

    @Test
    void typeAndFormatMessagesSayWhatWasFoundAndExpected() {
        CompiledSchema connection = VALIDATOR.schema("Connection");
        Path wrongType = EXAMPLES.resolve("invalid/connection-wrong-type-enabled.json");
        assertThat(connection.validate(wrongType).violations().get(0).message())
                .isEqualTo("expected boolean, found string \"yes\"");
        Path badDate = EXAMPLES.resolve("invalid/connection-bad-date-time.json");
        assertThat(connection.validate(badDate).violations().get(0).message())
                .startsWith("\"2021-13-45T25:61:00Z\" is not a valid date-time");
    }

    @Test
    void formatsCanBeAnnotationsOnly() {
        SchemaValidator lenient = SchemaValidator.builder().schemas(SCHEMAS).formatAssertions(false).build();
        Path badDate = EXAMPLES.resolve("invalid/connection-bad-date-time.json");
        assertThat(lenient.schema("Connection").validate(badDate).valid()).isTrue();
    }

    @Test
    void aMalformedPayloadIsAViolationWithItsLocation() {
        ValidationResult result = VALIDATOR.schema("Connection").validate("{\n  \"id\": \"c\",\n  \"provider\": ");
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.keyword()).isEqualTo(CompiledSchema.SYNTAX);
            assertThat(v.line()).isEqualTo(3);
            assertThat(v.message()).startsWith("not well-formed JSON");
        });
    }

    @Test
    void aPayloadThatRepeatsAMemberIsAViolationWhereItAppearsAgain() {
        // networknt used raw would check only the second value; which one a consumer sees is anyone's guess
        String payload = "{\"id\": \"c\", \"provider\": \"OKTA\",\n  \"provider\": \"NOT_A_PROVIDER\"}";
        assertOneSyntaxViolation(VALIDATOR.schema("Connection").validate(payload), 2, 3,
                "member \"provider\" appears twice in this object (first at 1:13)");
        assertOneSyntaxViolation(VALIDATOR.schema("Connection").validate(payload.getBytes(StandardCharsets.UTF_8),
                "connection.json"), 2, 3, "member \"provider\" appears twice");
        // an NDJSON record is one line of its file: the first appearance is named by its column alone
        byte[] record = "{\"id\": \"c\", \"id\": \"d\"}".getBytes(StandardCharsets.UTF_8);
        assertOneSyntaxViolation(VALIDATOR.schema("Connection").validateRecord(record, "events.ndjson", 7), 7, 13,
                "member \"id\" appears twice in this object (first at column 2)");
    }

    @Test
    void aPayloadIsReadToTheSameDepthAsSchemasAndOneNestedDeeperGetsItsLocation() {
        CompiledSchema any = VALIDATOR.inline(JsonMapper.builder().build().readTree("{}"));
        assertThat(any.validate("[".repeat(600) + "]".repeat(600)).valid()).isTrue();
        assertThat(any.validate("[".repeat(1_001) + "]".repeat(1_001)).violations()).singleElement().satisfies(v -> {
            assertThat(v.keyword()).isEqualTo(CompiledSchema.SYNTAX);
            assertThat(v.line()).isEqualTo(1);
            assertThat(v.column()).isEqualTo(1_002); // where reading stopped, just after the bracket too many
            assertThat(v.message()).isEqualTo("nested deeper than the reader's limit of 1000 levels");
        });
    }

    @Test
    void aYamlPayloadWithBytesThatAreNotUtf8IsAViolationWithItsLocation() {
        byte[] payload = "id: c\nprovider: caf\u00e9 X\n".getBytes(StandardCharsets.UTF_8);
        payload[payload.length - 2] = (byte) 0xE9; // the X: a Latin-1 é
        assertOneSyntaxViolation(VALIDATOR.schema("Connection").validate(payload, "connection.yaml"), 2, 16,
                "not well-formed: byte 0xE9 is not UTF-8");
    }

    @Test
    void aYamlPayloadWithAnInfiniteNumberIsAViolationWithItsLocation() {
        byte[] payload = "id: c\nprovider: OKTA\nscore: .inf\n".getBytes(StandardCharsets.UTF_8);
        assertOneSyntaxViolation(VALIDATOR.schema("Connection").validate(payload, "connection.yaml"), 3, 8,
                "the number .inf is not finite");
    }

    @Test
    void eachDocumentOfAYamlStreamIsValidatedOnItsOwn() {
        CompiledSchema connection = VALIDATOR.schema("Connection");
        byte[] stream = "id: c\nprovider: OKTA\n---\nprovider: OKTAA\n".getBytes(StandardCharsets.UTF_8);
        List<ValidationResult> results = connection.validateDocuments(stream, "stream.yaml");
        assertThat(results).hasSize(2).allSatisfy(result -> assertThat(result.source()).isEqualTo("stream.yaml"));
        assertThat(results.get(1).violations()).anySatisfy(v -> {
            assertThat(v.pointer()).isEqualTo("/provider");
            assertThat(v.line()).isEqualTo(4);
        });
        // one result for a stream that breaks, at the break; validate() takes one document
        assertOneSyntaxViolation(connection.validateDocuments("a: 1\n---\n[b\n".getBytes(StandardCharsets.UTF_8),
                "broken.yaml").get(0), 3, 3, "not well-formed");
        assertOneSyntaxViolation(connection.validate(stream, "stream.yaml"), 4, 1, "a second YAML document starts here");
    }

    private static void assertOneSyntaxViolation(ValidationResult result, int line, int column, String message) {
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.keyword()).isEqualTo(CompiledSchema.SYNTAX);
            assertThat(v.line()).isEqualTo(line);
            assertThat(v.column()).isEqualTo(column);
            assertThat(v.message()).startsWith(message);
        });
    }

    @Test
    void compiledSchemasAreCachedAndSafeToShareAcrossThreads() throws IOException {
        assertThat(VALIDATOR.schema("Connection")).isSameAs(VALIDATOR.schema("sso/connection.schema.json"));
        Path invalid = EXAMPLES.resolve("invalid/connection-unknown-status.json");
        byte[] payload = Files.readAllBytes(invalid);
        List<String> messages = IntStream.range(0, 400).parallel()
                .mapToObj(i -> VALIDATOR.schema("Connection").validate(payload, "p.json").violations().get(0).message())
                .distinct().toList();
        assertThat(messages).containsExactly("\"IN_PROGRESS\" is not one of DRAFT, INPROGRESS, COMPLETED"
                + " (did you mean \"INPROGRESS\"?)");
    }

    private static int lineOf(Path file, String text) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError(text + " not in " + file);
    }

    @Test
    void aReferenceToAStandardMetaSchemaIsCheckedAgainstTheEnginesOwnCopy(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("holder.json"), """
                {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
                 "properties": {"that": {"$ref": "http://json-schema.org/draft-07/schema#"}}}""");
        CompiledSchema holder = SchemaValidator.builder().schemas(temp.resolve("holder.json")).build()
                .schema("holder");
        assertThat(holder.validate("{\"that\": {\"type\": \"string\"}}").violations()).isEmpty();
        assertThat(holder.validate("{\"that\": {\"type\": 5}}").violations())
                .as("the catalog's empty stand-in would accept anything")
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v.pointer()).startsWith("/that/type"));
    }

    @Test
    void aMappingToAFolderThatIsNotThereIsRefusedWhereItIsGiven() {
        Path missing = SCHEMAS.resolve("no-such-folder");

        assertThatThrownBy(() -> SchemaValidator.builder().map("https://example.com/schemas/", missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot map https://example.com/schemas/ to " + missing + ": " + missing
                        + " is no folder or file");
    }
}
