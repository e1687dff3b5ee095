package dev.schemaforge.generator.gauntlet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** Round-trip failures are grouped under causes named from the first difference or the exception. */
class FailureCauseTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String cause(String expected, String actual) {
        JsonComparison.Difference d = JsonComparison.firstDifference(JSON.readTree(expected), JSON.readTree(actual))
                .orElseThrow();
        return FailureCause.of(new RoundTrip.Verdict(RoundTrip.Status.DIFFERENT, d, null, null));
    }

    @Test
    void differencesAreNamed() {
        assertThat(cause("{\"when\": \"2024-01-01T00:00:00.5Z\"}", "{\"when\": \"2024-01-01T00:00:00.6Z\"}"))
                .isEqualTo("date-time re-rendered");
        assertThat(cause("{\"a\": 1, \"extra\": 1}", "{\"a\": 1}")).isEqualTo("unknown member dropped");
        assertThat(cause("{\"1\": {}}", "{}")).as("a numeric member name is still a member")
                .isEqualTo("unknown member dropped");
        assertThat(cause("[1, 2]", "[1]")).isEqualTo("array item dropped");
        assertThat(cause("{\"n\": null}", "{}")).isEqualTo("explicit null dropped");
        assertThat(cause("{}", "{\"n\": 0}")).isEqualTo("member added");
        assertThat(cause("{\"n\": {}}", "{\"n\": \"x\"}")).isEqualTo("value changed JSON type (object -> string)");
    }

    @Test
    void errorsAreBlurredSoTheyGroup() {
        RuntimeException e = new IllegalArgumentException("Cannot deserialize value of type `a.B` from String \"x\":"
                + " not one of [x, y] at [Source: (byte[])\"{}\"; line: 1, column: 2] (through reference chain: a.B[\"c\"])");
        assertThat(FailureCause.error(e))
                .isEqualTo("IllegalArgumentException: Cannot deserialize value of type `…` from String \"…\": not one of […]");
        assertThat(FailureCause.error(new IllegalStateException("Flow: no variant (A, B) accepts this STRING: [x]")))
                .isEqualTo("IllegalStateException: union: no variant accepts this STRING");
    }
}
