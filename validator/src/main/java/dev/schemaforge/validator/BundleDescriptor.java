package dev.schemaforge.validator;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.schemaforge.catalog.Dialect;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How to rebuild the catalog the generator read from the schemas bundled with the models, as
 * {@code META-INF/schemaforge/catalog.json} says (the Maven plugin writes it). Every path is
 * relative to {@code META-INF/schemaforge/}.
 *
 * @param defaultDialect the dialect of JSON Schema documents without {@code $schema}
 * @param roots the folders documents are named relative to, such as {@code schemas}
 * @param mappings remote {@code $ref} prefix to the folder that stands in for it
 * @param files every bundled document, or null when the descriptor does not list them (then the
 *     roots are listed instead, which works for folders and jars)
 */
record BundleDescriptor(Dialect defaultDialect, List<String> roots, Map<String, String> mappings,
        List<String> files) {

    /** The descriptor's name beside the type index. */
    static final String NAME = "catalog.json";

    /** What a bundle without a descriptor is taken to be: {@code schemas/} in the default dialect. */
    static final BundleDescriptor DEFAULT = new BundleDescriptor(Dialect.DRAFT_2020_12, List.of("schemas"),
            Map.of(), null);

    BundleDescriptor {
        roots = List.copyOf(roots);
        mappings = Map.copyOf(mappings);
        files = files == null ? null : List.copyOf(files);
    }

    /**
     * Reads a descriptor; {@code source} names it in errors.
     *
     * @throws IllegalStateException when it is not the JSON the plugin writes
     */
    static BundleDescriptor read(InputStream in, String source) throws IOException {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(in);
        } catch (JacksonException e) {
            throw new IllegalStateException(source + " is not well-formed JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalStateException(source + " is not a JSON object");
        }
        String dialectName = text(root.path("defaultDialect"), source, "defaultDialect",
                DEFAULT.defaultDialect().shortName());
        Dialect dialect = Dialect.parse(dialectName).orElseThrow(() -> new IllegalStateException(
                source + ": defaultDialect \"" + dialectName + "\" is not a dialect Schemaforge knows"));
        List<String> roots = root.has("roots") ? strings(root.get("roots"), source, "roots") : DEFAULT.roots();
        Map<String, String> mappings = new LinkedHashMap<>();
        JsonNode mapped = root.path("mappings");
        if (!mapped.isMissingNode() && !mapped.isObject()) {
            throw new IllegalStateException(source + ": mappings must be an object of prefix to folder");
        }
        for (String prefix : mapped.propertyNames()) {
            mappings.put(prefix, text(mapped.get(prefix), source, "mappings." + prefix, null));
        }
        List<String> files = root.has("files") ? strings(root.get("files"), source, "files") : null;
        return new BundleDescriptor(dialect, roots, mappings, files);
    }

    private static List<String> strings(JsonNode array, String source, String field) {
        if (!array.isArray()) {
            throw new IllegalStateException(source + ": " + field + " must be an array of paths");
        }
        List<String> out = new ArrayList<>();
        array.forEach(element -> out.add(text(element, source, field, null)));
        return out;
    }

    private static String text(JsonNode value, String source, String field, String absent) {
        if (value.isMissingNode() && absent != null) {
            return absent;
        }
        if (!value.isString()) {
            throw new IllegalStateException(source + ": " + field + " must be a string");
        }
        return value.stringValue();
    }
}
