package dev.schemaforge.cli;

/** Every lint rule, its id (shown after each finding) and how serious its findings are. */
enum LintRule {
    /**
     * A document cannot be read, a {@code $ref} does not resolve, or a keyword the catalog reads as text
     * ({@code $ref}, {@code $id}, {@code $anchor}, {@code $schema}) is no string; reported by the catalog.
     */
    REFERENCE("reference", true),
    /** A schema does not conform to its dialect's meta-schema. */
    META_SCHEMA("meta-schema", true),
    /** A schema applies itself again to the same value: validating a payload that reaches it never ends. */
    ENDLESS_CYCLE("endless-cycle", true),
    /** A JSON Schema document's {@code $schema} names no dialect Schemaforge knows; it is read in the default one. */
    UNKNOWN_DIALECT("unknown-dialect", false),
    /** A member of a schema object is not a keyword of its dialect and not an {@code x-} extension. */
    UNKNOWN_KEYWORD("unknown-keyword", false),
    /** A {@code format} value that neither the validator nor OpenAPI defines. */
    UNKNOWN_FORMAT("unknown-format", false);

    private final String id;
    private final boolean error;

    LintRule(String id, boolean error) {
        this.id = id;
        this.error = error;
    }

    String id() {
        return id;
    }

    /** True for errors, which fail {@code lint}; false for warnings. */
    boolean isError() {
        return error;
    }

    String severity() {
        return error ? "error" : "warning";
    }
}
