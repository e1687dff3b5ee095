package dev.schemaforge.catalog;

import java.net.URI;
import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * A schema at one location: the document, the JSON pointer in it, the tree there, and the base URI
 * against which its {@code $ref}s resolve. Two nodes are equal when they stand at the same place.
 */
public final class SchemaNode {

    private final SourceDocument document;
    private final String pointer;
    private final JsonNode node;

    SchemaNode(SourceDocument document, String pointer, JsonNode node) {
        this.document = Objects.requireNonNull(document, "document");
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.node = Objects.requireNonNull(node, "node");
    }

    public SourceDocument document() {
        return document;
    }

    /** JSON pointer within {@link #document()}, {@code ""} for the root. */
    public String pointer() {
        return pointer;
    }

    public JsonNode node() {
        return node;
    }

    /** The URI its relative {@code $ref}s resolve against. */
    public URI baseUri() {
        return document.baseUriAt(pointer);
    }

    public Dialect dialect() {
        return document.dialect();
    }

    public Location location() {
        return document.locate(pointer);
    }

    /** The schema at a child path such as {@code properties, name}. */
    public SchemaNode child(String... segments) {
        String p = pointer;
        JsonNode n = node;
        for (String segment : segments) {
            p = JsonPointers.child(p, segment);
            n = n.path(segment);
        }
        return new SchemaNode(document, p, n);
    }

    /** The schema at an array index below this one. */
    public SchemaNode child(String name, int index) {
        return new SchemaNode(document, JsonPointers.child(JsonPointers.child(pointer, name), index),
                node.path(name).path(index));
    }

    /** {@code file#/pointer}: how messages and generated headers name a schema. */
    public String reference() {
        return document.displayName() + "#" + pointer;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SchemaNode other && other.document.uri().equals(document.uri())
                && other.pointer.equals(pointer);
    }

    @Override
    public int hashCode() {
        return document.uri().hashCode() * 31 + pointer.hashCode();
    }

    @Override
    public String toString() {
        return reference();
    }
}
