package dev.schemaforge.cli;

import java.util.HashSet;
import java.util.Set;

import dev.schemaforge.catalog.Dialect;
import dev.schemaforge.catalog.DocumentKind;
import dev.schemaforge.catalog.SchemaNode;
import dev.schemaforge.validator.SchemaValidator;

/**
 * What a named schema is checked against: the meta-schema of its dialect and the keywords of its
 * vocabulary, taken from networknt's dialect tables. OpenAPI 3.0 and Swagger 2.0 schema objects have
 * no published meta-schema of their own; they are a subset of draft 4 plus a few keywords, so the
 * draft-4 meta-schema checks their shape. OpenAPI 3.1+ components are checked against their
 * {@code jsonSchemaDialect} (2020-12 by default), whose meta-schema allows OpenAPI's extra keywords.
 */
final class LintDialects {

    /** The keywords OpenAPI adds to JSON Schema (3.1+; 3.0's table in networknt has them already). */
    private static final Set<String> OPENAPI_KEYWORDS = Set.of("discriminator", "xml", "externalDocs", "example");
    /** networknt checks OpenAPI 3.0's boolean exclusive bounds inside minimum/maximum, so its table lacks them. */
    private static final Set<String> OPENAPI_3_0_BOUNDS = Set.of("exclusiveMinimum", "exclusiveMaximum");
    /** Entries of networknt's tables that are its own devices, not keywords of any dialect. */
    private static final Set<String> NOT_KEYWORDS = Set.of("notAllowed", "exampleSetFlag", "true", "false");

    private LintDialects() {
    }

    /** The dialect a named schema is written in, with OpenAPI 3.0 and Swagger 2.0 both as {@code OPENAPI_3_0}. */
    static Dialect dialect(SchemaNode schema) {
        DocumentKind kind = schema.document().kind();
        return kind == DocumentKind.OPENAPI_3_0 || kind == DocumentKind.SWAGGER_2_0 ? Dialect.OPENAPI_3_0
                : schema.dialect();
    }

    /** The URI of the meta-schema the schema must conform to; networknt has each one on its classpath. */
    static String metaSchema(SchemaNode schema) {
        Dialect dialect = dialect(schema);
        return dialect == Dialect.OPENAPI_3_0 ? Dialect.DRAFT_4.uri() : dialect.uri();
    }

    /** How findings name the meta-schema, such as {@code draft4}. */
    static String metaSchemaName(SchemaNode schema) {
        Dialect dialect = dialect(schema);
        return (dialect == Dialect.OPENAPI_3_0 ? Dialect.DRAFT_4 : dialect).shortName();
    }

    /** The keywords of the schema's dialect, plus OpenAPI's own in an OpenAPI document. */
    static Set<String> keywords(SchemaNode schema) {
        Dialect dialect = dialect(schema);
        Set<String> keywords = new HashSet<>(SchemaValidator.engineDialect(dialect).getKeywords().keySet());
        keywords.removeAll(NOT_KEYWORDS);
        if (dialect == Dialect.OPENAPI_3_0) {
            keywords.addAll(OPENAPI_3_0_BOUNDS);
        }
        if (schema.document().kind().isApiDescription()) {
            keywords.addAll(OPENAPI_KEYWORDS);
        }
        return keywords;
    }
}
