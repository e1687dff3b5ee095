package dev.schemaforge.generator.graph;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.schemaforge.generator.model.NamedType.EnumKind;

import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The values of an {@code enum} (or a {@code const}, a set of one) as a generated enum sees them:
 * nulls left to nullability, duplicates dropped (numbers by value), and one {@link EnumKind} for all.
 *
 * @param kind the JSON type every value has, or {@link EnumKind#MIXED}
 * @param values strings as spelt for {@link EnumKind#STRING}; otherwise JSON text
 */
record EnumValues(EnumKind kind, List<String> values) {

    /** The enum of scalar values, or null when there is none (no values, or objects and arrays among them). */
    static EnumValues of(JsonNode array) {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        EnumKind kind = null;
        for (JsonNode value : array) {
            if (value.isNull()) {
                continue;
            }
            EnumKind valueKind = kindOf(value);
            if (valueKind == null) {
                return null;
            }
            kind = kind == null ? valueKind : merge(kind, valueKind);
            String key = value.isNumber() ? "n:" + value.decimalValue().stripTrailingZeros().toPlainString()
                    : value.isString() ? "s:" + value.stringValue() : "b:" + value.asBoolean();
            byKey.putIfAbsent(key, value);
        }
        if (kind == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (JsonNode value : byKey.values()) {
            // Strings of a mixed enum stay JSON text, so the emitter can tell "1" from 1.
            values.add(value.isString() && kind == EnumKind.STRING ? value.stringValue() : jsonText(value));
        }
        if (kind == EnumKind.INTEGER && !values.stream().allMatch(EnumValues::fitsLong)) {
            kind = EnumKind.NUMBER;
        }
        return new EnumValues(kind, values);
    }

    /**
     * A scalar as JSON text, as Jackson writes it, without the object mapper that {@code toString}
     * would set up on first use.
     */
    private static String jsonText(JsonNode value) {
        if (value.isString()) {
            StringBuilder quoted = new StringBuilder().append('"');
            JsonStringEncoder.getInstance().quoteAsString(value.stringValue(), quoted);
            return quoted.append('"').toString();
        }
        return value.isBoolean() ? String.valueOf(value.booleanValue()) : value.numberValue().toString();
    }

    private static EnumKind kindOf(JsonNode value) {
        if (value.isString()) {
            return EnumKind.STRING;
        }
        if (value.isBoolean()) {
            return EnumKind.BOOLEAN;
        }
        if (value.isIntegralNumber()) {
            return EnumKind.INTEGER;
        }
        if (value.isNumber()) {
            return EnumKind.NUMBER;
        }
        return null;
    }

    private static EnumKind merge(EnumKind a, EnumKind b) {
        if (a == b) {
            return a;
        }
        boolean numeric = (a == EnumKind.INTEGER || a == EnumKind.NUMBER) && (b == EnumKind.INTEGER || b == EnumKind.NUMBER);
        return numeric ? EnumKind.NUMBER : EnumKind.MIXED;
    }

    private static boolean fitsLong(String text) {
        try {
            new BigDecimal(text).longValueExact();
            return true;
        } catch (ArithmeticException | NumberFormatException e) {
            return false;
        }
    }
}
