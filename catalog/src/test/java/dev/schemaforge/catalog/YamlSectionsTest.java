package dev.schemaforge.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class YamlSectionsTest {

    /** A document whose {@code paths} hold most of it: twelve entries of five lines each. */
    static String document(String extraEntry) {
        StringBuilder yaml = new StringBuilder("openapi: 3.0.0\ninfo:\n  title: t\npaths:\n");
        for (int i = 0; i < 12; i++) {
            yaml.append("  '/v1/item").append(i).append("':\n    get:\n      description: >-\n")
                    .append("        text of ").append(i).append("\n      operationId: op").append(i).append('\n');
        }
        return yaml.append(extraEntry).append("security: []\n").toString();
    }

    private static String read(Reader reader) {
        StringWriter out = new StringWriter();
        try (reader) {
            reader.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static long lines(String text) {
        return text.chars().filter(c -> c == '\n').count();
    }

    @Test
    void theMappingHoldingMostOfTheDocumentLosesItsLastEntriesToTheParts() {
        String text = document("");
        YamlSections.Split split = YamlSections.split(text, 3);

        assertThat(split).isNotNull();
        assertThat(split.path()).containsExactly("paths");
        assertThat(split.parts()).hasSize(2);
        assertThat(split.mainEntries() + split.parts().stream().mapToInt(YamlSections.Part::entries).sum()).isEqualTo(12);
        assertThat(split.mainEntries()).isPositive();
        // every part keeps the document's line numbers; together they hold every line once
        String main = read(split.main());
        assertThat(lines(main)).isEqualTo(lines(text));
        List<String> texts = split.parts().stream().map(part -> read(split.part(part))).toList();
        assertThat(texts).allSatisfy(part -> assertThat(lines(part)).isLessThanOrEqualTo(lines(text)));
        assertThat(texts.get(0)).startsWith("\n".repeat(4 + 5 * split.mainEntries()) + "  '/v1/item" + split.mainEntries() + "':");
        assertThat(texts.get(1)).endsWith("      operationId: op11\n");
        assertThat(main).contains("op" + (split.mainEntries() - 1)).doesNotContain("op11").endsWith("\n\nsecurity: []\n");
        // each line of the document stands, at its own place, in exactly one of them
        String[] original = text.split("\n", -1);
        List<String[]> pieces = new ArrayList<>();
        pieces.add(main.split("\n", -1));
        texts.forEach(part -> pieces.add(part.split("\n", -1)));
        for (int line = 0; line < original.length; line++) {
            int at = line;
            assertThat(pieces.stream().filter(piece -> at < piece.length && !piece[at].isEmpty()).toList())
                    .as("line %d", line + 1)
                    .hasSize(original[line].isEmpty() ? 0 : 1)
                    .allSatisfy(piece -> assertThat(piece[at]).isEqualTo(original[at]));
        }
    }

    @Test
    void blockScalarsMayHoldAnythingAndCommentsMayStandAnywhere() {
        String text = document("""
                  /v1/odd:
                    description: |
                      "not closed [ nor this
                      key: within the scalar
                # a comment at the left edge
                    summary: 'it''s one line' # and a comment
                    tags: [a, "b]", {c: d}]
                    example: "a quoted value \\" that goes on
                  /v1/fake: entry, within the quotes
                    to a later line\\\\" # then a comment
                    servers:
                    - url: https://example.com
                """);
        YamlSections.Split split = YamlSections.split(text, 2);

        assertThat(split).isNotNull();
        assertThat(split.mainEntries() + split.parts().get(0).entries()).isEqualTo(13);
    }

    @Test
    void aDocumentThatCannotBeReadLineByLineStaysWhole() {
        for (String unsafe : List.of(
                "  /v1/flow:\n    tags: [a,\n  b]\n",
                "  /v1/tab:\n\tget: {}\n",
                "  ? /v1/explicit\n  : {}\n",
                "  \"/v1/quoted key\n    on two lines\": {}\n",
                "  /v1/trailing: \"closed\" but more\n",
                "  /v1/multi-line: \"closed on a later line\n    \" but more\n",
                "  /v1/never: \"not closed at all\n")) {
            assertThat(YamlSections.split(document(unsafe), 2)).as(unsafe).isNull();
        }
        assertThat(YamlSections.split("%YAML 1.2\n---\n" + document(""), 2)).isNull();
        assertThat(YamlSections.split(document("") + "---\nanother: document\n", 2)).isNull();
        assertThat(YamlSections.split(document("").replace("\n", "\r"), 2)).isNull();
        assertThat(YamlSections.split("a:\n  b: 1\n", 2)).as("no entry to spare").isNull();
        assertThat(YamlSections.split(document(""), 1)).as("one part").isNull();
    }

    @Test
    void windowsLineEndsAreLineEnds() {
        String text = document("").replace("\n", "\r\n");
        YamlSections.Split split = YamlSections.split(text, 2);

        assertThat(split).isNotNull();
        assertThat(lines(read(split.main()))).isEqualTo(lines(text));
        assertThat(read(split.part(split.parts().get(0)))).endsWith("op11\r\n");
    }
}
