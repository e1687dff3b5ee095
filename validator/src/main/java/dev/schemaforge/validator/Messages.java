package dev.schemaforge.validator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;

import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Every message the validator shows, in one place: a networknt error (keyword, arguments, the
 * offending value) becomes a sentence that says what to change. Keywords without a rule here keep
 * networknt's own message. One instance serves one compiled schema and keeps what its keywords'
 * messages share from payload to payload (the values of an {@code enum}).
 */
final class Messages {

    private static final int MAX_SHOWN_VALUE = 60;
    /** Beyond this many, schema locations are spelled anew each time instead of kept. */
    private static final int MAX_KEPT_LOCATIONS = 10_000;

    /** Keyed by the {@code enum} node itself: the schema's nodes live as long as this instance. */
    private final ConcurrentMap<Identity<JsonNode>, AllowedValues> allowedValues = new ConcurrentHashMap<>();

    /**
     * The text of each schema location an error named: networknt hands out one location object
     * per keyword of the compiled schema, and spelling one is a walk over its path.
     */
    private final ConcurrentMap<Identity<SchemaLocation>, String> locationTexts = new ConcurrentHashMap<>();

    /** Where in the schema the error's keyword stands, as text; null when networknt does not say. */
    String schemaLocation(Error error) {
        SchemaLocation location = error.getSchemaLocation();
        if (location == null) {
            return null;
        }
        Identity<SchemaLocation> key = new Identity<>(location);
        String text = locationTexts.get(key);
        if (text == null) {
            text = location.toString();
            if (locationTexts.size() < MAX_KEPT_LOCATIONS) {
                locationTexts.putIfAbsent(key, text);
            }
        }
        return text;
    }

    String describe(Error error) {
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        JsonNode instance = error.getInstanceNode();
        JsonNode schemaValue = error.getSchemaNode();
        return switch (keyword) {
            case "required" -> "missing required property \"" + firstArgument(error) + "\"";
            case "enum" -> notOneOf(instance, schemaValue);
            case "const" -> "must be " + show(schemaValue) + ", not " + show(instance);
            case "type" -> "expected " + expectedTypes(schemaValue) + ", found " + jsonType(instance)
                    + (instance != null && instance.isValueNode() && !instance.isNull() ? " " + show(instance) : "");
            case "format" -> show(instance) + " is not a valid " + firstArgument(error)
                    + ("date-time".equals(firstArgument(error)) ? " (RFC 3339, e.g. 2021-10-05T14:48:00Z)" : "");
            case "additionalProperties", "unevaluatedProperties" ->
                    "property \"" + (error.getProperty() != null ? error.getProperty() : firstArgument(error))
                            + "\" is not allowed here";
            case "minLength" -> "must be at least " + counted(error, "character") + " long, found "
                    + characters(instance);
            case "maxLength" -> "must be at most " + counted(error, "character") + " long, found "
                    + characters(instance);
            case "minItems" -> "must have at least " + counted(error, "item") + ", found " + size(instance);
            case "maxItems" -> "must have at most " + counted(error, "item") + ", found " + size(instance);
            case "minProperties" -> "must have at least " + counted(error, "member") + ", found " + size(instance);
            case "maxProperties" -> "must have at most " + counted(error, "member") + ", found " + size(instance);
            case "pattern" -> show(instance) + " does not match the pattern " + firstArgument(error);
            case "uniqueItems" -> "must not hold the same item twice";
            case "oneOf" -> oneOf(error);
            case "dependentRequired", "dependencies" -> dependency(error);
            default -> error.getMessage();
        };
    }

    /** {@code dependentRequired} (and draft 4-7 {@code dependencies} with a list): one present member needs others. */
    private static String dependency(Error error) {
        String property = error.getProperty();
        JsonNode needed = error.getSchemaNode() == null || property == null ? null
                : error.getSchemaNode().path(property);
        if (needed == null || !needed.isArray()) {
            return error.getMessage();
        }
        Object[] arguments = error.getArguments();
        List<String> missing = new ArrayList<>();
        if ("dependentRequired".equals(error.getKeyword()) && arguments != null && arguments.length > 0) {
            missing.add("\"" + arguments[0] + "\"");
        } else {
            JsonNode instance = error.getInstanceNode();
            needed.forEach(n -> {
                if (instance == null || !instance.has(n.asString())) {
                    missing.add("\"" + n.asString() + "\"");
                }
            });
        }
        return "missing " + String.join(" and ", missing) + ", required when \"" + property + "\" is present";
    }

