package dev.schemaforge.catalog;

/** What a loaded document is, detected from its root members. */
public enum DocumentKind {
    /** A JSON Schema document; its {@link Dialect} comes from {@code $schema} or the catalog default. */
    JSON_SCHEMA,
    /** Swagger 2.0: schemas under {@code definitions}. */
    SWAGGER_2_0,
    /** OpenAPI 3.0.x: schemas under {@code components/schemas}, OpenAPI's own schema dialect. */
    OPENAPI_3_0,
    /** OpenAPI 3.1.x: component schemas are JSON Schema 2020-12 unless {@code jsonSchemaDialect} says otherwise. */
    OPENAPI_3_1,
    /** OpenAPI 3.2.x, treated as 3.1 for schemas. */
    OPENAPI_3_2;

    /** True for every OpenAPI and Swagger version. */
    public boolean isApiDescription() {
        return this != JSON_SCHEMA;
    }
}
