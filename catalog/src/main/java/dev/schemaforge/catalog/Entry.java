package dev.schemaforge.catalog;

import java.util.Objects;

/**
 * A named entry point: a JSON Schema file, or one schema of an OpenAPI document's
 * {@code components/schemas} (Swagger 2.0: {@code definitions}).
 *
 * @param name the schema's name: the component key, else the schema's {@code title}, else the file name
 * @param schema where it stands
 */
public record Entry(String name, SchemaNode schema) {

    public Entry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schema, "schema");
    }
}
