package dev.schemaforge.generator.model;

/**
 * The human-facing annotations of a schema.
 *
 * @param title {@code title}, or null
 * @param description {@code description}, or null
 * @param deprecated {@code deprecated: true}
 * @param readOnly {@code readOnly: true}
 * @param writeOnly {@code writeOnly: true}
 */
public record Docs(String title, String description, boolean deprecated, boolean readOnly, boolean writeOnly) {

    public static final Docs NONE = new Docs(null, null, false, false, false);
}
