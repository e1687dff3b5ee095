package dev.schemaforge.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class DocumentLocationsTest {

    private static final Path FILE = Path.of("doc.yaml");

    private static DocumentLocations read(String text) {
        return read(FILE, text);
    }

    private static DocumentLocations read(Path file, String text) {
        return new DocumentReader().read(file, text.getBytes(StandardCharsets.UTF_8)).locations();
    }

    private static List<Integer> at(Location location) {
        return location == null ? null : List.of(location.line(), location.column());
    }

    @Test
    void membersAreLocatedByTheirNameAndElementsByTheirValue() {
        DocumentLocations locations = read("""
                title: x
                "a/b~c":
                  list:
                    - one
                    - {deep: 1}
                """);
        assertThat(at(locations.find(""))).isEqualTo(List.of(1, 1));
        assertThat(at(locations.find("/title"))).isEqualTo(List.of(1, 1));
        assertThat(at(locations.find("/a~1b~0c"))).isEqualTo(List.of(2, 1));
        assertThat(at(locations.find("/a~1b~0c/list/0"))).isEqualTo(List.of(4, 7));
        assertThat(at(locations.find("/a~1b~0c/list/1/deep"))).isEqualTo(List.of(5, 8));
        assertThat(locations.find("/a~1b~0c/list/1/deep").file()).isEqualTo(FILE);
    }

    @Test
    void aMissingValueHasNoLocationButItsNearestEnclosingValueHas() {
        DocumentLocations locations = read("""
                {
                  "list": [10, 11],
                  "object": {"k": true}
                }
                """);
        for (String missing : List.of("/nothing", "/list/2", "/list/01", "/list/-", "/object/k/deeper", "/object/x")) {
            assertThat(locations.find(missing)).as(missing).isNull();
        }
        assertThat(at(locations.nearest("/list/01"))).isEqualTo(List.of(2, 3));
        assertThat(at(locations.nearest("/object/k/deeper"))).isEqualTo(List.of(3, 14));
        assertThat(at(locations.nearest("/nothing"))).isEqualTo(List.of(1, 1));
    }

    @Test
    void aMemberRepeatedInAJsonObjectIsRefusedWhereItAppearsAgain() {
        // JSON allows it, but readers disagree on which value counts; the YAML reader refuses it too
        assertThatThrownBy(() -> read(Path.of("doc.json"), """
                {"dup": {"x": 1}, "other": 2,
                 "d\\u0075p": {"x": 2}}
                """)).isInstanceOfSatisfying(SchemaException.class, e -> {
                    Problem problem = e.problems().get(0);
                    assertThat(at(problem.location())).isEqualTo(List.of(2, 2));
                    assertThat(problem.message()).isEqualTo("member \"dup\" appears twice in this object (first at"
                            + " 1:2); JSON readers disagree on which one counts, so write it once");
                });
        // YAML forbids it outright; its message says so, and names both places too
        assertThatThrownBy(() -> read(Path.of("doc.yaml"), "dup: 1\nother: 2\ndup: 3\n"))
                .isInstanceOfSatisfying(SchemaException.class, e -> {
                    Problem problem = e.problems().get(0);
                    assertThat(at(problem.location())).isEqualTo(List.of(3, 1));
                    assertThat(problem.message()).isEqualTo(
                            "key \"dup\" appears twice in this mapping (first at 1:1); YAML allows each key only once");
                });
        // one name in two objects is no repetition
        assertThat(at(read(Path.of("doc.json"), "{\"a\": {\"a\": 1}}").find("/a/a"))).isEqualTo(List.of(1, 8));
    }

    @Test
    void largeObjectsAreLocatedLikeSmallOnes() {
        StringBuilder yaml = new StringBuilder("schemas:\n");
        for (int i = 0; i < 100; i++) {
            yaml.append("  s").append(i).append(":\n    type: string\n");
        }
        DocumentLocations locations = read(yaml.toString());
        assertThat(at(locations.find("/schemas/s0"))).isEqualTo(List.of(2, 3));
        assertThat(at(locations.find("/schemas/s73/type"))).isEqualTo(List.of(2 + 2 * 73 + 1, 5));
        assertThat(locations.find("/schemas/s100")).isNull();
        assertThat(at(locations.nearest("/schemas/s100/type"))).isEqualTo(List.of(1, 1));
    }

    @Test
    void aCharacterBeyondTheBasicPlaneIsReadWhereverItFalls() {
        // snakeyaml-engine 3.0.1 failed on such a character whose two halves met the end of its read window
        for (int pad = 1010; pad < 1040; pad++) {
            String yaml = "a: \"" + "x".repeat(pad) + "\uD83D\uDE0B\"\nb: 1\n";
            DocumentReader.Parsed parsed = new DocumentReader().read(FILE, yaml.getBytes(StandardCharsets.UTF_8));
            assertThat(parsed.root().get("a").asString()).as("pad %d", pad).endsWith("x\uD83D\uDE0B");
            assertThat(at(parsed.locations().find("/b"))).as("pad %d", pad).isEqualTo(List.of(2, 1));
        }
    }

    @Test
    void everyDocumentOfAYamlStreamIsReadWithTheFilesLines() {
        DocumentReader reader = new DocumentReader();
        byte[] stream = "# a stream\nkind: A\n---\nkind: B\nspec:\n  size: 2\n...\n---\n- 3\n"
                .getBytes(StandardCharsets.UTF_8);
        List<DocumentReader.Parsed> documents = reader.readDocuments(FILE, stream);
        assertThat(documents).extracting(parsed -> parsed.root().toString())
                .containsExactly("{\"kind\":\"A\"}", "{\"kind\":\"B\",\"spec\":{\"size\":2}}", "[3]");
        assertThat(at(documents.get(1).locations().find("/spec/size"))).isEqualTo(List.of(6, 3));
        assertThat(at(documents.get(2).locations().find("/0"))).isEqualTo(List.of(9, 3));
        // where one document is expected, the second is an error at its start
        assertThatThrownBy(() -> reader.read(FILE, stream)).isInstanceOf(SchemaException.class)
                .hasMessage("doc.yaml:4:1: #: a second YAML document starts here, where the file should hold one");
        // a JSON file holds one document
        assertThat(reader.readDocuments(Path.of("doc.json"), "{\"a\": 1}".getBytes(StandardCharsets.UTF_8)))
                .hasSize(1);
    }
}
