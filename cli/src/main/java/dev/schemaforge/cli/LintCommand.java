package dev.schemaforge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import dev.schemaforge.catalog.Catalog;
import dev.schemaforge.catalog.Entry;
import dev.schemaforge.validator.SchemaValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code schemaforge lint}: loads the catalog, which resolves every reference, then runs every
 * {@link LintCheck} on every named schema (each JSON Schema document, each OpenAPI component) and
 * prints one {@code FILE:LINE:COL: error|warning: ...} line per finding. A document that cannot be
 * read and a reference that does not resolve are findings too; the documents that did load are
 * checked all the same, so one run lists everything to fix.
 */
@Command(name = "lint",
        description = {"Checks schema documents: every document loads and every $ref and discriminator mapping "
                + "resolves (errors), each "
                + "JSON Schema document and each OpenAPI component schema conforms to its dialect's meta-schema "
                + "and never applies itself again without stepping into the payload (errors), and $schema "
                + "dialects, keywords and formats are known (warnings). A document that does "
                + "not load or resolve is reported, and the others are checked all the same.",
            "OpenAPI 3.0 and Swagger 2.0 schemas are checked against the draft-4 meta-schema, of which they are "
                + "a subset; schemas written inline in OpenAPI paths are not checked."},
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        sortSynopsis = false,
        exitCodeOnExecutionException = ExitCodes.INTERNAL,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no errors (there may be warnings)",
            "1:some document has an error",
            "2:invalid usage or option",
            "3:internal error"})
final class LintCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CatalogOptions catalogOptions;

    @Override
    public Integer call() {
        if (catalogOptions.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--schemas=FILE|DIR'");
        }
        List<LintFinding> findings = new ArrayList<>();
        Catalog catalog;
        try {
            // a document that cannot be read, or a reference that does not resolve, is one finding
            // more: the documents that did load are checked all the same
            catalog = catalogOptions.buildTolerating(problem -> findings.add(new LintFinding(problem.location(),
                    problem.pointer(), LintRule.REFERENCE, problem.message())));
        } catch (SchemaInputs.InvalidGlobException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (UserInputException e) {
            return UsageErrors.report(spec, "schemaforge: " + e.getMessage());
        }
        List<LintCheck> checks = LintCheck.all(catalog, SchemaValidator.of(catalog));
        for (Entry entry : catalog.entries()) {
            for (LintCheck check : checks) {
                check.check(entry.schema(), findings::add);
            }
        }
        print(withoutRepeats(findings), catalog.inputs().size()
                + (catalog.inputs().size() == 1 ? " document" : " documents")
                + ", " + catalog.entries().size() + (catalog.entries().size() == 1 ? " schema" : " schemas")
                + " checked");
        return findings.stream().anyMatch(f -> f.rule().isError()) ? ExitCodes.INVALID : ExitCodes.OK;
    }

    /**
     * The findings less each meta-schema finding at a value the catalog already reported there
     * ({@code "$ref": 5}): the catalog says the same in the words validate and generate use.
     */
    private static List<LintFinding> withoutRepeats(List<LintFinding> findings) {
        Set<String> reported = findings.stream()
                .filter(f -> f.rule() == LintRule.REFERENCE)
                .map(f -> f.location() + "#" + f.pointer())
                .collect(Collectors.toSet());
        return findings.stream()
                .filter(f -> f.rule() != LintRule.META_SCHEMA || !reported.contains(f.location() + "#" + f.pointer()))
                .toList();
    }

    /** Every finding by file, line and column (rule order within a place), then a summary line. */
    private void print(List<LintFinding> findings, String what) {
        Path base = Path.of("").toAbsolutePath();
        PrintWriter out = spec.commandLine().getOut();
        findings.stream()
                .sorted(Comparator.comparing((LintFinding f) -> f.location().file().toString())
                        .thenComparingInt(f -> f.location().line())
                        .thenComparingInt(f -> f.location().column())
                        .thenComparing(LintFinding::rule))
                .forEach(f -> out.println(f.line(base)));
        long errors = findings.stream().filter(f -> f.rule().isError()).count();
        long warnings = findings.size() - errors;
        out.println(what + ": " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
                + (warnings == 1 ? " warning" : " warnings"));
        out.flush();
    }
}
