package dev.schemaforge.catalog;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The type names JSON Schema's {@code type} keyword may use, what is wrong with a {@code type}
 * value that uses another, and how messages say that a keyword's value has the wrong JSON kind: the
 * catalog, the generator and the validator refuse such a schema alike, in the same words, rather than
 * typing it {@code Object} or blaming every payload.
 */
public final class JsonTypes {

    /** The names, in the order messages list them. */
    public static final List<String> NAMES = List.of("string", "number", "integer", "boolean", "object", "array",
            "null");

    /** What is wrong with a {@code type} value: the offending array member ({@code -1}: the value itself), and why. */
    public record Misnamed(int index, String message) {
    }

    private JsonTypes() {
    }

    /**
     * What is wrong with {@code type}, or null when it is a type name or an array of them.
     * {@code file} counts as a name only where {@code swagger} (Swagger 2.0's upload type).
     */
    public static Misnamed check(JsonNode type, boolean swagger) {
        if (!type.isArray()) {
            if (!type.isString()) {
                return new Misnamed(-1, "type is " + shown(type)
                        + ", but must be a type name such as \"string\" or an array of them");
            }
            return unknown(-1, type.stringValue(), swagger);
        }
        for (int i = 0; i < type.size(); i++) {
            JsonNode name = type.get(i);
            Misnamed wrong = name.isString() ? unknown(i, name.stringValue(), swagger)
                    : new Misnamed(i, "type lists " + shown(name) + ", which is not a type name (a string such as"
                            + " \"string\")");
            if (wrong != null) {
                return wrong;
            }
        }
        return null;
    }

    private static Misnamed unknown(int index, String name, boolean swagger) {
        if (NAMES.contains(name) || swagger && name.equals("file")) {
            return null;
        }
        return new Misnamed(index, "type \"" + name + "\" is not a JSON type: expected one of "
                + String.join(", ", NAMES));
    }

    /** Whether {@code value} can be a schema: an object, {@code true} or {@code false}. */
    public static boolean isSchema(JsonNode value) {
        return value.isObject() || value.isBoolean();
    }

    /** What a message says of a value that stands where a schema must, and is none, such as {@code 5}. */
    public static String notASchema(JsonNode value) {
        return "a schema is expected here, but this is " + shown(value) + " (a schema is an object, true or false)";
    }

    /** What a message says of a keyword whose value has the wrong kind: {@code $ref is 5, but must be a string}. */
    public static String wrongKind(String keyword, JsonNode value, String expected) {
        return keyword + " is " + shown(value) + ", but must be " + expected;
    }

    /** A value as a message shows it: scalars as written, containers only by kind (they may be large). */
    public static String shown(JsonNode value) {
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "an array";
        }
        return value.toString();
    }
}
