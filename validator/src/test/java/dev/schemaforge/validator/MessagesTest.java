package dev.schemaforge.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.schemaforge.catalog.Catalog;
import dev.schemaforge.catalog.Dialect;

import tools.jackson.databind.json.JsonMapper;

/** Wording and placement of messages that networknt would otherwise phrase for its own developers. */
class MessagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<Violation> check(Dialect dialect, String schema, String payload) {
        SchemaValidator validator = SchemaValidator.of(Catalog.builder().defaultDialect(dialect).build());
        return validator.inline(JSON.readTree(schema)).validate(payload).violations();
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
