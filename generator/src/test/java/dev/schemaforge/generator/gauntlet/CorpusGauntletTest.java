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
 * in memory and everything generated is compiled (see {@link Gauntlet}); then every corpus payload is
 * read into the compiled types and written back (see {@link Fidelity}). The factory runs it all up
 * front, writes the coverage page when {@value #REPORT_PROPERTY} names a file, and writes the lists a
 * person would paste into {@value KnownFailures#SOURCE} and {@value KnownFailures#ROUNDTRIP_SOURCE} to
 * {@code target/gauntlet/*.actual.txt}; then one dynamic test per unit and per checked payload judges
 * the result against its list: an unlisted failure fails, a listed failure is aborted with its reason,
 * a listed id that passes fails (so the lists only shrink).
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
        KnownFailures knownRoundTrips = KnownFailures.load(KnownFailures.ROUNDTRIP_RESOURCE);
        Gauntlet gauntlet = new Gauntlet(corpus.get());
        Fidelity fidelity = new Fidelity(corpus.get());
        List<GauntletUnit> units = gauntlet.units();
        long start = System.nanoTime();
        List<UnitResult> results = gauntlet.run(units, line -> System.out.println("[gauntlet] " + line), fidelity::check);
        List<SampleResult> samples = fidelity.finish(results);
        System.out.println("[gauntlet] " + units.size() + " units, " + samples.size() + " payloads in "
                + (System.nanoTime() - start) / 1_000_000 + " ms, of which round-trip checks "
                + fidelity.nanos() / 1_000_000 + " ms");

        writeActualList("known-failures.actual.txt", results.stream().filter(r -> !r.passed())
                .map(r -> r.unit().id() + KnownFailures.SEPARATOR + r.reason()).toList());
        writeActualList("roundtrip-known-failures.actual.txt", samples.stream()
                .filter(r -> r.judged() && r.status() == SampleResult.Status.FAILED)
                .map(r -> r.sample() + KnownFailures.SEPARATOR + r.detail()).toList());
        String report = System.getProperty(REPORT_PROPERTY);
        if (report != null && !report.isBlank()) {
            CoverageReport.write(Path.of(report), results, samples);
        }

        Map<String, List<DynamicNode>> byCorpus = new LinkedHashMap<>();
        for (UnitResult r : results) {
            byCorpus.computeIfAbsent(r.unit().corpus(), k -> new ArrayList<>())
                    .add(dynamicTest(r.unit().id(), () -> judge(r.unit().id(), r.passed(), r.reason()
                            + (r.unit().corpus().equals("schemastore") ? "" : "\nerrors by file: " + r.errorsByFile()),
                            known, KnownFailures.SOURCE)));
        }
        for (SampleResult r : samples) {
            if (r.judged()) {
                byCorpus.computeIfAbsent("round-trip " + r.unit().replaceAll("/.*", ""), k -> new ArrayList<>())
                        .add(dynamicTest(r.sample(), () -> judge(r.sample(), r.status() == SampleResult.Status.PASSED,
                                r.detail(), knownRoundTrips, KnownFailures.ROUNDTRIP_SOURCE)));
            }
        }
        List<DynamicNode> nodes = new ArrayList<>();
        byCorpus.forEach((name, tests) -> nodes.add(dynamicContainer(name, tests)));
        Set<String> ids = results.stream().map(r -> r.unit().id()).collect(Collectors.toSet());
        nodes.add(dynamicTest("every line of known-failures.txt names a unit", () -> noStaleLines(known, ids,
                KnownFailures.SOURCE)));
        Set<String> checked = samples.stream().filter(SampleResult::judged).map(SampleResult::sample)
                .collect(Collectors.toSet());
        nodes.add(dynamicTest("every line of roundtrip-known-failures.txt names a checked payload",
                () -> noStaleLines(knownRoundTrips, checked, KnownFailures.ROUNDTRIP_SOURCE)));
        return nodes.stream();
    }

    private static void judge(String id, boolean passed, String reason, KnownFailures known, String source) {
        Optional<KnownFailures.Entry> listed = known.find(id);
        if (passed) {
            if (listed.isPresent()) {
                fail(id + " now passes: delete line " + listed.get().line() + " of " + source);
            }
            return;
        }
        if (listed.isEmpty()) {
            fail(id + " fails and is not in " + source + ": " + reason);
        }
        Assumptions.assumeTrue(false, "known failure (" + listed.get().reason() + "); now: " + reason);
    }

    private static void noStaleLines(KnownFailures known, Set<String> ids, String source) {
        List<String> stale = known.entries().stream().filter(e -> !ids.contains(e.id()))
                .map(e -> source + ":" + e.line() + ": " + e.id()).toList();
        if (!stale.isEmpty()) {
            fail("lines naming nothing the gauntlet checked:\n" + String.join("\n", stale));
        }
    }

    /** Writes what a person would paste into a known-failures file to {@code target/gauntlet/<name>}. */
    private static void writeActualList(String name, List<String> lines) {
        try {
            Path file = Path.of("target/gauntlet", name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, lines.stream().map(l -> l + "\n").collect(Collectors.joining()),
                    StandardCharsets.UTF_8);
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
