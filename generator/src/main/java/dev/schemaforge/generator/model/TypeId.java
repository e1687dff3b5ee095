package dev.schemaforge.generator.model;

import java.util.Objects;

/**
 * Identifies a generated type by the schema location that defines it ({@code file#/pointer}), so a
 * schema reached twice through {@code $ref} is one Java type, never a copy.
 */
public record TypeId(String reference) implements Comparable<TypeId> {

    public TypeId {
        Objects.requireNonNull(reference, "reference");
    }

    @Override
    public int compareTo(TypeId other) {
        return reference.compareTo(other.reference);
    }

    @Override
    public String toString() {
        return reference;
    }
}
