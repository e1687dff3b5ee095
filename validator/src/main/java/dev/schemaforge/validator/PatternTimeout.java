package dev.schemaforge.validator;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * A regular expression ({@code pattern}, {@code patternProperties}) stopped on one value because
 * it took longer than it may: the schema's problem, which {@link CompiledSchema} reports as a schema
 * error at the keyword, naming the payload's value. Thrown from inside networknt's check.
 *
 * <p>It is one of networknt's schema exceptions so that networknt passes it on as it is: its
 * {@code pattern} check logs any other exception at ERROR first, which a library user's logging would
 * show besides the schema error.
 */
final class PatternTimeout extends com.networknt.schema.SchemaException {

    private static final long serialVersionUID = 1L;

    private final String pattern;
    private final transient String value;
    private final Duration limit;
    private final String keywordIri;

    /**
     * @param keywordIri where the pattern is written, as networknt names schema locations, or null
     *     when the check it ran in is not known
     */
    PatternTimeout(String pattern, String value, Duration limit, String keywordIri) {
        super("the regular expression " + pattern + " took longer than " + seconds(limit));
        this.pattern = pattern;
        this.value = value;
        this.limit = limit;
        this.keywordIri = keywordIri;
    }

    /** The value the expression was matched against: the very string of the payload's tree. */
    String value() {
        return value;
    }

    String keywordIri() {
        return keywordIri;
    }

    /** What went wrong, for a person: {@code place} names the value (pointer and payload file:line:col). */
    String describe(String place) {
        return "the regular expression \"" + pattern + "\" took longer than " + seconds(limit) + " on " + place
                + " and was stopped: it backtracks too much on such a value (as nested repetition like (a+)+"
                + " does on \"aaaa…!\"); rewrite it so that each part of a value can match in only one way";
    }

    /** {@code 2 s}, {@code 0.05 s}. */
    static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toNanos(), 9).stripTrailingZeros().toPlainString() + " s";
    }
}
