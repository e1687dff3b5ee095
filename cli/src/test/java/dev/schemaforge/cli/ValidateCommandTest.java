package dev.schemaforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {

    private static final Path SCHEMAS = Path.of("../schemas");
    private static final Path EXAMPLES = SCHEMAS.resolve("sso/examples");
    private static final String CONNECTION = SCHEMAS.resolve("sso/connection.schema.json").toString();
    private static final String STYTCH_VALID = EXAMPLES.resolve("valid/stytch-connection-with-role-assignments.json")
            .toString();
    private static final String STYTCH_INVALID = EXAMPLES
            .resolve("invalid/stytch-connection-group-assignment-missing-role_id.json").toString();
    private static final String PROVIDERS = "OKTA, GOOGLE, MICROSOFT_AD, AUTH0, ONELOGIN, PING_IDENTITY, JUMPCLOUD, CUSTOM";
    private static final String NL = System.lineSeparator();

    @TempDir
    Path temp;

    private Path payloads;

    /** The must-show folder: two valid connections, one with "OKTAA", one cut off in the middle of a string. */
    @BeforeEach
    void payloads() throws IOException {
        payloads = Files.createDirectories(temp.resolve("payloads"));
        Files.copy(EXAMPLES.resolve("valid/connection-oidc-okta.json"), payloads.resolve("a-good.json"));
        Files.writeString(payloads.resolve("okta-typo.json"), """
                {
                  "id": "conn_01HZX",
                  "provider": "OKTAA",
                  "type": "SAML",
                  "status": "COMPLETED",
                  "enabled": true,
                  "organization_id": "org_42"
                }
                """);
        Files.writeString(payloads.resolve("truncated.json"),
                "{\n  \"id\": \"conn_02\",\n  \"provider\": \"GOOGLE\",\n  \"type\": \"OIDC\",\n  \"status\": \"DRA");
        Files.copy(EXAMPLES.resolve("valid/connection-saml-microsoft-ad.json"), payloads.resolve("z-good.json"));
    }

    @Test
    void aMappingThatCouldNeverResolveAReferenceIsRefused() {
        String good = payloads.resolve("a-good.json").toString();
        String folder = temp.toString();
        for (String[] mapping : new String[][] {
                {"=" + folder, "the prefix must be an absolute URI"},
                {"http://[bad/=" + folder, "the prefix must be an absolute URI"},
                {"schemas/=" + folder, "the prefix must be an absolute URI"},
                {"https://example.com/s/=", "give the folder (or file) the prefix maps to"},
                {"https://example.com/s/=" + temp.resolve("missing"), "is no folder or file"}}) {
            CliRun run = CliRun.schemaforge("validate", "--schemas", SCHEMAS.toString(), "--schema", CONNECTION,
                    "--map", mapping[0], good);
            assertThat(run.exitCode()).as(mapping[0]).isEqualTo(2);
            assertThat(run.err()).as(mapping[0]).startsWith("schemaforge: --map ").contains(mapping[1]);
        }
        CliRun mapped = CliRun.schemaforge("validate", "--schemas", SCHEMAS.toString(), "--schema", CONNECTION,
                "--map", "https://example.com/s/=" + folder, good);
        assertThat(mapped.exitCode()).as(mapped.err()).isZero();
    }

    @Test
    void theReportIsNotWrittenOverAPayloadOrASchemaTheRunReads() throws IOException {
        Path schema = Files.copy(SCHEMAS.resolve("sso/connection.schema.json"), temp.resolve("connection.schema.json"));
        Path payload = payloads.resolve("a-good.json");
        String schemaText = Files.readString(schema);
        String payloadText = Files.readString(payload);

        CliRun overSchema = CliRun.schemaforge("validate", "--schema", schema.toString(), "-o", schema.toString(),
                payload.toString());
        CliRun overPayload = CliRun.schemaforge("validate", "--schema", schema.toString(), "-o",
                payloads.resolve(".").resolve("a-good.json").toString(), payloads.toString());

        assertThat(overSchema.exitCode()).isEqualTo(2);
        assertThat(overSchema.err()).startsWith("--output " + schema + " is the schema document ");
        assertThat(overPayload.exitCode()).isEqualTo(2);
        assertThat(overPayload.err()).contains(" is the payload ").contains("a-good.json");
        assertThat(Files.readString(schema)).isEqualTo(schemaText);
        assertThat(Files.readString(payload)).isEqualTo(payloadText);
    }

    @Test
    void aTypoAndATruncatedFileAreReportedAndEveryOtherFileIsStillChecked() {
        CliRun run = CliRun.schemaforge("validate", "--schemas", SCHEMAS.toString(), "--schema", CONNECTION,
                payloads.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(mustShowOutput(payloads.toString()));
    }

    @Test
    void aLinkInAPayloadFolderWhoseTargetIsGoneFailsTheRunNamingTheTarget() throws IOException {
        Path gone = temp.resolve("moved-away.json");
        Path link = Files.createSymbolicLink(payloads.resolve("b-link.json"), gone);

        CliRun run = CliRun.schemaforge("validate", "--schemas", SCHEMAS.toString(), "--schema", CONNECTION,
                "--exclude", "**/examples/**", payloads.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).contains(link + ": (root): a symbolic link to " + gone + ", which does not exist\n")
                .endsWith("3 of 5 payloads invalid (3 violations)\n");
    }

    /** The same run as a user types it at the project root, in a JVM of its own (so also: no slf4j warning). */
    @Test
    void theMustShowRunFromTheProjectRoot() throws Exception {
        Process process = new ProcessBuilder(javaCommand("validate", "--schemas", "schemas", "--schema",
                "schemas/sso/connection.schema.json", payloads.toString()))
                .directory(Path.of("..").toFile())
                .start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(err).isEqualTo(ExitCodes.INVALID);
        assertThat(err).isEmpty();
        assertThat(out).isEqualTo(mustShowOutput(payloads.toString()));
    }

    private static String mustShowOutput(String folder) {
        String prefix = folder + java.io.File.separator;
        return prefix + "okta-typo.json:3:3: /provider: \"OKTAA\" is not one of " + PROVIDERS
                + " (did you mean \"OKTA\"?)\n"
                + prefix + "truncated.json:5:17: (root): not well-formed JSON: Unexpected end-of-input: was expecting closing quote for a string value\n"
                + "2 of 4 payloads invalid (2 violations)\n";
    }

    @Test
    void aBareComponentNameAcceptsTheValidStytchExample() {
        CliRun run = CliRun.schemaforge("validate", "--schemas", SCHEMAS.toString(), "--schema",
                "api_sso_v1_Connection", STYTCH_VALID);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("1 payload valid\n");
    }

    @Test
    void aBareComponentNameRejectsTheGroupAssignmentWithoutRole() {
        CliRun run = CliRun.schemaforge("validate", "--schemas", SCHEMAS.toString(), "--schema",
                "api_sso_v1_Connection", STYTCH_INVALID);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).isEqualTo(STYTCH_INVALID + ":14:5: /external_group_implicit_role_assignments/0: "
                + "missing required property \"role_id\"\n1 of 1 payload invalid (1 violation)\n");
    }

    @Test
    void aFileRelativeToASchemasFolderAndATitleNameTheSameSchema() {
        for (String selector : List.of("sso/connection.schema.json", "Connection", CONNECTION + "#")) {
            CliRun run = CliRun.schemaforge("validate", "--schemas", SCHEMAS.toString(), "--schema", selector,
                    EXAMPLES.resolve("valid").toString());

            assertThat(run.exitCode()).as(selector + ": " + run.out() + run.err()).isEqualTo(ExitCodes.INVALID);
            // the folder also holds the Stytch examples, which are no Connection
            assertThat(run.out()).as(selector).endsWith("2 of 6 payloads invalid (10 violations)\n");
        }
    }

    @Test
    void everyInvalidExampleFailsWhileTheRunGoesOn() {
        CliRun run = CliRun.schemaforge("validate", "--schemas", SCHEMAS.toString(), "--exclude", "**/examples/**",
                "--schema", "Connection", EXAMPLES.resolve("invalid/connection-missing-id.json").toString(),
                EXAMPLES.resolve("invalid/connection-unknown-status.json").toString(),
                EXAMPLES.resolve("valid/connection-draft-minimal.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).contains("connection-missing-id.json:1:1: (root): missing required property \"id\"")
                .contains("connection-unknown-status.json:5:3: /status: \"IN_PROGRESS\" is not one of DRAFT, "
                        + "INPROGRESS, COMPLETED (did you mean \"INPROGRESS\"?)")
                .endsWith("2 of 3 payloads invalid (2 violations)\n");
    }

    @Test
    void aSchemaFileAloneIsEnoughWithoutSchemas() {
        CliRun run = CliRun.schemaforge("validate", "--schema", CONNECTION,
                EXAMPLES.resolve("valid/connection-oidc-okta.json").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("1 payload valid\n");
    }

    /** SchemaStore's venvironment schemas refer to #/definitions/09338/full; the engine alone reads 9338. */
    @Test
    void aReferenceThroughAMemberNamedWithALeadingZeroIsAFindingNotAnInternalError() throws IOException {
        Path schema = Files.writeString(temp.resolve("s.json"), """
                {"$schema": "http://json-schema.org/draft-07/schema#",
                 "definitions": {"09338": {"properties": {"full": {"type": "string"}}}},
                 "properties": {"a": {"$ref": "#/definitions/09338/properties/full"}}}
                """);
        Path wrong = Files.writeString(temp.resolve("wrong.json"), "{\"a\": 3}");
        Path right = Files.writeString(temp.resolve("right.json"), "{\"a\": \"x\"}");

        CliRun invalid = CliRun.schemaforge("validate", "--schema", schema.toString(), wrong.toString());
        CliRun valid = CliRun.schemaforge("validate", "--schema", schema.toString(), right.toString());

        assertThat(invalid.exitCode()).as(invalid.err()).isEqualTo(ExitCodes.INVALID);
        assertThat(invalid.out()).startsWith(wrong + ":1:2: /a: expected string, found integer 3\n");
        assertThat(valid.exitCode()).as(valid.err()).isEqualTo(ExitCodes.OK);
    }

    /** The catalog reads it, networknt refuses it: a schema error with its place, not an internal error. */
    @Test
    void aSchemaTheEngineRefusesIsASchemaErrorAtItsPlace() throws IOException {
        Path schema = Files.writeString(temp.resolve("s.json"), """
                {"$schema": "http://json-schema.org/draft-07/schema#",
                 "definitions": {"list": ["a", "b"]}}
                """);
        Path payload = Files.writeString(temp.resolve("p.json"), "{}");

        CliRun run = CliRun.schemaforge("validate", "--schema", schema.toString(), payload.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(schema + ":2:18: #/definitions/list: the validation engine cannot use this schema")
                .doesNotContain("internal error");
    }

    /** Before, validate passed on the engine's "FileNotFoundException: file:///.../5" (a $dynamicRef: exit 3). */
    @Test
    void aReferenceOrIdentifierThatIsNoStringIsTheSameSchemaErrorInValidateGenerateAndLint() throws IOException {
        Path schema = Files.writeString(temp.resolve("num.json"), "{\n  \"$ref\": 5,\n  \"$defs\": {\"a\":"
                + " {\"$dynamicRef\": [1], \"$id\": 7}}\n}\n");
        Path payload = Files.writeString(temp.resolve("p.json"), "{}");
        String ref = schema + ":2:3: #/$ref: $ref is 5, but must be a string";
        String dynamicRef = schema + ":3:19: #/$defs/a/$dynamicRef: $dynamicRef is an array, but must be a string";
        String id = schema + ":3:39: #/$defs/a/$id: $id is 7, but must be a string";

        CliRun validate = CliRun.schemaforge("validate", "--schema", schema.toString(), payload.toString());
        CliRun generate = CliRun.schemaforge("generate", schema.toString(), "--package", "p",
                "--output", temp.resolve("models").toString());
        CliRun lint = CliRun.schemaforge("lint", "--schemas", schema.toString());

        String problems = "3 schema problems:" + NL + "  " + ref + NL + "  " + dynamicRef + NL + "  " + id + NL;
        assertThat(validate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(validate.err()).isEqualTo(problems);
        assertThat(generate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(generate.err()).isEqualTo(problems);
        assertThat(lint.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(lint.out()).as("the catalog's finding, not the meta-schema's at the same place too")
                .isEqualTo(ref.replace(": #/", ": error: #/") + " [reference]" + NL
                        + dynamicRef.replace(": #/", ": error: #/") + " [reference]" + NL
                        + id.replace(": #/", ": error: #/") + " [reference]" + NL
                        + "1 document, 1 schema checked: 3 errors, 0 warnings" + NL);
    }

    /** Before, a string was the engine's "must be object or boolean" and an array was taken without a word. */
    @Test
    void aSchemaPointerToAValueThatIsNoSchemaIsAUsageErrorNamingWhatIsThere() throws IOException {
        Path api = Files.writeString(temp.resolve("api.json"), "{\"openapi\": \"3.1.0\", \"info\": {\"title\":"
                + " \"Pets\", \"version\": \"1\"}, \"paths\": {}, \"tags\": [{\"name\": \"p\"}]}");
        Path payload = Files.writeString(temp.resolve("p.json"), "{}");

        CliRun title = CliRun.schemaforge("validate", "--schema", api + "#/info/title", payload.toString());
        CliRun tags = CliRun.schemaforge("validate", "--schema", api + "#/tags", payload.toString());
        CliRun info = CliRun.schemaforge("validate", "--schema", api + "#/info", payload.toString());

        assertThat(title.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(title.err()).isEqualTo(api + ":1:31: #/info/title: a schema is expected here, but this is"
                + " \"Pets\" (a schema is an object, true or false)" + NL);
        assertThat(tags.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(tags.err()).isEqualTo(api + ":1:78: #/tags: a schema is expected here, but this is an array"
                + " (a schema is an object, true or false)" + NL);
        assertThat(info.exitCode()).as("any object is a schema: " + info.err()).isEqualTo(ExitCodes.OK);
    }

    /** Before, the engine's stack overflow escaped as a stack trace with exit 1, which CI reads as "invalid". */
    @Test
    void aSchemaThatAppliesItselfWithoutEndIsASchemaErrorNotACrash() throws IOException {
        Path schema = Files.writeString(temp.resolve("loop.json"), "{\"$ref\": \"#\"}");
        Path payload = Files.writeString(temp.resolve("p.json"), "{}");

        CliRun run = CliRun.schemaforge("validate", "--schema", schema.toString(), payload.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith(schema + ":1:2: #/$ref: the schema applies itself again without stepping"
                + " into the payload (loop.json# -> loop.json#): checking a payload that reaches it never ends");
    }

    /** Before, the run never ended: networknt's regular expressions have no time limit. Takes the default 2 s. */
    @Test
    void aPatternThatBacktracksWithoutEndIsASchemaErrorNamingThePayloadNotAHang() throws IOException {
        Path schema = Files.writeString(temp.resolve("s.json"),
                "{\"properties\": {\"name\": {\"pattern\": \"^(a+)+$\"}}}");
        Path payload = Files.writeString(temp.resolve("p.json"), "{\"name\": \"" + "a".repeat(40) + "!\"}");

        CliRun run = CliRun.schemaforge("validate", "--schema", schema.toString(), payload.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith(schema + ":1:26: #/properties/name/pattern: the regular expression"
                + " \"^(a+)+$\" took longer than 2 s on /name in " + payload + ":1:2 and was stopped: ")
                .doesNotContain("internal error");
    }

    @Test
    void aPatternThatBacktracksInAnNdjsonRecordIsNamedAtTheRecordsLine() throws IOException {
        Path schema = Files.writeString(temp.resolve("s.json"),
                "{\"properties\": {\"name\": {\"pattern\": \"^(a+)+$\"}}}");
        Path events = Files.writeString(temp.resolve("events.ndjson"),
                "{\"name\": \"aa\"}\n\n{\"name\": \"" + "a".repeat(40) + "!\"}\n");

        CliRun run = CliRun.schemaforge("validate", "--schema", schema.toString(), "--ndjson", events.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(" on /name in " + events + ":3:2 and was stopped: ");
    }

    @Test
    void standardInputIsOnePayload() throws IOException {
        byte[] payload = Files.readAllBytes(EXAMPLES.resolve("invalid/connection-unknown-provider.json"));

        CliRun run = withStdin(payload, "validate", "--schemas", SCHEMAS.toString(), "--schema", "Connection", "-");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).startsWith("<stdin>:").contains(": /provider: \"OKTAA\" is not one of ");
    }

    @Test
    void standardInputThatIsNotAJsonObjectOrArrayIsReadAsYaml() {
        String yaml = connectionYaml("conn_1", "OKTA", "DRAFT") + "---\n" + connectionYaml("conn_2", "OKTAA", "DRAFT");
        byte[] stream = yaml.getBytes(StandardCharsets.UTF_8);

        CliRun run = withStdin(stream, "validate", "--schemas", SCHEMAS.toString(), "--schema", "Connection", "-");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).isEqualTo("<stdin>:9:1: /provider: \"OKTAA\" is not one of " + PROVIDERS
                + " (did you mean \"OKTA\"?)\n1 of 2 payloads invalid (1 violation)\n");
    }

    @Test
    void eachNdjsonLineIsAPayloadLocatedAtItsLineInTheFile() throws IOException {
        Path events = Files.writeString(temp.resolve("events.ndjson"), """
                {"id":"a","provider":"OKTA","type":"SAML","status":"DRAFT","enabled":true,"organization_id":"o"}

                {"id":"b","provider":"OKTAA","type":"SAML","status":"DRAFT","enabled":true,"organization_id":"o"}\r
                {"id":\s
                """);

        CliRun run = CliRun.schemaforge("validate", "--schemas", SCHEMAS.toString(), "--schema", "Connection",
                "--ndjson", events.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).isEqualTo(events + ":3:11: /provider: \"OKTAA\" is not one of " + PROVIDERS
                + " (did you mean \"OKTA\"?)\n"
                + events + ":4:8: (root): not well-formed JSON: Unexpected end-of-input within/between Object entries\n"
                + "2 of 3 payloads invalid (2 violations)\n");
    }

    @Test
    void ndjsonFromStandardInput() {
        byte[] lines = "{\"id\":1}\n\"x\"\n".getBytes(StandardCharsets.UTF_8);

        CliRun run = withStdin(lines, "validate", "--schemas", SCHEMAS.toString(), "--schema", "Connection",
                "--ndjson", "-", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertThat(report.path("results")).hasSize(2);
        assertThat(report.path("results").get(1).path("violations").get(0).path("line").intValue()).isEqualTo(2);
    }

    @Test
    void yamlPayloadsAreReadByExtension() throws IOException {
        Path yaml = Files.writeString(temp.resolve("conn.yaml"), connectionYaml("conn_1", "OKTA", "DONE"));

        CliRun run = CliRun.schemaforge("validate", "--schemas", SCHEMAS.toString(), "--schema", "Connection",
                yaml.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).startsWith(yaml + ":4:1: /status: \"DONE\" is not one of DRAFT, INPROGRESS, COMPLETED");
    }

    @Test
    void eachDocumentOfAYamlStreamIsAPayloadLocatedInTheFile() throws IOException {
        Path stream = Files.writeString(temp.resolve("connections.yaml"),
                connectionYaml("conn_1", "OKTA", "DRAFT") + "---\n" + connectionYaml("conn_2", "OKTAA", "DRAFT"));

        CliRun run = CliRun.schemaforge("validate", "--schemas", SCHEMAS.toString(), "--schema", "Connection",
                stream.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).isEqualTo(stream + ":9:1: /provider: \"OKTAA\" is not one of " + PROVIDERS
                + " (did you mean \"OKTA\"?)\n1 of 2 payloads invalid (1 violation)\n");
    }

    /** A connection in YAML, six lines: the provider on line 2, the status on line 4. */
    private static String connectionYaml(String id, String provider, String status) {
        return "id: " + id + "\nprovider: " + provider + "\ntype: SAML\nstatus: " + status
                + "\nenabled: true\norganization_id: org_1\n";
    }

    @Test
    void formatsAreAssertedUnlessTurnedOff() {
        String badDate = EXAMPLES.resolve("invalid/connection-bad-date-time.json").toString();

        CliRun strict = CliRun.schemaforge("validate", "--schemas", SCHEMAS.toString(), "--schema", "Connection",
                badDate);
        CliRun lenient = CliRun.schemaforge("validate", "--schemas", SCHEMAS.toString(), "--schema", "Connection",
                "--no-format-assertions", badDate);

        assertThat(strict.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(strict.out()).contains("is not a valid date-time");
        assertThat(lenient.exitCode()).as(lenient.out()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void aReportFileGetsTheReportAndStandardOutputTheSummary() throws IOException {
        Path report = temp.resolve("reports/result.sarif");

        CliRun run = CliRun.schemaforge("validate", "--schemas", SCHEMAS.toString(), "--schema", CONNECTION,
                "--format", "sarif", "--output", report.toString(), payloads.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).isEqualTo("2 of 4 payloads invalid (2 violations); sarif report written to " + report
                + NL);
        JsonNode sarif = JsonMapper.builder().build().readTree(Files.readString(report));
        assertThat(sarif.path("version").stringValue()).isEqualTo("2.1.0");
        JsonNode results = sarif.path("runs").get(0).path("results");
        assertThat(results).hasSize(2);
        assertThat(results.get(0).path("ruleId").stringValue()).isEqualTo("enum");
        assertThat(results.get(0).path("locations").get(0).path("physicalLocation").path("region")
                .path("startLine").intValue()).isEqualTo(3);
    }

    @Test
    void everyFormatIsAccepted() {
        List<String> firstLines = new ArrayList<>();
        for (String format : List.of("text", "json", "junit", "sarif", "github", "GITHUB")) {
            CliRun run = CliRun.schemaforge("validate", "--schemas", SCHEMAS.toString(), "--schema", CONNECTION,
                    "--format", format, payloads.toString());
            assertThat(run.exitCode()).as(format + ": " + run.err()).isEqualTo(ExitCodes.INVALID);
            firstLines.add(run.out().lines().findFirst().orElse(""));
        }
        assertThat(firstLines.get(1)).isEqualTo("{");
        assertThat(firstLines.get(2)).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        assertThat(firstLines.get(4)).startsWith("::error file=");
    }

    @Test
    void aMissingPayloadIsReportedAndTheOthersAreStillChecked() {
        String missing = temp.resolve("nope.json").toString();

        CliRun run = CliRun.schemaforge("validate", "--schema", CONNECTION, missing,
                EXAMPLES.resolve("valid/connection-oidc-okta.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).isEqualTo(missing + ": (root): no such file or folder\n1 of 2 payloads invalid (1 violation)\n");
    }

    @Test
    void anUnknownSchemaNameIsASchemaErrorWithoutStackTrace() {
        CliRun run = CliRun.schemaforge("validate", "--schemas", SCHEMAS.toString(), "--exclude", "**/examples/**",
                "--schema", "Conection", STYTCH_VALID);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no schema named \"Conection\"; known: [Connection, api_sso_v1_Connection, ")
                .doesNotContain("Exception", "\tat ", "Usage:");
    }

    @Test
    void aDanglingReferenceIsASchemaErrorWithItsLocation() throws IOException {
        Path schema = Files.writeString(temp.resolve("broken.schema.json"), """
                {
                  "type": "object",
                  "properties": {
                    "owner": { "$ref": "#/$defs/Missing" }
                  }
                }
                """);

        CliRun run = CliRun.schemaforge("validate", "--schema", schema.toString(), STYTCH_VALID);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("broken.schema.json:4:16: #/properties/owner/$ref: $ref \"#/$defs/Missing\"")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void withoutSchemasTheSchemaMustBeAFile() {
        CliRun run = CliRun.schemaforge("validate", "--schema", "Connection", STYTCH_VALID);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("Missing --schemas: --schema \"Connection\" is not a file")
                .contains("Usage: schemaforge validate");
    }

    @Test
    void usageErrors() {
        CliRun noSchema = CliRun.schemaforge("validate", "--schemas", SCHEMAS.toString(), STYTCH_VALID);
        CliRun noPayload = CliRun.schemaforge("validate", "--schemas", SCHEMAS.toString(), "--schema", "Connection");
        CliRun badFormat = CliRun.schemaforge("validate", "--schemas", SCHEMAS.toString(), "--schema", "Connection",
                "--format", "xml", STYTCH_VALID);
        CliRun missingSchemas = CliRun.schemaforge("validate", "--schemas", temp.resolve("none").toString(),
                "--schema", "Connection", STYTCH_VALID);

        assertThat(noSchema.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noSchema.err()).startsWith("Missing required option: '--schema=NAME|FILE[#PTR]'");
        assertThat(noPayload.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noPayload.err()).startsWith("Missing required parameter: 'PAYLOAD'");
        assertThat(badFormat.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badFormat.err()).startsWith("Invalid value for option '--format': unknown format \"xml\"; "
                + "use one of text, json, junit, sarif, github");
        assertThat(missingSchemas.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missingSchemas.err()).isEqualTo("schemaforge: --schemas " + temp.resolve("none")
                + ": no such file or folder" + NL);
    }

    @Test
    void aFolderWithoutPayloadsIsAUsageError() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));

        CliRun run = CliRun.schemaforge("validate", "--schema", CONNECTION, empty.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no payloads (.json, .yaml, .yml files) in " + empty);
    }

    @Test
    void helpListsTheExitCodesAndTheRootCommandListsValidateAndLint() {
        CliRun validate = CliRun.schemaforge("validate", "--help");
        CliRun root = CliRun.schemaforge("--help");

        assertThat(validate.exitCode()).isZero();
        assertThat(validate.out()).startsWith("Usage: schemaforge validate").contains("Exit codes:",
                "1   some payload is invalid, malformed or unreadable");
        assertThat(root.out()).contains("  validate  ", "  lint  ");
    }

    private static CliRun withStdin(byte[] input, String... args) {
        CommandLine commandLine = SchemaforgeCommand.commandLine();
        ((ValidateCommand) commandLine.getSubcommands().get("validate").getCommand())
                .stdin(new ByteArrayInputStream(input));
        return CliRun.run(commandLine, args);
    }

    private static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                SchemaforgeCommand.class.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
