package dev.schemaforge.generator.model;

import java.util.List;
import java.util.Objects;

/**
 * A type that becomes one Java file: a record for an object schema, an enum for an {@code enum} or
 * {@code const}, a sealed interface for a {@code oneOf}/{@code anyOf}.
 */
public sealed interface NamedType {

    TypeId id();

    /** The name the schema suggests (component key, title, or owner + property); naming turns it into Java. */
    String nameHint();

    Source source();

    Docs docs();

    /**
     * An object schema with declared properties.
     *
     * @param additionalProperties the type of the members the schema does not name, which the record keeps in a
     *     map so they round-trip; null when the schema admits none
     * @param closed {@code additionalProperties: false}: an undeclared member is an error
     */
    record ObjectType(TypeId id, String nameHint, Source source, Docs docs, List<Property> properties,
            TypeRef additionalProperties, boolean closed) implements NamedType {
        public ObjectType {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(nameHint, "nameHint");
            properties = List.copyOf(properties);
        }
    }

    /**
     * A closed set of JSON values ({@code enum}, or {@code const} as a set of one); values keep their order.
     *
     * @param kind what JSON type the values have, which decides the Java type of the constants' value
     * @param values for {@link EnumKind#STRING} the strings as spelt; otherwise each value as JSON text
     * @param constantNames names the schema asks for ({@code x-enum-varnames}), one per value, or empty
     */
    record EnumType(TypeId id, String nameHint, Source source, Docs docs, EnumKind kind, List<String> values,
            List<String> constantNames) implements NamedType {
        public EnumType {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(nameHint, "nameHint");
            Objects.requireNonNull(kind, "kind");
            values = List.copyOf(values);
            constantNames = List.copyOf(constantNames);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("an enum type needs at least one value: " + id);
            }
            if (!constantNames.isEmpty() && constantNames.size() != values.size()) {
                throw new IllegalArgumentException("x-enum-varnames needs one name per value: " + id);
            }
        }

        /** An enum of strings, named from the values. */
        public EnumType(TypeId id, String nameHint, Source source, Docs docs, List<String> values) {
            this(id, nameHint, source, docs, EnumKind.STRING, values, List.of());
        }
    }

    /**
     * A {@code oneOf}/{@code anyOf} of more than one distinct type: a sealed interface whose permitted
     * types are the variants, read by looking at the JSON value (its token, then for objects the
     * discriminator, constant properties and required properties).
     *
     * @param variants the distinct variants in schema order
     * @param discriminator the OpenAPI discriminator's property name, or null
     */
    record UnionType(TypeId id, String nameHint, Source source, Docs docs, List<Variant> variants,
            String discriminator) implements NamedType {
        public UnionType {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(nameHint, "nameHint");
            variants = List.copyOf(variants);
            if (variants.size() < 2) {
                throw new IllegalArgumentException("a union needs at least two variants: " + id);
            }
        }
    }

    /**
     * One alternative of a union.
     *
     * @param type the variant's type; a record or enum implements the union itself, anything else is wrapped
     * @param tags discriminator values that select this variant (from the OpenAPI {@code mapping}, or the
     *     schema name when there is none); empty without a discriminator
     */
    record Variant(TypeRef type, List<String> tags) {
        public Variant {
            Objects.requireNonNull(type, "type");
            tags = List.copyOf(tags);
        }
    }

    /** The JSON type of an enum's values. */
    enum EnumKind {
        STRING,
        INTEGER,
        NUMBER,
        BOOLEAN,
        /** Values of more than one JSON type, e.g. {@code [1, "auto"]}. */
        MIXED
    }
}
