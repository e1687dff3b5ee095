package dev.schemaforge.cli;

import java.util.List;
import java.util.function.Consumer;

import dev.schemaforge.catalog.Catalog;
import dev.schemaforge.catalog.SchemaNode;
import dev.schemaforge.validator.SchemaValidator;

/**
 * One concern {@code lint} checks in each named schema of the catalog. Every check is registered in
 * {@link #all}; a new concern is a new class and one more entry there.
 */
interface LintCheck {

    /** Reports what is wrong with one named schema (a JSON Schema document, or one OpenAPI component). */
    void check(SchemaNode schema, Consumer<LintFinding> findings);

    /** Every check, in the order their findings are listed at the same place. */
    static List<LintCheck> all(Catalog catalog, SchemaValidator validator) {
        return List.of(new MetaSchemaCheck(validator), new EndlessCycleCheck(catalog), new UnknownDialectCheck(),
                new UnknownKeywordCheck(), new UnknownFormatCheck(), new DiscriminatorMappingCheck(catalog));
    }
}
