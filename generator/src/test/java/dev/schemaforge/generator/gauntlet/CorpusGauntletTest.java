package dev.schemaforge.generator.gauntlet;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The generator against the real corpus: every API description and SchemaStore schema is generated
 * in memory and everything generated is compiled (see {@link Gauntlet}). The factory runs it all up
 * front, writes the coverage page when {@value #REPORT_PROPERTY} names a file, and writes the list a
 * person would paste into {@value KnownFailures#SOURCE} to {@code target/gauntlet/known-failures.actual.txt};
 * then one dynamic test per unit judges the result against that list: an unlisted failure fails,
 * a listed failure is aborted with its reason, a listed unit that passes fails (so the list only shrinks).
 */
class CorpusGauntletTest {

    static final String REPORT_PROPERTY = "schemaforge.coverageReport";

    @TestFactory
    Stream<DynamicNode> gauntlet() {
        Optional<Path> corpus = corpus();
        if (corpus.isEmpty()) {
            return Stream.of(dynamicTest("corpus gauntlet", () -> Assumptions.assumeTrue(false,
                    "corpus not found: set -Dschemaforge.corpus to the folder holding openapi/, sso-upstream/ and"
                            + " schemastore/ (../shared/corpus by default); the gauntlet is skipped")));
        }
        KnownFailures known = KnownFailures.load();
        Gauntlet gauntlet = new Gauntlet(corpus.get());
        List<GauntletUnit> units = gauntlet.units();
        long start = System.nanoTime();
        List<UnitResult> results = gauntlet.run(units, line -> System.out.println("[gauntlet] " + line));
        System.out.println("[gauntlet] " + units.size() + " units in " + (System.nanoTime() - start) / 1_000_000 + " ms");

        writeActualList(results);
        String report = System.getProperty(REPORT_PROPERTY);
        if (report != null && !report.isBlank()) {
            CoverageReport.write(Path.of(report), results);
        }

        Map<String, List<DynamicNode>> byCorpus = new LinkedHashMap<>();
        for (UnitResult r : results) {
            byCorpus.computeIfAbsent(r.unit().corpus(), k -> new ArrayList<>())
                    .add(dynamicTest(r.unit().id(), () -> judge(r, known)));
        }
        List<DynamicNode> nodes = new ArrayList<>();
        byCorpus.forEach((name, tests) -> nodes.add(dynamicContainer(name, tests)));
        Set<String> ids = results.stream().map(r -> r.unit().id()).collect(Collectors.toSet());
        nodes.add(dynamicTest("every line of known-failures.txt names a unit", () -> {
            List<String> stale = known.entries().stream().filter(e -> !ids.contains(e.id()))
                    .map(e -> KnownFailures.SOURCE + ":" + e.line() + ": " + e.id()).toList();
            if (!stale.isEmpty()) {
                fail("lines naming no gauntlet unit:\n" + String.join("\n", stale));
            }
        }));
        return nodes.stream();
    }

    private static void judge(UnitResult r, KnownFailures known) {
        Optional<KnownFailures.Entry> listed = known.find(r.unit().id());
        if (r.passed()) {
            if (listed.isPresent()) {
                fail(r.unit().id() + " now passes: delete line " + listed.get().line() + " of " + KnownFailures.SOURCE);
            }
            return;
        }
        if (listed.isEmpty()) {
            fail(r.unit().id() + " fails and is not in " + KnownFailures.SOURCE + ": " + r.reason()
                    + (r.unit().corpus().equals("schemastore") ? "" : "\nerrors by file: " + r.errorsByFile()));
        }
        Assumptions.assumeTrue(false, "known failure (" + listed.get().reason() + "); now: " + r.reason());
    }

    private static void writeActualList(List<UnitResult> results) {
        StringBuilder out = new StringBuilder();
        for (UnitResult r : results) {
            if (!r.passed()) {
                out.append(r.unit().id()).append(KnownFailures.SEPARATOR).append(r.reason()).append('\n');
            }
        }
        try {
            Path file = Path.of("target/gauntlet/known-failures.actual.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> corpus() {
        String corpus = System.getProperty("schemaforge.corpus");
        if (corpus == null || corpus.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(corpus);
        return Files.isDirectory(path.resolve("schemastore/schemas")) ? Optional.of(path) : Optional.empty();
    }
}
