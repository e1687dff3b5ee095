package dev.schemaforge.generator.model;

/** The scalar types of the mapping contract; the emitter decides which Java class each becomes. */
public enum ScalarKind {
    STRING,
    BOOLEAN,
    /** {@code integer} without format, and {@code int64}. */
    INT64,
    INT32,
    /** {@code number} without format: exact decimal. */
    DECIMAL,
    DOUBLE,
    FLOAT,
    DATE_TIME,
    DATE,
    UUID,
    URI,
    /** {@code format: byte}: base64 text as bytes. */
    BYTES,
    /** Any JSON value: a schema that constrains nothing the type system can express. */
    ANY
}
