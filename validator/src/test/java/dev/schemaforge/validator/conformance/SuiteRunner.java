package dev.schemaforge.validator.conformance;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.schemaforge.catalog.Catalog;
import dev.schemaforge.validator.CompiledSchema;
import dev.schemaforge.validator.SchemaValidator;
import dev.schemaforge.validator.ValidationResult;

/**
 * Runs a draft's suite files through a {@link SchemaValidator} set up as a user would: a catalog
 * whose only source is the suite's {@code remotes/} folder mapped to {@code http://localhost:1234/},
 * the draft's dialect as default, formats asserted (our default). The one exception is the required
 * {@code format.json}, which checks format as an annotation and so runs through a second validator
 * over the same catalog with {@code formatAssertions(false)} (see {@link SuiteFile#formatAsAnnotation()}).
 * Each group's schema is compiled once with {@link SchemaValidator#inline}; its cases are checked as trees.
 */
final class SuiteRunner {

    /** The base URI the suite serves {@code remotes/} under. */
    static final String REMOTES_BASE = "http://localhost:1234/";

    private static final int MAX_DETAIL = 500;

    private SuiteRunner() {
    }

    /** The result of every case of {@code files}, keyed and ordered by case id within file order. */
    static Map<String, CaseResult> run(SuiteDraft draft, Path remotes, List<SuiteFile> files) {
        Catalog catalog = Catalog.builder().map(REMOTES_BASE, remotes).defaultDialect(draft.dialect()).build();
        SchemaValidator asserting = SchemaValidator.of(catalog);
        SchemaValidator annotating = SchemaValidator.builder().catalog(catalog).formatAssertions(false).build();
        Map<String, CaseResult> results = new LinkedHashMap<>();
        for (SuiteFile file : files) {
            SchemaValidator validator = file.formatAsAnnotation() ? annotating : asserting;
            for (SuiteGroup group : file.groups()) {
                CompiledSchema compiled;
                try {
                    compiled = validator.inline(group.schema());
                } catch (RuntimeException e) {
                    String detail = "the schema does not compile: " + describe(e);
                    group.cases().forEach(c -> results.put(c.id(), new CaseResult(c.id(), file.optional(), false,
                            detail)));
                    continue;
                }
                for (SuiteCase suiteCase : group.cases()) {
                    results.put(suiteCase.id(), check(compiled, suiteCase, file.optional()));
                }
            }
        }
        return results;
    }

    private static CaseResult check(CompiledSchema compiled, SuiteCase suiteCase, boolean optional) {
        ValidationResult result;
        try {
            result = compiled.validate(suiteCase.data());
        } catch (RuntimeException e) {
            return new CaseResult(suiteCase.id(), optional, false, "validation throws " + describe(e));
        }
        if (result.valid() == suiteCase.valid()) {
            return new CaseResult(suiteCase.id(), optional, true, "");
        }
        String detail = suiteCase.valid()
                ? "expected valid, but the validator reports " + result.violations().stream()
                        .map(v -> v.keyword() + " at " + v)
                        .collect(Collectors.joining("; "))
                : "expected invalid, but the validator accepts " + suiteCase.data();
        return new CaseResult(suiteCase.id(), optional, false, shorten(detail));
    }

    private static String describe(RuntimeException e) {
        return shorten(e.getClass().getName() + ": " + e.getMessage());
    }

    private static String shorten(String text) {
        return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL - 1) + "…";
    }
}
