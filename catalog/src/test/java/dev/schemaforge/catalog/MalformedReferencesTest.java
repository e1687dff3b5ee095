package dev.schemaforge.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * References and selectors that parse as text but name nothing a catalog can read end as a problem at
 * the reference (file:line:col, pointer), never as a Java exception the command line could only call
 * an internal error or a usage error.
 */
class MalformedReferencesTest {

    @TempDir
    Path folder;

    private SchemaException refused(String schema) throws IOException {
        Path file = Files.writeString(folder.resolve("s.json"), schema);
        SchemaException e = catchThrowableOfType(SchemaException.class,
                () -> Catalog.builder().input(file).build());
        assertThat(e).as("a SchemaException for " + schema).isNotNull();
        return e;
    }

    @Test
    void aUriThatParsesButCannotBeSpelledWithoutItsFragmentIsNotAValidReference() throws IOException {
        Problem problem = refused("{\"$ref\": \"https://[::1/x\"}").problems().get(0);
        assertThat(problem.message()).isEqualTo("$ref \"https://[::1/x\" is not a valid URI reference");
        assertThat(problem.pointer()).isEqualTo("/$ref");
        assertThat(problem.location().line() + ":" + problem.location().column()).isEqualTo("1:2");
    }

    /** Each used to be skipped: the engine then read {@code 5} as a file name, or the value was ignored. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"$ref": 5}                                                   | /$ref                  | 1:2  | $ref is 5, but must be a string
            {"$ref": {"a": 1}}                                            | /$ref                  | 1:2  | $ref is an object, but must be a string
            {"$defs": {"a": {"$dynamicRef": 5}}}                          | /$defs/a/$dynamicRef   | 1:18 | $dynamicRef is 5, but must be a string
            {"$defs": {"a": {"$recursiveRef": true}}}                     | /$defs/a/$recursiveRef | 1:18 | $recursiveRef is true, but must be a string
            {"$id": 5}                                                    | /$id                   | 1:2  | $id is 5, but must be a string
            {"$schema": "http://json-schema.org/draft-04/schema#", "id": [1]} | /id                | 1:56 | id is an array, but must be a string
            {"items": {"$anchor": null}}                                  | /items/$anchor         | 1:12 | $anchor is null, but must be a string
            {"$dynamicAnchor": 1.5}                                       | /$dynamicAnchor        | 1:2  | $dynamicAnchor is 1.5, but must be a string
            {"$schema": 7}                                                | /$schema               | 1:2  | $schema is 7, but must be a string
            {"openapi": "3.1.0", "jsonSchemaDialect": 5}                  | /jsonSchemaDialect     | 1:22 | jsonSchemaDialect is 5, but must be a string (the dialect's URI)
            """)
    void aKeywordReadAsTextWhoseValueIsNoStringIsAProblemAtTheValue(String schema, String pointer,
            String lineColumn, String message) throws IOException {
        Problem problem = refused(schema).problems().get(0);
        assertThat(problem.pointer()).isEqualTo(pointer);
        assertThat(problem.location().line() + ":" + problem.location().column()).isEqualTo(lineColumn);
        assertThat(problem.message()).isEqualTo(message);
    }

    @Test
    void membersOfMapsOfNamedSchemasAreNamesNotKeywords() throws IOException {
        Path file = Files.writeString(folder.resolve("m.json"), "{\"$schema\": \"http://json-schema.org/draft-04/schema#\","
                + " \"properties\": {\"$ref\": {\"type\": \"integer\"}, \"id\": true, \"$schema\": {}},"
                + " \"dependencies\": {\"id\": [\"$ref\"]}, \"definitions\": {\"$anchor\": {}}}");

        assertThat(Catalog.builder().input(file).build().inputs()).hasSize(1);
    }

    @Test
    void openApi30HasNoIdentifiersSoANumericIdIsNoProblem() throws IOException {
        Path file = Files.writeString(folder.resolve("o.json"), "{\"openapi\": \"3.0.3\", \"components\":"
                + " {\"schemas\": {\"A\": {\"type\": \"object\", \"id\": 5, \"$id\": 6}}}}");

        assertThat(Catalog.builder().input(file).build().entries()).hasSize(1);
    }

    @Test
    void aReferenceWithAHostNamesNoLocalFile() throws IOException {
        assertThat(refused("{\"$ref\": \"//host/x\"}").problems().get(0).message())
                .startsWith("$ref \"//host/x\" points at file://host/x, which names no local file");
    }

    @Test
    void anArrayIndexBeyondIntIsNothing() throws IOException {
        assertThat(refused("{\"$ref\": \"#/items/99999999999999999999\", \"items\": [{}]}").problems().get(0).message())
                .isEqualTo("$ref \"#/items/99999999999999999999\" does not resolve: s.json has nothing at"
                        + " #/items/99999999999999999999");
    }

    @Test
    void anEmptyReferenceIsTheDocumentItself() throws IOException {
        Path file = Files.writeString(folder.resolve("e.json"), "{\"properties\": {\"a\": {\"$ref\": \"\"}}}");
        Catalog catalog = Catalog.builder().input(file).build();
        SchemaNode a = catalog.schema("e.json#/properties/a");

        SchemaNode resolved = catalog.resolve(a, "");

        assertThat(resolved.document().displayName()).isEqualTo("e.json");
        assertThat(resolved.pointer()).isEmpty();
    }

    @Test
    void anAnchorWithASpaceIsFoundByAReferenceSpelledTheSameWay() throws IOException {
        Path file = Files.writeString(folder.resolve("a.json"),
                "{\"$ref\": \"#a b\", \"$defs\": {\"x\": {\"$anchor\": \"a b\", \"type\": \"string\"}}}");
        Catalog catalog = Catalog.builder().input(file).build();
        SchemaNode root = catalog.schema("a.json");
        assertThat(catalog.resolve(root, "#a b").pointer()).isEqualTo("/$defs/x");
    }

    @Test
    void aSelectorsFragmentThatIsNoPointerOrPointsAtNothingSaysSo() throws IOException {
        Path file = Files.writeString(folder.resolve("c.json"), "{\"$defs\": {\"x\": {}}}");
        Catalog catalog = Catalog.builder().input(file).build();

        assertThat(catalog.schema("c.json#/$defs/x").pointer()).isEqualTo("/$defs/x");
        assertThat(catchThrowableOfType(SchemaException.class, () -> catalog.schema("c.json#%%")))
                .hasMessageContaining("\"#%%\" is not a JSON pointer");
        assertThat(catchThrowableOfType(SchemaException.class, () -> catalog.schema("c.json#x")))
                .hasMessageContaining("\"#x\" is not a JSON pointer");
        assertThat(catchThrowableOfType(SchemaException.class, () -> catalog.schema("c.json#/$defs/y")))
                .hasMessageContaining("c.json has nothing at #/$defs/y");
    }

    /** Before, the selector was taken and the validation engine refused the "schema" in its own words. */
    @Test
    void aSelectorNamingAStringNumberOrArrayIsRefusedButAnyObjectOrBooleanIsASchema() throws IOException {
        Path file = Files.writeString(folder.resolve("api.json"), "{\"openapi\": \"3.1.0\", \"info\":"
                + " {\"title\": \"t\", \"version\": 2, \"tags\": []}, \"paths\": {}, \"components\":"
                + " {\"schemas\": {\"S\": \"x\", \"B\": false}}}");
        Catalog catalog = Catalog.builder().input(file).build();

        for (String[] refused : new String[][] {{"api.json#/info/title", "\"t\"", "1:31"},
                {"api.json#/info/version", "2", "1:45"}, {"api.json#/info/tags", "an array", "1:59"},
                {"S", "\"x\"", "1:112"}}) {
            SchemaException e = catchThrowableOfType(SchemaException.class, () -> catalog.schema(refused[0]));
            assertThat(e).as(refused[0]).isNotNull();
            Problem problem = e.problems().get(0);
            assertThat(problem.message()).isEqualTo("a schema is expected here, but this is " + refused[1]
                    + " (a schema is an object, true or false)");
            assertThat(problem.reference()).isEqualTo(refused[0]);
            assertThat(problem.location().line() + ":" + problem.location().column()).isEqualTo(refused[2]);
        }
        assertThat(catalog.schema("api.json#/info").pointer()).as("any object is a schema").isEqualTo("/info");
        assertThat(catalog.schema("B").node().isBoolean()).isTrue();
    }
}
