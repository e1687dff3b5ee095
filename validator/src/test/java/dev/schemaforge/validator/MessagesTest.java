package dev.schemaforge.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.schemaforge.catalog.Catalog;
import dev.schemaforge.catalog.Dialect;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.StringNode;

/** Wording and placement of messages that networknt would otherwise phrase for its own developers. */
class MessagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<Violation> check(Dialect dialect, String schema, String payload) {
        SchemaValidator validator = SchemaValidator.of(Catalog.builder().defaultDialect(dialect).build());
        return validator.inline(JSON.readTree(schema)).validate(payload).violations();
    }

    @Test
    void anEmptyEnumSaysThatItAllowsNothingAndAnEmptyStringValueShows() {
        assertThat(check(Dialect.DRAFT_2020_12, "{\"enum\": []}", "\"a\"")).extracting(Violation::message)
                .containsExactly("\"a\" is not allowed: the enum lists no values");
        assertThat(check(Dialect.DRAFT_2020_12, "{\"enum\": [\"\", \"bb\"]}", "\"zzzzzz\"")).extracting(Violation::message)
                .containsExactly("\"zzzzzz\" is not one of \"\", bb");
    }

    @Test
    void dependentMembersNameWhatIsMissingAndWhy() {
        assertThat(check(Dialect.DRAFT_2020_12, "{\"dependentRequired\": {\"bar\": [\"foo\", \"baz\"]}}",
                "{\"bar\": 1, \"baz\": 2}")).extracting(Violation::message)
                .containsExactly("missing \"foo\", required when \"bar\" is present");
        assertThat(check(Dialect.DRAFT_7, "{\"dependencies\": {\"bar\": [\"foo\", \"baz\"]}}", "{\"bar\": 1}"))
                .extracting(Violation::message)
                .containsExactly("missing \"foo\" and \"baz\", required when \"bar\" is present");
    }

    @Test
    void boundsSayWhatWasFound() {
        String schema = """
                {"properties": {
                  "name": {"minLength": 3, "maxLength": 4}, "code": {"pattern": "^[A-Z]+$"},
                  "tags": {"minItems": 2, "maxItems": 3, "uniqueItems": true},
                  "meta": {"minProperties": 1, "maxProperties": 1}}}
                """;
        assertThat(check(Dialect.DRAFT_2020_12, schema,
                "{\"name\": \"\uD83D\uDE00é\", \"code\": \"ab\", \"tags\": [1, 1], \"meta\": {}}"))
                .extracting(v -> v.pointer() + ": " + v.message())
                .containsExactlyInAnyOrder(
                        "/name: must be at least 3 characters long, found 2",
                        "/code: \"ab\" does not match the pattern ^[A-Z]+$",
                        "/tags: must not hold the same item twice",
                        "/meta: must have at least 1 member, found 0");
        assertThat(check(Dialect.DRAFT_2020_12, schema,
                "{\"name\": \"abcde\", \"tags\": [1, 2, 3, 4], \"meta\": {\"a\": 1, \"b\": 2}}"))
                .extracting(v -> v.pointer() + ": " + v.message())
                .containsExactlyInAnyOrder(
                        "/name: must be at most 4 characters long, found 5",
                        "/tags: must have at most 3 items, found 4",
                        "/meta: must have at most 1 member, found 2");
        assertThat(check(Dialect.DRAFT_2020_12, schema, "{\"tags\": [1]}"))
                .extracting(v -> v.pointer() + ": " + v.message())
                .containsExactly("/tags: must have at least 2 items, found 1");
    }

    @Test
    void valuesAreShownAsJacksonWritesThem() {
        List<JsonNode> values = List.of(StringNode.valueOf("a/b \"q\" \\ \t\n\u0001 é€ \u2028 \uD83D\uDE00"),
                StringNode.valueOf(""), IntNode.valueOf(-5), LongNode.valueOf(Long.MIN_VALUE), BooleanNode.TRUE,
                BooleanNode.FALSE, NullNode.getInstance(), DoubleNode.valueOf(0.1), JSON.readTree("{\"a\": [1, \"b\"]}"));
        for (JsonNode value : values) {
            assertThat(Messages.show(value)).isEqualTo(value.toString());
        }
        String quoteNearTheCut = "x".repeat(57) + "\"" + "y".repeat(100);
        assertThat(Messages.show(StringNode.valueOf(quoteNearTheCut)))
                .isEqualTo(StringNode.valueOf(quoteNearTheCut).toString().substring(0, 59) + "…")
                .hasSize(60);
    }

    @Test
    void columnsCountCharactersNotBytes() {
        String payload = "{\"name\": \"é€é€\", \"n\": \"x\"}";
        List<Violation> violations = check(Dialect.DRAFT_2020_12,
                "{\"properties\": {\"n\": {\"type\": \"integer\"}}}", payload);
        assertThat(violations).singleElement().satisfies(v -> assertThat(v.column())
                .isEqualTo(payload.indexOf("\"n\"") + 1));

        List<Violation> malformed = check(Dialect.DRAFT_2020_12, "{}", "{\"name\": \"é€é€\", ]");
        assertThat(malformed).singleElement().satisfies(v -> assertThat(v.column())
                .isEqualTo("{\"name\": \"é€é€\", ]".indexOf(']') + 1));
    }
}
