package dev.schemaforge.generator.model;

import java.util.Objects;

/**
 * One member of an object type.
 *
 * @param wireName the JSON member name, exactly as the schema spells it
 * @param type its type
 * @param required listed in {@code required}: must be present
 * @param nullable the schema allows an explicit JSON {@code null}
 * @param docs description and flags of the property's schema
 * @param defaultValue the schema's {@code default} as JSON text, or null
 */
public record Property(String wireName, TypeRef type, boolean required, boolean nullable, Docs docs,
        String defaultValue) {

    public Property {
        Objects.requireNonNull(wireName, "wireName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(docs, "docs");
    }
}
