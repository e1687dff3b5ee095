package dev.schemaforge.validator;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * An {@code enum} keyword's values as its messages show them, read once per schema: the list that
 * follows "is not one of", and the string values a typo suggestion is chosen from.
 *
 * @param listed the values, strings unquoted (but {@code ""}), separated by commas
 * @param suggestions the string values but the empty one (never a useful suggestion), ready for look-ups
 */
record AllowedValues(String listed, Suggestions suggestions) {

    static AllowedValues of(JsonNode allowed) {
        List<String> values = new ArrayList<>();
        List<String> strings = new ArrayList<>();
        if (allowed != null) {
            for (JsonNode value : allowed) {
                // strings unquoted, but for the empty one, which would otherwise not show at all
                boolean word = value.isString() && !value.stringValue().isEmpty();
                values.add(word ? value.stringValue() : value.toString());
                if (word) {
                    strings.add(value.stringValue());
                }
            }
        }
        return new AllowedValues(String.join(", ", values), new Suggestions(strings));
    }
}
