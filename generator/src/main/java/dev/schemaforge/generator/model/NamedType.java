package dev.schemaforge.generator.model;

import java.util.List;
import java.util.Objects;

/** A type that becomes one Java file: a record for an object schema, an enum for a string enum. */
public sealed interface NamedType {

    TypeId id();

    /** The name the schema suggests (component key, title, or owner + property); naming turns it into Java. */
    String nameHint();

    Source source();

    Docs docs();

    /**
     * An object schema with declared properties.
     *
     * @param additionalProperties when the schema also admits other members: their type; null when it does not say
     * @param closed {@code additionalProperties: false}: unknown members are an error, not ignored
     */
    record ObjectType(TypeId id, String nameHint, Source source, Docs docs, List<Property> properties,
            TypeRef additionalProperties, boolean closed) implements NamedType {
        public ObjectType {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(nameHint, "nameHint");
            properties = List.copyOf(properties);
        }
    }

    /** A string enum; values keep their order and spelling. */
    record EnumType(TypeId id, String nameHint, Source source, Docs docs, List<String> values)
            implements NamedType {
        public EnumType {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(nameHint, "nameHint");
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("an enum type needs at least one value: " + id);
            }
        }
    }
}
