package dev.schemaforge.generator.gauntlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** What counts as the same JSON for the round-trip check, and where the first difference is reported. */
class JsonComparisonTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private static Optional<String> diff(String expected, String actual) {
        return JsonComparison.firstDifference(JSON.readTree(expected), JSON.readTree(actual)).map(Object::toString);
    }

    @Test
    void numbersCompareByValue() {
        assertThat(diff("{\"a\": 1}", "{\"a\": 1.0}")).isEmpty();
        assertThat(diff("[1.10, 100]", "[1.1, 1E+2]")).isEmpty();
        assertThat(diff("12345678901234567890", "12345678901234567890.0")).isEmpty();
        assertThat(diff("{\"a\": 1}", "{\"a\": 2}")).contains("/a: expected 1, got 2");
    }

    @Test
    void dateTimesCompareAsInstants() {
        assertThat(diff("\"2024-01-01T01:00:00+01:00\"", "\"2024-01-01T00:00:00Z\"")).isEmpty();
        assertThat(diff("\"2024-01-01t00:00:00.000z\"", "\"2024-01-01T00:00:00Z\"")).isEmpty();
        assertThat(diff("\"2024-01-01T01:00:00+01:00\"", "\"2024-01-01T01:00:00Z\"")).isPresent();
        assertThat(diff("\"2024-01-01T01:00+01:00\"", "\"2024-01-01T00:00:00Z\"")).as("no seconds: not RFC 3339")
                .isPresent();
    }

    @Test
    void memberOrderDoesNotMatterButNullAndAbsentDiffer() {
        assertThat(diff("{\"a\": 1, \"b\": 2}", "{\"b\": 2, \"a\": 1}")).isEmpty();
        assertThat(diff("{\"a\": null}", "{}")).contains("/a: expected null, got (absent)");
        assertThat(diff("{}", "{\"a\": null}")).contains("/a: expected (absent), got null");
    }

    @Test
    void firstDifferenceIsAnEscapedPointerInDocumentOrder() {
        assertThat(diff("{\"x\": [1, {\"a/b~\": true}], \"y\": 1}", "{\"x\": [1, {\"a/b~\": false}], \"y\": 2}"))
                .contains("/x/1/a~1b~0: expected true, got false");
        assertThat(diff("[1, 2]", "[1]")).contains("/1: expected 2, got (absent)");
        assertThat(diff("{\"a\": \"1\"}", "{\"a\": 1}")).contains("/a: expected \"1\", got 1");
        assertThat(diff("1", "\"1\"")).contains("(root): expected 1, got \"1\"");
    }
}
