package dev.schemaforge.generator.model;

/** The scalar types of the mapping contract; the emitter decides which Java class each becomes. */
public enum ScalarKind {
    STRING("String"),
    BOOLEAN("Boolean"),
    /** {@code integer} without format, and {@code int64}. */
    INT64("Long"),
    INT32("Integer"),
    /** {@code number} without format: exact decimal. */
    DECIMAL("Decimal"),
    DOUBLE("Double"),
    FLOAT("Float"),
    DATE_TIME("DateTime"),
    DATE("Date"),
    UUID("Uuid"),
    URI("Uri"),
    /** {@code format: byte}: base64 text as bytes. */
    BYTES("Bytes"),
    /** Any JSON value: a schema that constrains nothing the type system can express. */
    ANY("Any");

    private final String word;

    ScalarKind(String word) {
        this.word = word;
    }

    /** The word the kind contributes to a derived name: {@code StringValue}, {@code StringOrCustomer}. */
    public String word() {
        return word;
    }
}
