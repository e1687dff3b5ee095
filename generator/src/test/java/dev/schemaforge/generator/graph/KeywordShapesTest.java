package dev.schemaforge.generator.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.schemaforge.catalog.Catalog;
import dev.schemaforge.catalog.SchemaException;
import dev.schemaforge.generator.model.TypeGraph;

/** A keyword the generator reads, with a value of the wrong kind, is an error at that keyword. */
class KeywordShapesTest {

    @TempDir
    Path dir;

    private TypeGraph graph(String name, String schema) throws IOException {
        Path file = Files.writeString(dir.resolve(name), schema);
        return TypeGraphBuilder.build(Catalog.builder().input(file).build());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"type": 5}                                          | /type                 | 1:2  | type is 5, but must be a type name such as "string" or an array of them
            {"type": ["string", 3]}                              | /type/1               | 1:21 | type lists 3, which is not a type name
            {"type": "strin"}                                    | /type                 | 1:2  | type "strin" is not a JSON type: expected one of string, number, integer, boolean, object, array, null
            {"type": "object", "properties": []}                 | /properties           | 1:20 | properties is an array, but must be an object of schemas
            {"type": "object", "properties": {"a": 5}}           | /properties/a         | 1:35 | properties gives "a" the value 5, which is not a schema
            {"enum": 5}                                          | /enum                 | 1:2  | enum is 5, but must be an array of values
            {"oneOf": {"type": "string"}}                        | /oneOf                | 1:2  | oneOf is an object, but must be an array of schemas
            {"anyOf": [{"type": "string"}, 1]}                   | /anyOf/1              | 1:32 | anyOf lists 1, which is not a schema
            {"type": "object", "required": "a"}                  | /required             | 1:20 | required is "a", but must be an array of property names
            {"type": "array", "items": 7}                        | /items                | 1:19 | items is 7, but must be a schema (an object, true or false) or an array of schemas
            {"$ref": 5}                                          | /$ref                 | 1:2  | $ref is 5, but must be a string
            {"type": "object", "additionalProperties": "no"}     | /additionalProperties | 1:20 | additionalProperties is "no", but must be a schema
            {"type": "string", "format": 5}                      | /format               | 1:20 | format is 5, but must be a string
            {"allOf": [{"properties": {"a": {}}}, {"required": [1]}]} | /allOf/1/required/0 | 1:53 | required lists 1, which is not a property name (a string)
            """)
    void aWrongKindIsAnErrorAtItsKeyword(String schema, String pointer, String lineColumn, String message) {
        assertThatThrownBy(() -> graph("bad.schema.json", schema))
                .isInstanceOfSatisfying(SchemaException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.pointer()).isEqualTo(pointer);
                        assertThat(p.location().line() + ":" + p.location().column()).isEqualTo(lineColumn);
                        assertThat(p.message()).contains(message);
                    });
                    assertThat(e.getMessage()).contains("bad.schema.json:" + lineColumn);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"type": "string", "nullable": "yes"}                         | /nullable                  | nullable is "yes", but must be true or false
            {"type": "string", "enum": ["s"], "x-enum-varnames": "SMALL"} | /x-enum-varnames           | x-enum-varnames is "SMALL", but must be an array of constant names
            {"oneOf": [{"$ref": "#/components/schemas/Cat"}], "discriminator": {"propertyName": 5}} | /discriminator/propertyName | propertyName is 5, but must be a property name (a string)
            {"oneOf": [{"$ref": "#/components/schemas/Cat"}], "discriminator": {"mapping": {}}}     | /discriminator              | discriminator has no propertyName
            {"oneOf": [{"$ref": "#/components/schemas/Cat"}], "discriminator": {"propertyName": "kind", "mapping": {"cat": 1}}} | /discriminator/mapping/cat | mapping gives "cat" the value 1, which is not a schema reference (a string)
            """)
    void anOpenApiKeywordOfTheWrongKindIsAnErrorAtIt(String pet, String pointer, String message) {
        String api = "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {},\n"
                + " \"components\": {\"schemas\": {\"Pet\": " + pet + ",\n"
                + "  \"Cat\": {\"type\": \"object\", \"properties\": {\"kind\": {\"type\": \"string\"}}}}}}";
        assertThatThrownBy(() -> graph("api.json", api))
                .isInstanceOfSatisfying(SchemaException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.pointer()).isEqualTo("/components/schemas/Pet" + pointer);
                            assertThat(p.message()).isEqualTo(message);
                        }));
    }

    @Test
    void aNestedSchemaIsCheckedWhereTheGeneratorReadsIt() {
        String schema = """
                {"type": "object", "properties": {"owner": {"$ref": "#/$defs/Owner"}},
                 "$defs": {"Owner": {"type": "object", "properties": {"age": {"type": "int"}}}}}
                """;
        assertThatThrownBy(() -> graph("nested.schema.json", schema))
                .isInstanceOfSatisfying(SchemaException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.pointer()).isEqualTo("/$defs/Owner/properties/age/type")));
    }

    @Test
    void aReferenceToAValueThatIsNoSchemaIsAnErrorAtThatValue() {
        String schema = """
                {"type": "object", "properties": {"a": {"$ref": "#/$defs/x"}},
                 "$defs": {"x": 5}}
                """;
        assertThatThrownBy(() -> graph("ref.schema.json", schema))
                .isInstanceOfSatisfying(SchemaException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.pointer()).isEqualTo("/$defs/x");
                            assertThat(p.location().line() + ":" + p.location().column()).isEqualTo("2:12");
                            assertThat(p.message()).isEqualTo("a schema is expected here, but this is 5"
                                    + " (a schema is an object, true or false)");
                        }));
    }

    @Test
    void wellFormedKeywordsAndToleratedSpellingsPass() throws IOException {
        String schema = """
                {"type": ["object", "null"], "required": ["a"],
                 "properties": {"a": {"type": "string", "format": "uuid"}, "b": true,
                                "c": {"type": "integer", "required": true},
                                "d": {"type": "array", "items": [{"type": "string"}]}},
                 "additionalProperties": false, "anyOf": [{"required": ["a"]}, {}]}
                """;
        assertThat(graph("good.schema.json", schema).types()).isNotEmpty();
        String swagger = """
                {"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {},
                 "definitions": {"Upload": {"type": "object", "properties": {"content": {"type": "file"}}}}}
                """;
        assertThat(graph("api.json", swagger).types()).isNotEmpty();
        String openApi = """
                {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
                 "components": {"schemas": {
                   "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}],
                           "discriminator": {"propertyName": "kind", "mapping": {"cat": "Cat"}}},
                   "Cat": {"type": "object", "required": ["kind"], "properties": {
                     "kind": {"type": "string"}, "name": {"type": "string", "nullable": true},
                     "size": {"type": "string", "enum": ["s"], "x-enum-varnames": ["SMALL"]}}}}}}
                """;
        assertThat(graph("openapi.json", openApi).types()).isNotEmpty();
        assertThat(graph("plain.schema.json", "{\"type\": \"object\", \"nullable\": \"not a keyword here\"}")
                .types()).as("nullable is OpenAPI 3.0's keyword, not JSON Schema's").isNotNull();
    }

    @Test
    void aFileTypeOutsideSwaggerIsNoJsonType() {
        assertThatThrownBy(() -> graph("file.schema.json", "{\"type\": \"file\"}"))
                .isInstanceOf(SchemaException.class).hasMessageContaining("type \"file\" is not a JSON type");
    }
}
