package dev.schemaforge.cli;

import java.util.function.Consumer;

import dev.schemaforge.catalog.SchemaNode;

/**
 * Warns about a JSON Schema document whose {@code $schema} names no dialect Schemaforge knows (a
 * typo, or a custom meta-schema): the document is then read in the default dialect, which decides
 * its keywords and how its references resolve, without anything else saying so.
 */
final class UnknownDialectCheck implements LintCheck {

    private static final String AT = "/$schema";

    @Override
    public void check(SchemaNode schema, Consumer<LintFinding> findings) {
        if (!schema.pointer().isEmpty()) {
            return;
        }
        schema.document().unknownSchemaUri().ifPresent(uri -> findings.accept(new LintFinding(
                schema.document().locate(AT), AT, LintRule.UNKNOWN_DIALECT, "\"" + uri + "\" names no dialect"
                        + " Schemaforge knows; the document is read as " + schema.dialect().shortName()
                        + ", the default dialect (--default-dialect changes it)")));
    }
}
