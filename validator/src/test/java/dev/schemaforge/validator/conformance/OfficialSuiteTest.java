package dev.schemaforge.validator.conformance;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The official JSON Schema Test Suite, every case of drafts 4, 6, 7, 2019-09 and 2020-12, required
 * and optional, as dynamic tests: draft, then required/optional, then file, group and case. A case
 * fails when the validator disagrees with the suite and the case is not in
 * {@value KnownFailures#SOURCE}, and also when a listed case passes (so the list only shrinks).
 * Listed cases that still fail are reported as aborted, with their reason. The factory validates
 * every case up front (a few seconds), so that with the system property {@value #REPORT_PROPERTY}
 * naming a file it can write the conformance page there from complete results; the dynamic tests
 * then only judge those results. How each draft is configured is {@link SuiteRunner}'s concern.
 */
class OfficialSuiteTest {

    /** Names the Markdown file to write; see {@link ConformanceReport#COMMAND}. */
    static final String REPORT_PROPERTY = "schemaforge.conformanceReport";

    @TestFactory
    Stream<DynamicNode> officialSuite() {
        Optional<Path> found = suiteFolder();
        if (found.isEmpty()) {
            // A skipped test, not a skipped factory: surefire counts and shows only the former.
            return Stream.of(dynamicTest("official JSON Schema Test Suite",
                    () -> Assumptions.assumeTrue(false, OfficialSuiteTest::corpusNotFound)));
        }
        Path suite = found.get();
        Path tests = suite.resolve("tests");
        Path remotes = suite.resolve("remotes");
        KnownFailures known = KnownFailures.load();

        Map<SuiteDraft, List<SuiteFile>> files = new EnumMap<>(SuiteDraft.class);
        Map<SuiteDraft, Map<String, CaseResult>> results = new EnumMap<>(SuiteDraft.class);
        for (SuiteDraft draft : SuiteDraft.values()) {
            files.put(draft, SuiteReader.read(tests, draft));
            results.put(draft, SuiteRunner.run(draft, remotes, files.get(draft)));
        }
        String report = System.getProperty(REPORT_PROPERTY);
        if (report != null && !report.isBlank()) {
            ConformanceReport.write(Path.of(report), results, files, known);
        }

        List<DynamicNode> nodes = new ArrayList<>();
        for (SuiteDraft draft : SuiteDraft.values()) {
            nodes.add(draft(draft, files.get(draft), results.get(draft), known));
        }
        nodes.add(dynamicTest("every line of known-failures.txt names a suite case",
                () -> everyEntryNamesACase(known, results)));
        return nodes.stream();
    }

    /** The suite below the folder that the system property {@code schemaforge.corpus} names, if it is there. */
    private static Optional<Path> suiteFolder() {
        String corpus = System.getProperty("schemaforge.corpus");
        if (corpus == null || corpus.isBlank()) {
            return Optional.empty();
        }
        Path suite = Path.of(corpus).resolve("json-schema-test-suite");
        return Files.isDirectory(suite.resolve("tests")) ? Optional.of(suite) : Optional.empty();
    }

    private static String corpusNotFound() {
        String corpus = System.getProperty("schemaforge.corpus");
        return "corpus not found: the official JSON Schema Test Suite is expected at "
                + (corpus == null ? "<system property schemaforge.corpus, not set>"
                        : Path.of(corpus).resolve("json-schema-test-suite"))
                + "; skipping the conformance tests (CI always has the corpus)";
    }

    private static DynamicNode draft(SuiteDraft draft, List<SuiteFile> files, Map<String, CaseResult> results,
            KnownFailures known) {
        return dynamicContainer(draft.folder(), Stream.of(
                part("required", files.stream().filter(f -> !f.optional()), results, known),
                part("optional", files.stream().filter(SuiteFile::optional), results, known)));
    }

    private static DynamicNode part(String name, Stream<SuiteFile> files, Map<String, CaseResult> results,
            KnownFailures known) {
        return dynamicContainer(name, files.map(file -> dynamicContainer(file.path(), file.file().toUri(),
                file.groups().stream().map(group -> dynamicContainer(displayName(group.description()),
                        group.cases().stream().map(suiteCase -> dynamicTest(displayName(suiteCase.description()),
                                () -> verdict(results.get(suiteCase.id()), known))))))));
    }

    private static String displayName(String description) {
        String name = SuiteCase.normalise(description);
        return name.isEmpty() ? "(no description)" : name;
    }

    private static void verdict(CaseResult result, KnownFailures known) {
        Optional<KnownFailures.Entry> listed = known.find(result.id());
        if (result.passed()) {
            if (listed.isPresent()) {
                fail(result.id() + " now passes, but " + KnownFailures.SOURCE + ":" + listed.get().line()
                        + " lists it as a known failure (" + listed.get().reason() + "): delete that line");
            }
            return;
        }
        if (listed.isEmpty()) {
            fail(result.id() + ": " + result.detail() + "\nFix it, or add \"" + result.id() + KnownFailures.SEPARATOR
                    + "<specific reason>\" to " + KnownFailures.SOURCE);
        }
        Assumptions.abort("known failure: " + listed.get().reason());
    }

    private static void everyEntryNamesACase(KnownFailures known, Map<SuiteDraft, Map<String, CaseResult>> results) {
        List<String> stale = known.entries().stream()
                .filter(entry -> results.values().stream().noneMatch(m -> m.containsKey(entry.id())))
                .map(entry -> KnownFailures.SOURCE + ":" + entry.line() + ": " + entry.id())
                .toList();
        if (!stale.isEmpty()) {
            fail("these known failures name no case of the suite (renamed or removed upstream?); correct or delete"
                    + " them:\n" + String.join("\n", stale));
        }
    }
}
