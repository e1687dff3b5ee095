package dev.schemaforge.catalog;

import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Visits every schema object inside a schema: the values of applicator keywords ({@code properties},
 * {@code items}, {@code allOf}, {@code $defs}, ...), never instance data ({@code enum}, {@code const},
 * {@code default}, examples) or the values of unknown members. The keyword table covers drafts 4 to
 * 2020-12 and OpenAPI's schema object. Narrower than {@link SchemaWalker}, which visits every object
 * that may be a schema.
 */
public final class SchemaTreeWalker {

    /** Keywords whose value is one schema. */
    private static final Set<String> SCHEMA = Set.of("additionalItems", "additionalProperties", "contains",
            "contentSchema", "else", "if", "not", "propertyNames", "then", "unevaluatedItems",
            "unevaluatedProperties");
    /** Keywords whose value is an array of schemas. */
    private static final Set<String> SCHEMA_ARRAY = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
    /** Keywords whose value maps names to schemas. */
    private static final Set<String> SCHEMA_MAP = Set.of("properties", "patternProperties", "$defs", "definitions",
            "dependentSchemas");

    @FunctionalInterface
    public interface Visitor {
        void visit(String pointer, JsonNode schema);
    }

    private SchemaTreeWalker() {
    }

    /** Visits {@code schema} (at {@code pointer}) when it is an object, then every schema object below it. */
    public static void walk(JsonNode schema, String pointer, Visitor visitor) {
        if (!schema.isObject()) {
            return;
        }
        visitor.visit(pointer, schema);
        for (Map.Entry<String, JsonNode> member : schema.properties()) {
            String keyword = member.getKey();
            JsonNode value = member.getValue();
            String at = JsonPointers.child(pointer, keyword);
            if (SCHEMA.contains(keyword)) {
                walk(value, at, visitor);
            } else if (SCHEMA_ARRAY.contains(keyword) || keyword.equals("items") && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    walk(value.get(i), JsonPointers.child(at, i), visitor);
                }
            } else if (keyword.equals("items")) {
                walk(value, at, visitor);
            } else if (SCHEMA_MAP.contains(keyword) || keyword.equals("dependencies")) {
                // dependencies: a schema or (skipped, as it is no object) an array of property names
                for (Map.Entry<String, JsonNode> named : value.properties()) {
                    walk(named.getValue(), JsonPointers.child(at, named.getKey()), visitor);
                }
            }
        }
    }
}
