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

    /**
     * Keywords whose members are named by the schema's author (mostly named schemas): a member called
     * {@code enum} or {@code $ref} there is a name, not a keyword.
     */
    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "$defs",
            "definitions", "dependentSchemas", "dependencies", "dependentRequired", "schemas");

    /** Receives each object that may be a schema, with its JSON pointer in the document. */
    @FunctionalInterface
    public interface Visitor {
        void visit(String pointer, JsonNode object);
    }

    /**
     * Receives each object that may be a schema, and whether it is the value of a keyword such as
     * {@code properties} instead, whose members are names, not keywords.
     */
    @FunctionalInterface
    public interface NamingVisitor {
        void visit(String pointer, JsonNode object, boolean namesMembers);
    }

    private SchemaWalker() {
    }

    /** Visits {@code root} and every object below it that may be a schema, parents before children. */
    public static void walk(JsonNode root, Visitor visitor) {
        walk(root, "", false, (pointer, object, namesMembers) -> visitor.visit(pointer, object));
    }

    /** Like {@link #walk(JsonNode, Visitor)}, telling maps of named members from schemas. */
    public static void walkNaming(JsonNode root, NamingVisitor visitor) {
        walk(root, "", false, visitor);
    }

    private static void walk(JsonNode node, String pointer, boolean membersAreSchemas, NamingVisitor visitor) {
        if (node.isObject()) {
            visitor.visit(pointer, node, membersAreSchemas);
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
