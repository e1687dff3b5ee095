package dev.schemaforge.generator.gauntlet;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.schemaforge.catalog.JsonPointers;

import tools.jackson.databind.JsonNode;

/**
 * Names the cause of a round-trip failure in a few words, so failures can be counted by what the
 * generator would have to change: a dropped unknown member, a re-rendered date-time, a union read
 * as the wrong branch, or a deserialization error (its message with names and values blurred).
 */
final class FailureCause {

    private FailureCause() {
    }

    /** The cause of a failed verdict. */
    static String of(RoundTrip.Verdict verdict) {
        return switch (verdict.status()) {
            case PASSED -> "";
            case READ_ERROR -> "deserialization error: " + error(verdict.error());
            case WRITE_ERROR -> "serialization error: " + error(verdict.error());
            case DIFFERENT -> difference(verdict.difference(), verdict.model());
        };
    }

    private static String difference(JsonComparison.Difference d, Object model) {
        String cause = difference(d);
        return insideUnion(model, d.pointer()) ? "union read as wrong branch (" + cause + ")" : cause;
    }

    private static String difference(JsonComparison.Difference d) {
        JsonNode expected = d.expected();
        JsonNode actual = d.actual();
        boolean item = d.item();
        if (actual == null) {
            return expected.isNull() ? "explicit null dropped" : item ? "array item dropped" : "unknown member dropped";
        }
        if (expected == null) {
            return actual.isNull() ? "null member added" : item ? "array item added" : "member added";
        }
        if (expected.isString() && JsonComparison.instant(expected.stringValue()).isPresent()) {
            return "date-time re-rendered";
        }
        if (expected.isString() && actual.isString()) {
            return expected.stringValue().equalsIgnoreCase(actual.stringValue()) ? "string case changed"
                    : "string re-rendered";
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            return "value changed JSON type (" + kind(expected) + " -> " + kind(actual) + ")";
        }
        return kind(expected) + " value changed";
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    /**
     * Jackson's first message line with type names, quoted values, lists and numbers blurred, and
     * the reference chain left off: messages that differ only in those group together.
     */
    static String error(RuntimeException e) {
        String message = SampleReader.firstLine(e)
                .replaceAll(" \\(through reference chain: .*", "")
                .replaceAll("^\\w+: no variant \\(.*\\) accepts this (\\w+).*", "union: no variant accepts this $1")
                .replaceAll("Problem deserializing .*?problem: \\w+: ", "problem in a member: ")
                .replaceAll("problem: \\w+: required property", "problem: required property")
                .replaceAll("`[^`]*`", "`…`")
                .replaceAll("\"[^\"]*\"", "\"…\"")
                .replaceAll("\\[[^\\]]*\\]", "[…]")
                .replaceAll("\\(class [^)]*\\)", "(class …)")
                .replaceAll("\\d+", "N");
        String cause = e.getClass().getSimpleName() + ": " + message;
        return JsonComparison.shorten(cause, 140);
    }

    /**
     * Whether a value on the way from the model's root to the parent of {@code pointer} is a branch of
     * a sealed interface: a difference below it most likely means the union picked the wrong branch.
     */
    static boolean insideUnion(Object model, String pointer) {
        Object current = model;
        List<String> tokens = JsonPointers.segments(pointer);
        for (int i = 0; i < tokens.size() && current != null; i++) {
            if (isUnionBranch(current)) {
                return true;
            }
            current = step(current, tokens.get(i));
        }
        return false;
    }

    private static boolean isUnionBranch(Object value) {
        for (Class<?> c = value.getClass(); c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (i.isSealed()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The member or item {@code token} of a record, list or map, or {@code null} when there is none. */
    private static Object step(Object value, String token) {
        try {
            if (value instanceof List<?> list) {
                int index = Integer.parseInt(token);
                return index < list.size() ? list.get(index) : null;
            }
            if (value instanceof Map<?, ?> map) {
                return map.get(token);
            }
            if (value.getClass().isRecord()) {
                for (RecordComponent c : value.getClass().getRecordComponents()) {
                    JsonProperty property = c.getAccessor().getAnnotation(JsonProperty.class);
                    String name = property == null || property.value().isEmpty() ? c.getName() : property.value();
                    if (name.equals(token)) {
                        return c.getAccessor().invoke(value);
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
