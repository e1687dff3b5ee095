package dev.schemaforge.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;

/** Two findings are the same when place, keyword, schema location and message are; messages are written only when needed. */
class FindingTest {

    private static final NodePath NAME = new NodePath(PathType.JSON_POINTER).append("user").append("name");
    private static final SchemaLocation AT = SchemaLocation.of("urn:test#/properties/name/x-rule");
    private final Messages messages = new Messages();
    private final AtomicInteger written = new AtomicInteger();

    /** A keyword without a message rule of its own: its message is networknt's, counted as it is written. */
    private Finding finding(NodePath place, String text, Object... arguments) {
        Supplier<String> message = () -> {
            written.incrementAndGet();
            return text;
        };
        return Finding.of(Error.builder().keyword("x-rule").instanceLocation(place).schemaLocation(AT)
                .arguments(arguments).messageSupplier(message).build(), messages);
    }

    @Test
    void errorsMadeOfTheSameThingsAreTheSameWithoutWritingTheirMessages() {
        Finding one = finding(NAME, "too plain", "a");
        Finding again = finding(new NodePath(PathType.JSON_POINTER).append("user").append("name"), "too plain", "a");

        assertThat(one).isEqualTo(again).hasSameHashCodeAs(again);
        assertThat(written).hasValue(0);
        assertThat(one.pointer()).isEqualTo("/user/name");
    }

    @Test
    void errorsThatDifferInTheirArgumentsAreComparedByTheirMessages() {
        assertThat(finding(NAME, "too plain", "a")).isEqualTo(finding(NAME, "too plain", "b"));
        assertThat(written).hasValue(2);
        assertThat(finding(NAME, "too plain", "a")).isNotEqualTo(finding(NAME, "too short", "b"));
    }

    @Test
    void anotherPlaceOrASummaryIsAnotherFinding() {
        Finding here = finding(NAME, "too plain", "a");
        assertThat(here).isNotEqualTo(finding(NAME.getParent(), "too plain", "a"));
        assertThat(here).isNotEqualTo(Finding.summary(NAME, "x-rule", () -> "too plain", () -> "urn:other#/x"));
        assertThat(here).isEqualTo(Finding.summary(NAME, "x-rule", () -> "too plain", AT::toString));
        assertThat(written).hasValue(1);
    }

    @Test
    void aSummaryIsWrittenOnlyWhenRead() {
        AtomicInteger summaries = new AtomicInteger();
        Finding summary = Finding.summary(NAME, "oneOf", () -> "matches none #" + summaries.incrementAndGet(),
                () -> "urn:test#/oneOf at " + summaries.incrementAndGet());

        assertThat(summary.keyword()).isEqualTo("oneOf");
        assertThat(summary).isNotEqualTo(finding(NAME, "too plain"));
        assertThat(summaries).hasValue(0);
        assertThat(summary.pointer()).isEqualTo("/user/name");
        assertThat(summary.message()).isEqualTo("matches none #1");
        assertThat(summary.message()).isEqualTo("matches none #1");
        assertThat(summary.schemaLocation()).isEqualTo("urn:test#/oneOf at 2");
        assertThat(Finding.summary(null, "anyOf", () -> "m", () -> null).pointer()).isEmpty();
    }
}
