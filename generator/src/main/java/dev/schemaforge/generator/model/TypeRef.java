package dev.schemaforge.generator.model;

import java.util.Objects;

/**
 * How a property or element refers to its type: a scalar, a generated type, a class the schema names, or a
 * list or map of one.
 */
public sealed interface TypeRef {

    /** A value type every JSON value maps to without a generated class. */
    record Scalar(ScalarKind kind) implements TypeRef {
        public Scalar {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** A generated type, by the schema location that defines it. */
    record Named(TypeId id) implements TypeRef {
        public Named {
            Objects.requireNonNull(id, "id");
        }
    }

    /** A JSON array whose items all have one type. */
    record ListOf(TypeRef item) implements TypeRef {
        public ListOf {
            Objects.requireNonNull(item, "item");
        }
    }

    /** A class the schema names itself ({@code x-java-type}, {@code javaType}), used as it is. */
    record External(String typeName) implements TypeRef {
        public External {
            Objects.requireNonNull(typeName, "typeName");
        }
    }

    /** A JSON object used as a dictionary: any member name, one value type. */
    record MapOf(TypeRef value) implements TypeRef {
        public MapOf {
            Objects.requireNonNull(value, "value");
        }
    }
}
