package dev.schemaforge.generator.model;

import java.util.Objects;

/**
 * Where a generated type comes from, for headers, Javadoc and the type index.
 *
 * @param document the schema file relative to its root, with {@code /} separators
 * @param pointer the JSON pointer of the schema within it
 * @param line 1-based line of the schema, 0 when unknown
 */
public record Source(String document, String pointer, int line) {

    public Source {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(pointer, "pointer");
    }

    /** {@code document#pointer}. */
    public String reference() {
        return document + "#" + pointer;
    }
}
