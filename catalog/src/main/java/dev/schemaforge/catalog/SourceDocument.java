package dev.schemaforge.catalog;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * One loaded file: its tree, what kind of document it is, and the location of every value.
 *
 * @param uri the absolute {@code file:} URI, the base for its relative references
 * @param file the file on disk
 * @param displayName the file's path relative to its catalog root, used in messages and generated headers
 * @param root the parsed tree
 * @param kind JSON Schema, Swagger or OpenAPI (and which version)
 * @param dialect the dialect of the schemas in it
 * @param locations where each value starts, by JSON pointer
 * @param resourceBases the base URI each embedded resource ({@code $id}) sets, by the pointer of its root
 */
public record SourceDocument(URI uri, Path file, String displayName, JsonNode root, DocumentKind kind,
        Dialect dialect, DocumentLocations locations, Map<String, URI> resourceBases) {

    /**
     * The root's {@code $schema} when this JSON Schema document's {@code $schema} names no dialect
     * Schemaforge knows; the document is then read in the default dialect ({@link #dialect()}).
     * Empty for any other document.
     */
    public Optional<String> unknownSchemaUri() {
        JsonNode declared = root.path("$schema");
        return kind == DocumentKind.JSON_SCHEMA && declared.isString()
                && Dialect.fromSchemaUri(declared.stringValue()).isEmpty()
                ? Optional.of(declared.stringValue()) : Optional.empty();
    }

    /** The base URI in force at {@code pointer}: that of the nearest enclosing {@code $id}, else the file's. */
    public URI baseUriAt(String pointer) {
        String p = pointer;
        while (true) {
            URI base = resourceBases.get(p);
            if (base != null) {
                return base;
            }
            if (p.isEmpty()) {
                return uri;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Where the value at {@code pointer} starts; the nearest enclosing value when that one does not exist. */
    public Location locate(String pointer) {
        return locations.nearest(pointer);
    }

    /** The value at {@code pointer}, or a missing node. */
    public JsonNode at(String pointer) {
        JsonNode node = root;
        for (String segment : JsonPointers.segments(pointer)) {
            if (node.isObject()) {
                node = node.path(segment);
            } else if (node.isArray() && segment.matches("\\d+")) {
                // an index beyond int's range names no element either
                node = segment.length() > 9 ? MissingNode.getInstance() : node.path(Integer.parseInt(segment));
            } else {
                return node.path(segment);
            }
        }
        return node;
    }

    /** The schema at {@code pointer}, such as the object holding a {@code $ref} to resolve. */
    public SchemaNode schemaAt(String pointer) {
        return new SchemaNode(this, pointer, at(pointer));
    }

    /** The pointers below which this document keeps its named schemas. */
    public List<String> schemaContainers() {
        return switch (kind) {
            case JSON_SCHEMA -> List.of();
            case SWAGGER_2_0 -> List.of("/definitions");
            default -> List.of("/components/schemas");
        };
    }

    /**
     * An OpenAPI discriminator's {@code mapping} value as the reference it stands for: a bare schema
     * name ({@code Cat}) names a schema of this document's container, anything else is a reference.
     */
    public String mappingReference(String value) {
        if (value.contains("#") || value.contains("/")) {
            return value;
        }
        return "#" + (kind == DocumentKind.SWAGGER_2_0 ? "/definitions" : "/components/schemas") + "/"
                + JsonPointers.escape(value);
    }
}
