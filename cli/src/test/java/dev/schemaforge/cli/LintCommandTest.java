package dev.schemaforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path temp;

    @Test
    void theProjectsOwnSchemasAreClean() {
        CliRun run = CliRun.schemaforge("lint", "--schemas", "../schemas", "--exclude", "**/examples/**");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("2 documents, 4 schemas checked: 0 errors, 0 warnings" + NL);
    }

    @Test
    void whatGenerateWouldRefuseInAnOpenApiDocumentIsAnError() throws IOException {
        Path mapping = write("pets.yaml", """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths: {}
                components:
                  schemas:
                    Pet:
                      oneOf: [{$ref: "#/components/schemas/Cat"}]
                      discriminator: {propertyName: kind, mapping: {cat: Cat, dog: "#/components/schemas/Dog"}}
                    Cat: {type: object, properties: {kind: {type: string}}}
                """);
        Path array = write("array.yaml", """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths: {}
                components:
                  schemas: [1, 2]
                """);

        CliRun mappingRun = CliRun.schemaforge("lint", "--schemas", mapping.toString());
        CliRun arrayRun = CliRun.schemaforge("lint", "--schemas", array.toString());

        assertThat(mappingRun.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(mappingRun.out()).endsWith("pets.yaml:8:63: error: #/components/schemas/Pet/discriminator/mapping/dog:"
                + " mapping \"dog\": $ref \"#/components/schemas/Dog\" does not resolve: pets.yaml has nothing at"
                + " #/components/schemas/Dog [reference]" + NL
                + "1 document, 2 schemas checked: 1 error, 0 warnings" + NL);
        assertThat(arrayRun.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(arrayRun.out()).contains("array.yaml:5:3: error: #/components/schemas: must be an object from"
                + " names to schemas, found array [reference]" + NL);
    }

    @Test
    void metaSchemaErrorsUnknownKeywordsAndUnknownFormatsInAJsonSchemaDocument() throws IOException {
        Path file = write("person.schema.json", """
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "title": "Person",
                  "type": "object",
                  "requried": ["name"],
                  "x-owner": "team-a",
                  "properties": {
                    "name": { "type": "string", "minLength": "1" },
                    "born": { "type": "string", "format": "date-tme" },
                    "size": { "type": "integer", "format": "int32" },
                    "tags": { "type": "array", "items": { "type": "strin" } },
                    "enum": { "enum": [ { "notAKeyword": 1 } ] }
                  }
                }
                """);

        CliRun run = CliRun.schemaforge("lint", "--schemas", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).isEqualTo(String.join(NL,
                file + ":5:3: warning: #/requried: \"requried\" is not a keyword of 2020-12; validators ignore it "
                        + "(extensions start with x-) [unknown-keyword]",
                file + ":8:33: error: #/properties/name/minLength: expected integer, found string \"1\" "
                        + "(2020-12 meta-schema) [meta-schema]",
                file + ":9:33: warning: #/properties/born/format: unknown format \"date-tme\"; nothing checks it, "
                        + "so any value passes [unknown-format]",
                file + ":11:43: error: #/properties/tags/items/type: \"strin\" is not one of array, boolean, integer, "
                        + "null, number, object, string (did you mean \"string\"?) (2020-12 meta-schema) [meta-schema]",
                "1 document, 1 schema checked: 2 errors, 2 warnings", ""));
    }

    @Test
    void eachDraftHasItsOwnVocabularyAndMetaSchema() throws IOException {
        Path file = write("legacy.schema.json", """
                {
                  "$schema": "http://json-schema.org/draft-04/schema#",
                  "$id": "urn:example:legacy",
                  "type": "object",
                  "definitions": { "A": { "type": "integer", "exclusiveMinimum": 0 } },
                  "properties": { "a": { "$ref": "#/definitions/A" } }
                }
                """);

        CliRun run = CliRun.schemaforge("lint", "--schemas", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).contains(
                file + ":3:3: warning: #/$id: \"$id\" is not a keyword of draft4",
                file + ":5:46: error: #/definitions/A/exclusiveMinimum: expected boolean, found integer 0 "
                        + "(draft4 meta-schema) [meta-schema]")
                .endsWith("1 document, 1 schema checked: 2 errors, 1 warning" + NL);
    }

    @Test
    void openApi30ComponentsAreCheckedWithItsKeywordsAndTheDraft4MetaSchema() throws IOException {
        Path file = write("api.openapi.yaml", """
                openapi: 3.0.3
                info: { title: t, version: "1" }
                paths: {}
                components:
                  schemas:
                    Pet:
                      type: object
                      nullable: true
                      discriminator: { propertyName: kind }
                      properties:
                        kind: { type: string, example: dog, x-order: 1 }
                        age: { type: integer, format: int64, minimum: 0, exclusiveMinimum: true }
                        $comment: { type: strin }
                    Owner:
                      type: object
                      $comment: not in OpenAPI 3.0
                """);

        CliRun run = CliRun.schemaforge("lint", "--schemas", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).isEqualTo(String.join(NL,
                file + ":13:21: error: #/components/schemas/Pet/properties/$comment/type: \"strin\" is not one of "
                        + "array, boolean, integer, null, number, object, string (did you mean \"string\"?) "
                        + "(draft4 meta-schema) [meta-schema]",
                file + ":16:7: warning: #/components/schemas/Owner/$comment: \"$comment\" is not a keyword of "
                        + "openapi-3.0; validators ignore it (extensions start with x-) [unknown-keyword]",
                "1 document, 2 schemas checked: 1 error, 1 warning", ""));
    }

    @Test
    void danglingReferencesAreErrorsWithTheirLocation() throws IOException {
        Path file = write("broken.schema.json", """
                {
                  "type": "object",
                  "properties": {
                    "owner": { "$ref": "#/$defs/Missing" },
                    "other": { "$ref": "other.json" }
                  }
                }
                """);

        CliRun run = CliRun.schemaforge("lint", "--schemas", temp.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).isEqualTo(String.join(NL,
                file + ":4:16: error: #/properties/owner/$ref: $ref \"#/$defs/Missing\" does not resolve: "
                        + "broken.schema.json has nothing at #/$defs/Missing [reference]",
                file + ":5:16: error: #/properties/other/$ref: $ref \"other.json\" points at "
                        + temp.resolve("other.json").toAbsolutePath() + ", which does not exist [reference]",
                "1 document, 1 schema checked: 2 errors, 0 warnings", ""));
    }

    @Test
    void aDocumentThatDoesNotLoadOrResolveDoesNotStopTheChecksOfTheOthers() throws IOException {
        Path broken = write("a-broken.json", "{ \"type\": \"object\",\n  \"properties\": { }\n");
        Path dangling = write("b-dangling.schema.json", """
                {
                  "type": "object",
                  "properties": {
                    "owner": { "$ref": "#/$defs/Missing" },
                    "when": { "type": "string", "format": "date-tme" }
                  }
                }
                """);
        Path wrong = write("c-wrong.schema.json", """
                { "type": "object", "minProperties": "1" }
                """);

        CliRun run = CliRun.schemaforge("lint", "--schemas", temp.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).isEqualTo(String.join(NL,
                broken + ":3:1: error: #: not well-formed: Unexpected end-of-input: expected close marker for "
                        + "Object [reference]",
                dangling + ":4:16: error: #/properties/owner/$ref: $ref \"#/$defs/Missing\" does not resolve: "
                        + "b-dangling.schema.json has nothing at #/$defs/Missing [reference]",
                dangling + ":5:33: warning: #/properties/when/format: unknown format \"date-tme\"; nothing checks "
                        + "it, so any value passes [unknown-format]",
                wrong + ":1:21: error: #/minProperties: expected integer, found string \"1\" (2020-12 meta-schema) "
                        + "[meta-schema]",
                "2 documents, 2 schemas checked: 3 errors, 1 warning", ""));
    }

    @Test
    void aSchemaUriNamingNoKnownDialectIsAWarningThatSaysWhatTheDocumentIsReadAs() throws IOException {
        Path file = write("typo.schema.json", """
                {
                  "$schema": "http://json-schema.org/draft-07/schem#",
                  "type": "object"
                }
                """);

        CliRun asDefault = CliRun.schemaforge("lint", "--schemas", file.toString());
        CliRun asDraft7 = CliRun.schemaforge("lint", "--schemas", file.toString(), "--default-dialect", "draft7");

        assertThat(asDefault.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(asDefault.out()).isEqualTo(String.join(NL,
                file + ":2:3: warning: #/$schema: \"http://json-schema.org/draft-07/schem#\" names no dialect "
                        + "Schemaforge knows; the document is read as 2020-12, the default dialect "
                        + "(--default-dialect changes it) [unknown-dialect]",
                "1 document, 1 schema checked: 0 errors, 1 warning", ""));
        assertThat(asDraft7.out()).contains("the document is read as draft7, the default dialect");
    }

    @Test
    void aSchemaThatAppliesItselfWithoutSteppingIntoThePayloadIsAnErrorButARecursiveTypeIsNot() throws IOException {
        Path file = write("loop.schema.json", """
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "$defs": {
                    "a": { "$ref": "#/$defs/b" },
                    "b": { "allOf": [ { "$ref": "#/$defs/a" } ] },
                    "tree": { "properties": { "children": { "items": { "$ref": "#/$defs/tree" } } } }
                  },
                  "properties": { "x": { "$ref": "#/$defs/a" }, "t": { "$ref": "#/$defs/tree" } }
                }
                """);
        Path self = write("self.schema.json", "{ \"$ref\": \"#\" }");

        CliRun run = CliRun.schemaforge("lint", "--schemas", file.toString(), "--schemas", self.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).isEqualTo(String.join(NL,
                file + ":5:25: error: #/$defs/b/allOf/0/$ref: the schema applies itself again without stepping into "
                        + "the payload (loop.schema.json#/$defs/a -> loop.schema.json#/$defs/b -> "
                        + "loop.schema.json#/$defs/b/allOf/0 -> loop.schema.json#/$defs/a): checking a payload that "
                        + "reaches it never ends [endless-cycle]",
                self + ":1:3: error: #/$ref: the schema applies itself again without stepping into the payload "
                        + "(self.schema.json# -> self.schema.json#): checking a payload that reaches it never ends "
                        + "[endless-cycle]",
                "2 documents, 2 schemas checked: 2 errors, 0 warnings", ""));
    }

    @Test
    void aSchemaOnTheWayToOneEndlessCycleIsStillFollowedIntoAnother() throws IOException {
        Path file = write("two.schema.json", """
                {"allOf": [{"$ref": "#/$defs/a"}, {"$ref": "#"}], "$defs": {"a": {"$ref": "#/$defs/a"}}}
                """);

        CliRun run = CliRun.schemaforge("lint", "--schemas", file.toString());

        assertThat(run.out().lines().filter(line -> line.endsWith("[endless-cycle]")))
                .extracting(line -> line.substring(file.toString().length(), line.indexOf(" the schema")))
                .containsExactlyInAnyOrder(":1:67: error: #/$defs/a/$ref:", ":1:36: error: #/allOf/1/$ref:");
    }

    @Test
    void warningsAloneDoNotFail() throws IOException {
        Path file = write("warn.schema.json", "{ \"type\": \"string\", \"format\": \"color-hex\" }");

        CliRun run = CliRun.schemaforge("lint", "--schemas", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).endsWith("1 document, 1 schema checked: 0 errors, 1 warning" + NL);
    }

    @Test
    void usageErrors() {
        CliRun none = CliRun.schemaforge("lint");
        CliRun missing = CliRun.schemaforge("lint", "--schemas", temp.resolve("nope").toString());
        CliRun badGlob = CliRun.schemaforge("lint", "--schemas", temp.toString(), "--exclude", "[a");

        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).startsWith("Missing required option: '--schemas=FILE|DIR'");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).isEqualTo("schemaforge: --schemas " + temp.resolve("nope")
                + ": no such file or folder" + NL);
        assertThat(badGlob.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badGlob.err()).startsWith("invalid --exclude glob \"[a\"");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(temp.resolve(name), content);
    }
}