    /** A oneOf that matched several alternatives; one that matched none is summarised by {@link UnionSummaries}. */
    private static String oneOf(Error error) {
        Object[] arguments = error.getArguments();
        String matched = arguments == null || arguments.length == 0 ? "several" : String.valueOf(arguments[0]);
        return "matches " + matched + " oneOf alternatives, but must match exactly one";
    }

    private String notOneOf(JsonNode instance, JsonNode allowed) {
        if (allowed != null && allowed.isEmpty()) {
            return show(instance) + " is not allowed: the enum lists no values";
        }
        AllowedValues values = allowed == null ? AllowedValues.of(null)
                : allowedValues.computeIfAbsent(new Identity<>(allowed), key -> AllowedValues.of(key.value()));
        String message = show(instance) + " is not one of " + values.listed();
        if (instance != null && instance.isString()) {
            Optional<String> suggestion = values.suggestions().closest(instance.stringValue());
            if (suggestion.isPresent()) {
                message += " (did you mean \"" + suggestion.get() + "\"?)";
            }
        }
        return message;
    }

    static String expectedTypes(JsonNode type) {
        if (type == null) {
            return "another type";
        }
        if (type.isArray()) {
            List<String> names = new ArrayList<>();
            type.forEach(t -> names.add(t.asString()));
            return String.join(" or ", names);
        }
        return type.asString();
    }

    static String jsonType(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isObject()) {
            return "object";
        }
        if (node.isArray()) {
            return "array";
        }
        if (node.isString()) {
            return "string";
        }
        if (node.isIntegralNumber()) {
            return "integer";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        return "null";
    }

    /**
     * A value as JSON, shortened when long. Scalars are spelled here as Jackson writes them, without
     * a generator per message; a long string is quoted only as far as it can be shown.
     */
    static String show(JsonNode value) {
        if (value == null) {
            return "the value";
        }
        String text;
        if (value.isString()) {
            String string = value.stringValue();
            StringBuilder quoted = new StringBuilder(Math.min(string.length(), MAX_SHOWN_VALUE) + 2).append('"');
            JsonStringEncoder.getInstance().quoteAsString(
                    string.length() > MAX_SHOWN_VALUE ? string.substring(0, MAX_SHOWN_VALUE) : string, quoted);
            text = quoted.append('"').toString();
        } else if (value.isInt() || value.isLong()) {
            text = Long.toString(value.longValue());
        } else if (value.isBoolean()) {
            text = value.booleanValue() ? "true" : "false";
        } else if (value.isNull()) {
            text = "null";
        } else {
            text = value.toString();
        }
        return text.length() <= MAX_SHOWN_VALUE ? text : text.substring(0, MAX_SHOWN_VALUE - 1) + "…";
    }

    /** The keyword's limit and a noun, plural unless the limit is 1: "3 items", "1 item". */
    private static String counted(Error error, String noun) {
        String limit = firstArgument(error);
        return limit + " " + ("1".equals(limit) ? noun : noun + "s");
    }

    /** A string's length as {@code minLength} and {@code maxLength} count it: in code points. */
    private static String characters(JsonNode instance) {
        return instance != null && instance.isString()
                ? String.valueOf(instance.stringValue().codePointCount(0, instance.stringValue().length()))
                : "?";
    }

    /** The number of items of an array or members of an object. */
    private static String size(JsonNode instance) {
        return instance == null ? "?" : String.valueOf(instance.size());
    }

    private static String firstArgument(Error error) {
        Object[] arguments = error.getArguments();
        return arguments == null || arguments.length == 0 ? "" : String.valueOf(arguments[0]);
    }

    /**
     * A key that compares the object it holds by identity: equal {@code enum}s in two places of a
     * schema are two keys, and nothing is hashed deeply. Holds schema nodes and schema locations,
     * which live as long as the compiled schema.
     */
    private record Identity<T>(T value) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Identity<?> key && key.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }
}
