package dev.schemaforge.generator.model;

import java.util.Objects;

/** How a property or element refers to its type: a scalar, a generated type, a list or a map of one. */
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

    /** A JSON object used as a dictionary: any member name, one value type. */
    record MapOf(TypeRef value) implements TypeRef {
        public MapOf {
            Objects.requireNonNull(value, "value");
        }
    }
}
