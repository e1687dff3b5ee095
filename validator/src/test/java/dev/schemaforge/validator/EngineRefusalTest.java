package dev.schemaforge.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemaforge.catalog.Problem;
import dev.schemaforge.catalog.SchemaException;

import tools.jackson.databind.json.JsonMapper;

/**
 * A schema the catalog reads but networknt refuses ends as a schema error with file:line:col and
 * pointer, the way the command line reports bad schemas (exit 2), never as networknt's own
 * exception (which the command line can only call an internal error, exit 3).
 */
class EngineRefusalTest {

    @TempDir
    Path folder;

    @Test
    void anArrayWhereASchemaMustBeIsASchemaErrorAtThatArray() throws IOException {
        Files.writeString(folder.resolve("s.json"), "{\"$schema\": \"http://json-schema.org/draft-07/schema#\",\n"
                + "  \"definitions\": {\"list\": [\"a\", \"b\"]},\n"
                + "  \"type\": \"object\"\n"
                + "}");
        SchemaValidator validator = SchemaValidator.builder().schemas(folder).build();

        SchemaException e = catchThrowableOfType(SchemaException.class, () -> validator.schema("s.json"));

        assertThat(e).isNotNull();
        Problem problem = e.problems().get(0);
        assertThat(problem.pointer()).isEqualTo("/definitions/list");
        assertThat(problem.location().file().getFileName()).hasToString("s.json");
        assertThat(problem.location().line()).isEqualTo(2);
        assertThat(problem.location().column()).isEqualTo(19); // a member is located at its name
        assertThat(problem.message()).contains("must be object or boolean but was ARRAY");
    }

    @Test
    void aSchemaBuiltInCodeThatTheEngineRefusesIsASchemaErrorNamingIt() throws IOException {
        Files.writeString(folder.resolve("other.json"), "{\"type\": \"object\"}");
        SchemaValidator validator = SchemaValidator.builder().schemas(folder).build();

        SchemaException e = catchThrowableOfType(SchemaException.class, () -> validator.inline(
                JsonMapper.builder().build().readTree("{\"properties\": {\"a\": {\"$ref\": \"#/nowhere\"}}}")));

        assertThat(e).isNotNull();
        assertThat(e.problems().get(0).location().file()).hasToString("urn:schemaforge:inline:1");
        assertThat(e.problems().get(0).message()).startsWith("the validation engine cannot use this schema: ")
                .contains("/nowhere");
    }

    @Test
    void aSchemaThatAppliesItselfWithoutEndIsASchemaErrorNotACrash() throws IOException {
        Files.writeString(folder.resolve("s.json"), "{\"$schema\": \"http://json-schema.org/draft-07/schema#\",\n"
                + "  \"definitions\": {\"a\": {\"$ref\": \"#/definitions/b\"},"
                + " \"b\": {\"allOf\": [{\"$ref\": \"#/definitions/a\"}]}},\n"
                + "  \"properties\": {\"x\": {\"$ref\": \"#/definitions/a\"}}\n"
                + "}");
        CompiledSchema schema = SchemaValidator.builder().schemas(folder).build().schema("s.json");
        assertThat(schema.validate("{}").valid()).as("the loop is reached only through x").isTrue();

        SchemaException e = catchThrowableOfType(SchemaException.class, () -> schema.validate("{\"x\": 1}"));

        assertThat(e).isNotNull();
        Problem problem = e.problems().get(0);
        assertThat(problem.location().file().getFileName()).hasToString("s.json");
        assertThat(problem.location().line() + ":" + problem.location().column()).isEqualTo("2:70");
        assertThat(problem.pointer()).isEqualTo("/definitions/b/allOf/0/$ref");
        assertThat(problem.message()).isEqualTo("the schema applies itself again without stepping into the payload"
                + " (s.json#/definitions/a -> s.json#/definitions/b -> s.json#/definitions/b/allOf/0 ->"
                + " s.json#/definitions/a): checking a payload that reaches it never ends");
        assertThat(catchThrowableOfType(SchemaException.class, () -> schema.validate(
                JsonMapper.builder().build().readTree("{\"x\": 1}")))).as("from a tree too").isNotNull();
    }

