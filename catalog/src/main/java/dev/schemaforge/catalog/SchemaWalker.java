package dev.schemaforge.catalog;

import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Visits every object in a document that may be a schema, skipping the values of keywords that
 * hold plain data ({@code enum}, {@code const}, {@code default}, examples), where a member named
 * {@code $ref} or {@code $id} is data, not a keyword.
 */
public final class SchemaWalker {

    /** Keywords whose values are instance data, never schemas. */
    private static final Set<String> DATA_KEYWORDS = Set.of("enum", "const", "default", "examples", "example");

    /** Keywords whose members are named schemas: a member called {@code enum} there is still a schema. */
    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "$defs",
            "definitions", "dependentSchemas", "schemas");

    /** Receives each object that may be a schema, with its JSON pointer in the document. */
    @FunctionalInterface
    public interface Visitor {
        void visit(String pointer, JsonNode object);
    }

    private SchemaWalker() {
    }

    /** Visits {@code root} and every object below it that may be a schema, parents before children. */
    public static void walk(JsonNode root, Visitor visitor) {
        walk(root, "", false, visitor);
    }

    private static void walk(JsonNode node, String pointer, boolean membersAreSchemas, Visitor visitor) {
        if (node.isObject()) {
            visitor.visit(pointer, node);
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                String key = member.getKey();
                if (!membersAreSchemas && DATA_KEYWORDS.contains(key)) {
                    continue;
                }
                boolean nextAreSchemas = !membersAreSchemas && SCHEMA_MAPS.contains(key);
                walk(member.getValue(), JsonPointers.child(pointer, key), nextAreSchemas, visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), JsonPointers.child(pointer, i), false, visitor);
            }
        }
    }
}
