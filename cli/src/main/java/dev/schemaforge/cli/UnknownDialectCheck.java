package dev.schemaforge.cli;

import java.util.function.Consumer;

import dev.schemaforge.catalog.Dialect;
import dev.schemaforge.catalog.DocumentKind;
import dev.schemaforge.catalog.SchemaNode;

import tools.jackson.databind.JsonNode;

/**
 * Warns about a JSON Schema document whose {@code $schema} names no dialect Schemaforge knows (a
 * typo, or a custom meta-schema): the document is then read in the default dialect, which decides
 * its keywords and how its references resolve, without anything else saying so.
 */
final class UnknownDialectCheck implements LintCheck {

    private static final String AT = "/$schema";

    @Override
    public void check(SchemaNode schema, Consumer<LintFinding> findings) {
        if (schema.document().kind() != DocumentKind.JSON_SCHEMA || !schema.pointer().isEmpty()) {
            return;
        }
        JsonNode declared = schema.node().path("$schema");
        if (declared.isString() && Dialect.fromSchemaUri(declared.stringValue()).isEmpty()) {
            findings.accept(new LintFinding(schema.document().locate(AT), AT, LintRule.UNKNOWN_DIALECT,
                    "\"" + declared.stringValue() + "\" names no dialect Schemaforge knows; the document is read as "
                            + schema.dialect().shortName() + ", the default dialect (--default-dialect changes it)"));
        }
    }
}
