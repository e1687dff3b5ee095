package dev.schemaforge.generator.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.schemaforge.catalog.Catalog;
import dev.schemaforge.catalog.SchemaNode;

import tools.jackson.databind.JsonNode;

/**
 * An OpenAPI {@code discriminator}: the property that names the variant, and which value names which
 * schema. Without a {@code mapping}, a variant's value is its schema's component name, as OpenAPI says.
 */
final class Discriminator {

    private static final Discriminator NONE = new Discriminator(null, Map.of(), Map.of());

    private final String property;
    private final Map<String, SchemaNode> mapping;
    private final Map<SchemaNode, String> entryNames;

    private Discriminator(String property, Map<String, SchemaNode> mapping, Map<SchemaNode, String> entryNames) {
        this.property = property;
        this.mapping = mapping;
        this.entryNames = entryNames;
    }

    /** The discriminator a schema declares, or one that tags nothing. */
    static Discriminator of(Catalog catalog, SchemaNode schema, Map<SchemaNode, String> entryNames) {
        JsonNode node = schema.node().path("discriminator");
        JsonNode property = node.isString() ? node : node.path("propertyName");
        if (!property.isString() || !SchemaFacts.isOpenApi(schema)) {
            return NONE;
        }
        Map<String, SchemaNode> mapping = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.path("mapping").properties()) {
            String target = schema.document().mappingReference(entry.getValue().asString());
            mapping.put(entry.getKey(), catalog.resolve(schema, target));
        }
        return new Discriminator(property.stringValue(), mapping, entryNames);
    }

    /** The discriminating property's name, or null. */
    String property() {
        return property;
    }

    /** The schemas the mapping names, in mapping order. */
    List<SchemaNode> mappedSchemas() {
        return new ArrayList<>(mapping.values());
    }

    /** The values that select a branch: mapping keys naming its schema, else its component name. */
    List<String> tagsFor(SchemaNode target) {
        if (property == null) {
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        mapping.forEach((value, schema) -> {
            if (schema.equals(target)) {
                tags.add(value);
            }
        });
        if (tags.isEmpty() && mapping.isEmpty() && entryNames.containsKey(target)) {
            tags.add(entryNames.get(target));
        }
        return tags;
    }
}
