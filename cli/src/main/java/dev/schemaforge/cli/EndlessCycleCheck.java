package dev.schemaforge.cli;

import java.util.function.Consumer;

import dev.schemaforge.catalog.Catalog;
import dev.schemaforge.catalog.EndlessCycles;
import dev.schemaforge.catalog.SchemaNode;

/**
 * Reports every schema inside a named schema that applies itself again without stepping into the
 * payload ({@link EndlessCycles}, which the generator uses too). A validator checking a payload that
 * reaches such a schema never finishes (the validator reports it as a schema error when it happens);
 * here it is found before any payload does.
 */
final class EndlessCycleCheck implements LintCheck {

    /** Shared by all entries, so a cycle reachable from several is reported once. */
    private final EndlessCycles cycles;

    EndlessCycleCheck(Catalog catalog) {
        this.cycles = new EndlessCycles(catalog);
    }

    @Override
    public void check(SchemaNode schema, Consumer<LintFinding> findings) {
        cycles.inside(schema).forEach(problem -> findings.accept(
                new LintFinding(problem.location(), problem.pointer(), LintRule.ENDLESS_CYCLE, problem.message())));
    }
}
