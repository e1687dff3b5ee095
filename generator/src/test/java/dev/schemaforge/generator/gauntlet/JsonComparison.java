package dev.schemaforge.generator.gauntlet;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Compares a payload with what the generated model wrote back, as JSON values rather than text:
 * member order does not matter, numbers compare by value ({@code 1 == 1.0}, {@code BigDecimal.compareTo}),
 * and two strings that are both RFC 3339 date-times compare as instants, because an
 * {@code OffsetDateTime} may legitimately re-render {@code +01:00} as {@code Z}. Reports the first
 * difference only: what a person fixing the generator needs to look at.
 */
public final class JsonComparison {

    /** RFC 3339 {@code date-time}: seconds required, fraction optional, {@code Z} or a numeric offset. */
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");

    /**
     * Where two trees first differ.
     *
     * @param pointer JSON pointer into the original
     * @param expected the original value there, or {@code null} when the member is new
     * @param actual the written-back value there, or {@code null} when the member was dropped
     * @param item whether the pointer's last token is an array index rather than a member name
     */
    public record Difference(String pointer, JsonNode expected, JsonNode actual, boolean item) {

        @Override
        public String toString() {
            return (pointer.isEmpty() ? "(root)" : pointer) + ": expected " + show(expected) + ", got " + show(actual);
        }

        private static String show(JsonNode node) {
            if (node == null) {
                return "(absent)";
            }
            return shorten(node.toString(), 80);
        }
    }

    private JsonComparison() {
    }

    /** The first difference, walking {@code expected} in document order; empty when the trees are equal. */
    public static Optional<Difference> firstDifference(JsonNode expected, JsonNode actual) {
        return compare("", expected, actual);
    }

    private static Optional<Difference> compare(String pointer, JsonNode expected, JsonNode actual) {
        if (expected.isObject() && actual.isObject()) {
            for (Map.Entry<String, JsonNode> member : expected.properties()) {
                String at = pointer + "/" + escape(member.getKey());
                JsonNode other = actual.get(member.getKey());
                Optional<Difference> d = other == null ? Optional.of(new Difference(at, member.getValue(), null, false))
                        : compare(at, member.getValue(), other);
                if (d.isPresent()) {
                    return d;
                }
            }
            for (Map.Entry<String, JsonNode> member : actual.properties()) {
                if (!expected.has(member.getKey())) {
                    return Optional.of(new Difference(pointer + "/" + escape(member.getKey()), null, member.getValue(),
                            false));
                }
            }
            return Optional.empty();
        }
        if (expected.isArray() && actual.isArray()) {
            Iterator<JsonNode> e = expected.values().iterator();
            Iterator<JsonNode> a = actual.values().iterator();
            for (int i = 0; e.hasNext() || a.hasNext(); i++) {
                if (!a.hasNext()) {
                    return Optional.of(new Difference(pointer + "/" + i, e.next(), null, true));
                }
                if (!e.hasNext()) {
                    return Optional.of(new Difference(pointer + "/" + i, null, a.next(), true));
                }
                Optional<Difference> d = compare(pointer + "/" + i, e.next(), a.next());
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }
        return scalarsEqual(expected, actual) ? Optional.empty()
                : Optional.of(new Difference(pointer, expected, actual, false));
    }

    private static boolean scalarsEqual(JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            if (!finite(expected) || !finite(actual)) {
                return Double.compare(expected.doubleValue(), actual.doubleValue()) == 0;
            }
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        if (expected.isString() && actual.isString()) {
            String e = expected.stringValue();
            String a = actual.stringValue();
            return e.equals(a) || sameInstant(e, a);
        }
        return expected.equals(actual);
    }

    /** YAML's {@code .inf} and {@code .nan} have no {@code BigDecimal}. */
    private static boolean finite(JsonNode number) {
        return !(number.isDouble() || number.isFloat()) || Double.isFinite(number.doubleValue());
    }

    private static boolean sameInstant(String expected, String actual) {
        Optional<Instant> e = instant(expected);
        return e.isPresent() && e.equals(instant(actual));
    }

    /** The instant an RFC 3339 date-time names, or empty when the string is not one. */
    static Optional<Instant> instant(String text) {
        if (!DATE_TIME.matcher(text).matches()) {
            return Optional.empty();
        }
        String iso = text.toUpperCase(Locale.ROOT).replace(' ', 'T');
        try {
            return Optional.of(OffsetDateTime.parse(iso).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** At most {@code max} characters and an ellipsis, never splitting a surrogate pair. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }

    /** RFC 6901: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
