package dev.schemaforge.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemaforge.catalog.Catalog;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * References whose JSON pointers have a member name of digits with a leading zero, which networknt
 * on its own reads as an array index (SchemaStore's venvironment schemas refer to
 * {@code #/definitions/09338/full}).
 */
class EnginePointersTest {

    private static final String DRAFT_7 = "\"$schema\": \"http://json-schema.org/draft-07/schema#\"";

    @TempDir
    Path folder;

    private SchemaValidator validator(String file, String content) throws IOException {
        Files.writeString(folder.resolve(file), content);
        return SchemaValidator.builder().schemas(folder).build();
    }

    /**
     * An OpenAPI 3.0 document with the given component schemas and two more: {@code 007}, a name
     * networknt would misread as an index, and {@code Cat}; both are objects told apart by {@code kind}.
     */
    private static String openApi(String schemas) {
        return """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths: {}
                components:
                  schemas:
                """ + schemas + """
                    "007":
                      type: object
                      required: [kind, gadget]
                      properties: {kind: {type: string}, gadget: {type: string}}
                    Cat:
                      type: object
                      required: [kind, lives]
                      properties: {kind: {type: string}, lives: {type: integer}}
                """;
    }

    private static void acceptsOnlyTheFirst(CompiledSchema schema, String accepted, String rejected) {
        assertThat(schema.validate(accepted).valid()).as(accepted).isTrue();
        assertThat(schema.validate(rejected).valid()).as(rejected).isFalse();
    }

    @Test
    void aReferenceThroughAMemberNamedWithALeadingZeroIsFollowed() throws IOException {
        CompiledSchema schema = validator("s.json", "{" + DRAFT_7 + ",\n"
                + "  \"definitions\": {\"09338\": {\"properties\": {\"full\": {\"type\": \"string\"}}}},\n"
                + "  \"properties\": {\"a\": {\"$ref\": \"#/definitions/09338/properties/full\"}}\n"
                + "}").schema("s.json");
        assertThat(schema.validate("{\"a\": \"x\"}").valid()).isTrue();
        assertThat(schema.validate("{\"a\": 3}").violations()).singleElement().satisfies(v -> {
            assertThat(v.pointer()).isEqualTo("/a");
            assertThat(v.keyword()).isEqualTo("type");
            assertThat(v.message()).isEqualTo("expected string, found integer 3");
            assertThat(v.schema().line()).isEqualTo(2);
            assertThat(v.schema().column()).isEqualTo(53); // the "type" inside definitions/09338
        });
    }

    @Test
    void aSchemaSelectedByAPointerWithALeadingZeroCompiles() throws IOException {
        CompiledSchema schema = validator("s.json", "{" + DRAFT_7 + ", \"definitions\": {\"007\": {"
                + "\"properties\": {\"n\": {\"type\": \"integer\"}}}}}").schema("s.json#/definitions/007");
        acceptsOnlyTheFirst(schema, "{\"n\": 1}", "{\"n\": \"1\"}");
    }

    @Test
    void arrayIndexesResolveAsBefore() throws IOException {
        CompiledSchema schema = validator("s.json", "{" + DRAFT_7 + ",\n"
                + "  \"definitions\": {\"0\": {\"type\": \"integer\"}},\n"
                + "  \"allOf\": [{\"type\": \"object\"}, {\"properties\": {\"z\": {\"type\": \"number\"}}}],\n"
                + "  \"items\": [{\"type\": \"boolean\"}],\n"
                + "  \"properties\": {\n"
                + "    \"a\": {\"$ref\": \"#/definitions/0\"},\n"
                + "    \"b\": {\"$ref\": \"#/allOf/1/properties/z\"},\n"
                + "    \"c\": {\"$ref\": \"#/allOf/01/properties/z\"},\n"
                + "    \"d\": {\"$ref\": \"#/items/0\"}\n"
                + "  }\n"
                + "}").schema("s.json");
        assertThat(schema.validate("{\"a\": 1, \"b\": 2, \"c\": 3, \"d\": true}").valid()).isTrue();
        assertThat(schema.validate("{\"a\": \"1\", \"b\": \"2\", \"c\": \"3\", \"d\": \"4\"}").violations())
                .extracting(Violation::pointer).containsExactly("/a", "/b", "/c", "/d");
    }

    @Test
    void referencesIntoOtherFilesAndDiscriminatorMappingsAreSpelledAlike() throws IOException {
        Files.writeString(folder.resolve("other.json"), "{\"definitions\": {\"0042\": {\"minLength\": 3}}}");
        SchemaValidator validator = validator("api.yaml", openApi("""
                    Pet:
                      oneOf:
                        - $ref: '#/components/schemas/007'
                        - $ref: '#/components/schemas/Cat'
                      discriminator:
                        propertyName: kind
                        mapping:
                          bond: '#/components/schemas/007'
                          cat: '#/components/schemas/Cat'
                    Code:
                      $ref: 'other.json#/definitions/0042'
                """));
        CompiledSchema pet = validator.schema("Pet");
        assertThat(pet.validate("{\"kind\": \"bond\", \"gadget\": \"pen\"}").valid()).isTrue();
        assertThat(pet.validate("{\"kind\": \"cat\", \"lives\": 9}").valid()).isTrue();
        assertThat(pet.validate("{\"kind\": \"bond\", \"gadget\": 1}").violations())
                .extracting(Violation::pointer).contains("/gadget");
        acceptsOnlyTheFirst(validator.schema("Code"), "\"abc\"", "\"ab\"");
    }

    @Test
    void aDiscriminatorWithoutAMappingEntryPicksABranchNamedWithALeadingZero() throws IOException {
        SchemaValidator validator = validator("api.yaml", openApi("""
                    Pet:
                      oneOf:
                        - $ref: '#/components/schemas/007'
                        - $ref: '#/components/schemas/Cat'
                      discriminator:
                        propertyName: kind
                    Agent:
                      anyOf:
                        - $ref: '#/components/schemas/007'
                        - $ref: '#/components/schemas/Cat'
                      discriminator:
                        propertyName: kind
                        mapping:
                          cat: '#/components/schemas/Cat'
                """));
        CompiledSchema pet = validator.schema("Pet");
        CompiledSchema agent = validator.schema("Agent");
        for (CompiledSchema schema : List.of(pet, agent)) {
            assertThat(schema.validate("{\"kind\": \"007\", \"gadget\": \"pen\"}").valid())
                    .as(schema.reference()).isTrue();
            assertThat(schema.validate("{\"kind\": \"007\", \"gadget\": 1}").violations()).as(schema.reference())
                    .extracting(Violation::pointer, Violation::keyword).contains(tuple("/gadget", "type"));
        }
        assertThat(pet.validate("{\"kind\": \"007\", \"gadget\": 1}").violations().get(0).message())
                .isEqualTo("matches none of the 2 oneOf alternatives; the closest is alternative 1, which fails as follows");
        assertThat(pet.validate("{\"kind\": \"Cat\", \"lives\": 9}").valid()).isTrue();
        assertThat(agent.validate("{\"kind\": \"cat\", \"lives\": 9}").valid()).isTrue();
        // an anyOf reports no error of its own, and the discriminator had networknt try one alternative only
        assertThat(agent.validate("{\"kind\": \"007\", \"gadget\": 1}").violations())
                .extracting(Violation::pointer, Violation::message)
                .containsExactly(tuple("/gadget", "expected string, found integer 1"));
        assertThat(agent.validate("{\"kind\": \"cat\", \"lives\": \"x\"}").violations())
                .extracting(Violation::pointer, Violation::message)
                .containsExactly(tuple("/lives", "expected integer, found string \"x\""));
    }

    @Test
    void dataThatLooksLikeAReferenceKeepsItsSpelling() throws IOException {
        CompiledSchema schema = validator("s.json", "{" + DRAFT_7 + ", \"definitions\": {\"007\": {}},"
                + " \"properties\": {\"a\": {\"$ref\": \"#/definitions/007\"},"
                + " \"k\": {\"const\": {\"$ref\": \"#/definitions/007\"}}}}").schema("s.json");
        acceptsOnlyTheFirst(schema, "{\"k\": {\"$ref\": \"#/definitions/007\"}}",
                "{\"k\": {\"$ref\": \"#/definitions/%3007\"}}");
    }

    @Test
    void aSchemaBuiltInCodeFollowsItsOwnLeadingZeroReferencesToo() {
        SchemaValidator validator = SchemaValidator.of(Catalog.builder().build());
        JsonNode tree = JsonMapper.builder().build().readTree("{" + DRAFT_7 + ",\n"
                + "  \"definitions\": {\"007\": {\"type\": \"integer\"}},\n"
                + "  \"0042\": {\"type\": \"boolean\"},\n"
                + "  \"properties\": {\"a\": {\"$ref\": \"#/definitions/007\"}, \"c\": {\"$ref\": \"#/0042\"},\n"
                + "    \"b\": {\"$id\": \"https://example.test/b\", \"definitions\": {\"010\": {\"type\": \"string\"}},\n"
                + "      \"$ref\": \"#/definitions/010\"}}\n"
                + "}");
        String before = tree.toString();

        CompiledSchema schema = validator.inline(tree);

        acceptsOnlyTheFirst(schema, "{\"a\": 7}", "{\"a\": \"7\"}");
        acceptsOnlyTheFirst(schema, "{\"b\": \"x\"}", "{\"b\": 10}");
        acceptsOnlyTheFirst(schema, "{\"c\": true}", "{\"c\": 1}");
        assertThat(tree.toString()).as("the caller's tree is not changed").isEqualTo(before);
    }
}
