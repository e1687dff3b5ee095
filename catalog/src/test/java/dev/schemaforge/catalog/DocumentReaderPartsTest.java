package dev.schemaforge.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** A YAML document read in parts on several cores gives what reading it whole gives: tree, places, errors. */
class DocumentReaderPartsTest {

    private static final Path FILE = Path.of("doc.yaml");
    private static final DocumentReader WHOLE = new DocumentReader(Integer.MAX_VALUE, 1);
    private static final List<DocumentReader> IN_PARTS = List.of(new DocumentReader(0, 2), new DocumentReader(0, 3));

    @Test
    void aDocumentReadInPartsHasTheSameTreeAndPlaces() {
        String text = YamlSectionsTest.document("""
                  '/v1/anchored':
                    get: &shared
                      summary: "one line"
                    post: *shared
                    responses:
                      200:
                        - first
                        - |
                          block text
                         # not a comment: indented into the block
                      default: ~
                  /v1/quoted:
                    description: "two \\
                      lines, \\" and a quote"
                    summary: 'it''s
                      two lines too' # a comment
                  /v1/list:
                  - first
                  - second: 2
                """);
        for (String variant : List.of(text, text.replace("\n", "\r\n"))) {
            assertSameAsWhole(variant, true);
        }
    }

    @Test
    void anErrorInAPartIsReportedAsReadingWholeReportsIt() {
        assertThat(sameErrorAsWhole(YamlSectionsTest.document("  /v1/broken:\n    get: a: b\n")))
                .hasMessageContaining("mapping values are not allowed here");
    }

    @Test
    void aKeyRepeatedAcrossPartsIsReportedAsReadingWholeReportsIt() {
        assertThat(sameErrorAsWhole(YamlSectionsTest.document("  '/v1/item0':\n    get: again\n")))
                .hasMessageContaining("key \"/v1/item0\" appears twice in this mapping");
    }

    @Test
    void thePartsKeepTheDocumentsNestingLimit() {
        // paths/deep holds 998 nested lists: 1 + 1 + 998 = 1,000 levels, the limit; one more is too deep
        assertSameAsWhole(YamlSectionsTest.document("  /v1/deep: " + "[".repeat(998) + "]".repeat(998) + "\n"), true);
        assertThat(sameErrorAsWhole(YamlSectionsTest.document("  /v1/deep: " + "[".repeat(999) + "]".repeat(999) + "\n")))
                .hasMessageContaining("nested deeper than the reader's limit");
    }

    @Test
    void anAliasOfAnAnchorBeforeTheCutReadsAsReadingWholeReadsIt() {
        String text = YamlSectionsTest.document("  /v1/aliased:\n    get: *title\n").replace("title: t", "title: &title t");
        assertSameAsWhole(text, false);
        assertThat(read(WHOLE, text).root().at("/paths/~1v1~1aliased/get").stringValue()).isEqualTo("t");
    }

    @Test
    void aliasesTooManyForTheDocumentThoughNotForAnyPartAreReportedAsReadingWholeReportsIt() {
        // each of entries a and b has aliases standing for about 650,000 values, under the limit; both
        // are over it. Thirty entries between them put them in different parts.
        StringBuilder entries = new StringBuilder();
        for (String entry : List.of("a", "b")) {
            entries.append("  /v1/").append(entry).append(":\n    l0: &l0 [lol]\n");
            for (int level = 1; level <= 5; level++) {
                entries.append("    l").append(level).append(": &l").append(level).append(" [")
                        .append(("*l" + (level - 1) + ", ").repeat(9)).append("*l").append(level - 1).append("]\n");
            }
            entries.append("    all: [*l5, *l5]\n");
            for (int filler = 0; entry.equals("a") && filler < 30; filler++) {
                entries.append("  /v1/filler").append(filler).append(":\n    get: {description: text of ").append(filler)
                        .append("}\n");
            }
        }
        String text = YamlSectionsTest.document(entries.toString());
        assertThat(sameErrorAsWhole(text)).hasMessageContaining("aliases stand for more than");
        // without entry b, the document reads, in parts too
        assertSameAsWhole(YamlSectionsTest.document(entries.substring(0, entries.indexOf("  /v1/b:"))), true);
    }

    /** Every YAML file of the corpus: each large API description is cut, and every file reads as it does whole. */
    @Test
    void everyYamlFileOfTheCorpusReadsAsItDoesWhole() throws IOException {
        Path corpus = Path.of(System.getProperty("schemaforge.corpus", "../../shared/corpus"));
        Assumptions.assumeTrue(Files.isDirectory(corpus), () -> "corpus not found: " + corpus);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(900);
        List<String> cut = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.UTF_8);
            SchemaException whole = catchThrowableOfType(SchemaException.class, () -> WHOLE.read(file, bytes));
            for (DocumentReader reader : IN_PARTS) {
                if (whole != null) {
                    assertThat(catchThrowableOfType(SchemaException.class, () -> reader.read(file, bytes)))
                            .as(file.toString()).hasMessage(whole.getMessage());
                    continue;
                }
                if (reader.readInParts(file, text) != null && reader == IN_PARTS.get(0)) {
                    cut.add(corpus.relativize(file).toString());
                }
                assertSame(WHOLE.read(file, bytes), reader.read(file, bytes), file.toString());
            }
        }
        System.out.println("[yaml parts] " + cut.size() + " of " + files.size() + " corpus YAML files read in parts");
        assertThat(cut).contains("openapi/stripe-2023/spec3.yaml", "sso-upstream/stytch/openapi.yml",
                "sso-upstream/scalekit/scalekit.scalar.yaml", "sso-upstream/scalekit/saaskit.scalar.yaml");
    }

    private static DocumentReader.Parsed read(DocumentReader reader, String text) {
        return reader.read(FILE, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The error reading {@code text} whole gives, which every reader in parts gives too, having read it whole. */
    private static SchemaException sameErrorAsWhole(String text) {
        SchemaException whole = catchThrowableOfType(SchemaException.class, () -> read(WHOLE, text));
        assertThat(whole).isNotNull();
        for (DocumentReader reader : IN_PARTS) {
            assertThat(reader.readInParts(FILE, text)).isNull();
            assertThat(catchThrowableOfType(SchemaException.class, () -> read(reader, text))).hasMessage(whole.getMessage());
        }
        return whole;
    }

    private static void assertSameAsWhole(String text, boolean cut) {
        DocumentReader.Parsed whole = read(WHOLE, text);
        for (DocumentReader reader : IN_PARTS) {
            assertThat(reader.readInParts(FILE, text) != null).as("read in parts").isEqualTo(cut);
            assertSame(whole, read(reader, text), "doc.yaml");
        }
    }

    private static void assertSame(DocumentReader.Parsed expected, DocumentReader.Parsed actual, String what) {
        assertThat(actual.root()).as(what).isEqualTo(expected.root());
        List<String> pointers = new ArrayList<>();
        pointers(expected.root(), "", pointers);
        for (String pointer : pointers) {
            assertThat(actual.locations().find(pointer)).as(what + " " + pointer).isEqualTo(expected.locations().find(pointer));
        }
    }

    private static void pointers(JsonNode node, String pointer, List<String> out) {
        out.add(pointer);
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                pointers(member.getValue(), JsonPointers.child(pointer, member.getKey()), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                pointers(node.get(i), JsonPointers.child(pointer, i), out);
            }
        }
    }
}