    /** The cycle sits inside another document's schema that a $ref reaches: not looked for, so named in general. */
    @Test
    void aCycleReachedThroughAReferenceElsewhereIsASchemaErrorAtTheSchemaBeingChecked() throws IOException {
        Files.writeString(folder.resolve("s.json"), "{\"properties\": {\"x\": {\"$ref\": \"other.json\"}}}");
        Files.writeString(folder.resolve("other.json"),
                "{\"properties\": {\"y\": {\"$ref\": \"#/properties/y\"}}}");
        CompiledSchema schema = SchemaValidator.builder().schemas(folder).build().schema("s.json");

        SchemaException e = catchThrowableOfType(SchemaException.class, () -> schema.validate("{\"x\": {\"y\": 1}}"));

        assertThat(e).isNotNull();
        Problem problem = e.problems().get(0);
        assertThat(problem.location().file().getFileName()).hasToString("s.json");
        assertThat(problem.location().line() + ":" + problem.location().column()).isEqualTo("1:1");
        assertThat(problem.message()).isEqualTo("checking a payload against this schema never ends: somewhere it"
                + " applies itself again without stepping into the payload, through a cycle of $ref (and allOf,"
                + " anyOf, oneOf, not, if/then/else) such as {\"$ref\": \"#\"} (`schemaforge lint` shows where)");
    }

    @Test
    void aTypeNamingNoJsonTypeIsASchemaErrorAtThatTypeNotThePayloadsFault() throws IOException {
        Files.writeString(folder.resolve("s.json"), "{\"type\": \"object\",\n"
                + "  \"properties\": {\"age\": {\"type\": [\"integer\", \"strin\"]}, \"name\": {\"type\": 5}}}");
        CompiledSchema schema = SchemaValidator.builder().schemas(folder).build().schema("s.json");
        assertThat(schema.validate("{\"age\": 3}").valid()).as("a listed type that matches passes").isTrue();

        SchemaException misnamed = catchThrowableOfType(SchemaException.class,
                () -> schema.validate("{\"age\": \"three\"}"));
        SchemaException notAName = catchThrowableOfType(SchemaException.class,
                () -> schema.validate(JsonMapper.builder().build().readTree("{\"name\": \"x\"}")));

        assertThat(misnamed).isNotNull();
        Problem problem = misnamed.problems().get(0);
        assertThat(problem.pointer()).isEqualTo("/properties/age/type/1");
        assertThat(problem.location().line() + ":" + problem.location().column()).isEqualTo("2:46");
        assertThat(problem.message()).isEqualTo("type \"strin\" is not a JSON type: expected one of string, number,"
                + " integer, boolean, object, array, null");
        assertThat(notAName).isNotNull();
        assertThat(notAName.problems().get(0).pointer()).isEqualTo("/properties/name/type");
        assertThat(notAName.problems().get(0).message())
                .isEqualTo("type is 5, but must be a type name such as \"string\" or an array of them");
    }

    @Test
    void aSchemaUriNamingNoKnownDialectIsReadInTheDefaultDialectAsTheGeneratorReadsIt() throws IOException {
        Files.writeString(folder.resolve("custom.json"), "{\"$schema\": \"https://example.com/our-meta-schema\",\n"
                + "  \"type\": \"object\", \"required\": [\"a\"]}");
        String before = Files.readString(folder.resolve("custom.json"));
        SchemaValidator validator = SchemaValidator.builder().schemas(folder).build();

        CompiledSchema schema = validator.schema("custom.json");

        assertThat(schema.validate("{\"a\": 1}").valid()).isTrue();
        assertThat(schema.validate("{}").violations()).extracting(Violation::message)
                .containsExactly("missing required property \"a\"");
        assertThat(validator.catalog().document(folder.resolve("custom.json").toUri()).orElseThrow().root()
                .path("$schema").stringValue()).as("the catalog's tree keeps what the file says")
                .isEqualTo("https://example.com/our-meta-schema");
        assertThat(Files.readString(folder.resolve("custom.json"))).isEqualTo(before);
    }
}
