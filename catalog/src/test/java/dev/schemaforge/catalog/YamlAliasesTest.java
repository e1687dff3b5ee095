package dev.schemaforge.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A YAML alias reads as the value of its anchor, within limits, as YAML 1.2 says. */
class YamlAliasesTest {

    private static final Path FILE = Path.of("doc.yaml");

    private static DocumentReader.Parsed read(String text) {
        return new DocumentReader().read(FILE, text.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }

    /** Where reading {@code text} fails, and why: {@code line:col: message}. */
    private static String error(String text) {
        SchemaException e = catchThrowableOfType(SchemaException.class, () -> read(text));
        assertThat(e).as("an error for:%n%s", text).isNotNull();
        Problem problem = e.problems().get(0);
        return problem.location().line() + ":" + problem.location().column() + ": " + problem.message();
    }

    @Test
    void anAliasReadsAsTheValueOfItsAnchor() {
        DocumentReader.Parsed parsed = read("""
                properties:
                  id: &text
                    type: string
                    maxLength: 64
                  name: *text
                  kind: &kind user
                  kinds: [*kind, *kind]
                """);
        assertThat(parsed.root()).isEqualTo(json("""
                {"properties": {
                  "id": {"type": "string", "maxLength": 64},
                  "name": {"type": "string", "maxLength": 64},
                  "kind": "user",
                  "kinds": ["user", "user"]}}
                """));
        // the alias is where it is written; what lies inside it is where the anchored value has it
        assertThat(at(parsed.locations().find("/properties/name"))).isEqualTo(List.of(5, 3));
        assertThat(at(parsed.locations().find("/properties/name/maxLength"))).isEqualTo(List.of(4, 5));
        assertThat(at(parsed.locations().find("/properties/kinds/1"))).isEqualTo(List.of(7, 18));
    }

    @Test
    void anAliasStandsForTheAnchorLastDefinedBeforeIt() {
        assertThat(read("a: &x 1\nb: *x\nc: &x 2\nd: *x\n").root()).isEqualTo(json("{\"a\":1,\"b\":1,\"c\":2,\"d\":2}"));
    }

    @Test
    void anAnchoredMemberNameMayBeRepeatedAsAValue() {
        assertThat(read("a: {&key id: 1}\nb: *key\n").root()).isEqualTo(json("{\"a\": {\"id\": 1}, \"b\": \"id\"}"));
    }

    @Test
    void anAliasWithoutItsAnchorBeforeItIsAnErrorAtTheAlias() {
        assertThat(error("a: *later\nb: &later 1\n"))
                .isEqualTo("1:4: the alias *later refers to no anchor &later before it");
        assertThat(error("a: &self\n  - 1\n  - *self\n"))
                .isEqualTo("3:5: the alias *self lies inside the value anchored &self,"
                        + " which would make that value endless");
    }

    @Test
    void aliasesThatMultiplyBeyondTheLimitAreRefused() {
        // each level holds ten aliases of the one before: level 6 stands for a million values and more
        StringBuilder text = new StringBuilder("l0: &l0 [lol]\n");
        for (int level = 1; level <= 6; level++) {
            text.append("l").append(level).append(": &l").append(level).append(" [")
                    .append(("*l" + (level - 1) + ", ").repeat(9)).append("*l").append(level - 1).append("]\n");
        }
        assertThat(error(text.toString())).startsWith("7:").endsWith(
                "beyond the reader's limits: the document's aliases stand for more than 1000000 values");
        // five levels stand for about a hundred thousand: read
        assertThat(read(text.substring(0, text.indexOf("l6:"))).root().path("l5").size()).isEqualTo(10);
    }

    @Test
    void theMergeKeyIsAnOrdinaryMemberName() {
        // YAML 1.2 has no merge key: << holds the aliased mapping, as any member would
        assertThat(read("base: &base {a: 1}\njob:\n  <<: *base\n  b: 2\n").root().path("job"))
                .isEqualTo(json("{\"<<\": {\"a\": 1}, \"b\": 2}"));
    }

    private static List<Integer> at(Location location) {
        return location == null ? null : List.of(location.line(), location.column());
    }
}
