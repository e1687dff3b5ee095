package dev.schemaforge.catalog;

import java.nio.file.Path;

import tools.jackson.databind.JsonNode;

/** Tells what a parsed document is and which schema dialect it speaks. */
final class DocumentKinds {

    private DocumentKinds() {
    }

    record Detected(DocumentKind kind, Dialect dialect) {
    }

    static Detected detect(Path file, JsonNode root, DocumentLocations locations, Dialect defaultDialect) {
        Location rootLocation = locations.nearest("");
        if (root.isBoolean()) {
            return new Detected(DocumentKind.JSON_SCHEMA, defaultDialect);
        }
        if (!root.isObject()) {
            throw new SchemaException(new Problem(rootLocation, "", null,
                    "a schema document is a JSON object or boolean, not " + root.getNodeType().name().toLowerCase()));
        }
        JsonNode openapi = root.path("openapi");
        if (openapi.isString()) {
            String version = openapi.stringValue();
            if (version.startsWith("3.0")) {
                return new Detected(DocumentKind.OPENAPI_3_0, Dialect.OPENAPI_3_0);
            }
            DocumentKind kind;
            if (version.startsWith("3.1")) {
                kind = DocumentKind.OPENAPI_3_1;
            } else if (version.startsWith("3.2")) {
                kind = DocumentKind.OPENAPI_3_2;
            } else {
                throw new SchemaException(new Problem(rootLocation, "/openapi", null,
                        "unsupported OpenAPI version \"" + version + "\" (supported: 3.0.x, 3.1.x, 3.2.x)"));
            }
            Dialect dialect = Dialect.DRAFT_2020_12;
            JsonNode declared = root.path("jsonSchemaDialect");
            if (declared.isString()) {
                dialect = Dialect.fromSchemaUri(declared.stringValue()).orElse(Dialect.DRAFT_2020_12);
            } else if (!declared.isMissingNode()) {
                throw new SchemaException(new Problem(locations.nearest("/jsonSchemaDialect"), "/jsonSchemaDialect",
                        null, JsonTypes.wrongKind("jsonSchemaDialect", declared, "a string (the dialect's URI)")));
            }
            return new Detected(kind, dialect);
        }
        if (root.path("swagger").isString()) {
            String version = root.path("swagger").stringValue();
            if (!version.startsWith("2.")) {
                throw new SchemaException(new Problem(rootLocation, "/swagger", null,
                        "unsupported Swagger version \"" + version + "\" (supported: 2.0)"));
            }
            return new Detected(DocumentKind.SWAGGER_2_0, Dialect.OPENAPI_3_0);
        }
        JsonNode schema = root.path("$schema");
        Dialect dialect = schema.isString()
                ? Dialect.fromSchemaUri(schema.stringValue()).orElse(defaultDialect)
                : defaultDialect;
        return new Detected(DocumentKind.JSON_SCHEMA, dialect);
    }
}
