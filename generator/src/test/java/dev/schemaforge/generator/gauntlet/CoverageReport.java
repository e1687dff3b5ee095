package dev.schemaforge.generator.gauntlet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Renders the gauntlet's results as {@code docs/coverage.md}: no timings, no machine details, stable order. */
final class CoverageReport {

    static final String COMMAND = "./mvnw -B -q install -DskipTests -pl catalog,generator -am && ./mvnw -B test"
            + " -pl generator -Dtest=CorpusGauntletTest -Dsurefire.failIfNoSpecifiedTests=false"
            + " -Dschemaforge.coverageReport=$PWD/docs/coverage.md";

    private CoverageReport() {
    }

    static void write(Path file, List<UnitResult> results, List<SampleResult> samples) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, render(results, samples), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String render(List<UnitResult> results, List<SampleResult> samples) {
        StringBuilder out = new StringBuilder();
        out.append("# Generator coverage on the real corpus\n\n")
                .append("How the `generator` module fares on schemas nobody on this project wrote, read in place from\n")
                .append("`../shared/corpus` by `CorpusGauntletTest` (`generator/src/test/java/dev/schemaforge/generator/gauntlet/`).\n")
                .append("Each unit is one `GenerationRequest` run in memory into its own package; all sources a unit\n")
                .append("generated are then compiled by in-process javac (`--release 17 -Xlint:all`, no `-Werror`:\n")
                .append("warnings are counted below, not failures). SchemaStore schemas map `")
                .append(Gauntlet.SCHEMASTORE_PREFIX).append("` and `")
                .append(Gauntlet.SCHEMASTORE_WWW_PREFIX).append("` to\n`schemastore/schemas/` and compile ")
                .append(Gauntlet.BATCH).append(" packages per javac task. Generated; do not edit.\n\n")
                .append("\"Compile OK\" says only that javac accepted the code; whether the types are right for the data is\n")
                .append("measured under [Round-trip fidelity](#round-trip-fidelity).\n\n");

        Map<String, List<UnitResult>> byCorpus = new LinkedHashMap<>();
        results.forEach(r -> byCorpus.computeIfAbsent(r.unit().corpus(), k -> new ArrayList<>()).add(r));
        out.append("## Results\n\n")
                .append("| corpus | units | schemas read | types generated | generate OK | compile OK | generate | compile | lint-clean | javac warnings |\n")
                .append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        List<UnitResult> all = new ArrayList<>();
        byCorpus.forEach((corpus, rs) -> {
            row(out, corpus, rs);
            all.addAll(rs);
        });
        row(out, "**all**", all);
        out.append("\n\"schemas read\" counts catalog entry points (components of an OpenAPI document, one per JSON\n")
                .append("Schema file) and leaves out units whose catalog could not be built; \"compile\" is compile OK over\n")
                .append("units, counting a unit that failed to generate as not compiled; \"lint-clean\" also requires no\n")
                .append("`-Xlint:all` warning, i.e. what the generator's own compile tests (`-Werror`) demand.\n\n");

        List<UnitResult> store = byCorpus.getOrDefault("schemastore", List.of());
        if (!store.isEmpty()) {
            long gen = store.stream().filter(UnitResult::generated).count();
            long ok = store.stream().filter(UnitResult::passed).count();
            long empty = store.stream().filter(r -> r.generated() && r.types() == 0).count();
            long warned = store.stream().filter(r -> r.warningCount() > 0).count();
            out.append("## SchemaStore totals\n\n")
                    .append("- schemas: ").append(store.size()).append('\n')
                    .append("- generated: ").append(gen).append(" (").append(pct(gen, store.size())).append(")\n")
                    .append("- generated and compiled: ").append(ok).append(" (").append(pct(ok, store.size())).append(")\n")
                    .append("- generated no type at all: ").append(empty).append('\n')
                    .append("- compiled with javac warnings: ").append(warned).append("\n\n");
        }

        Map<String, Integer> causes = new TreeMap<>();
        Map<String, Integer> errorKinds = new TreeMap<>();
        Map<String, Integer> warningKinds = new TreeMap<>();
        for (UnitResult r : all) {
            if (!r.generated()) {
                causes.merge("generate: " + cause(r.generateFailure()), 1, Integer::sum);
            } else if (!r.compiled()) {
                r.errorKinds().keySet().forEach(k -> causes.merge("compile: " + k, 1, Integer::sum));
                if (r.errorKinds().isEmpty()) {
                    causes.merge("compile: javac failed without diagnostics", 1, Integer::sum);
                }
            }
            r.errorKinds().forEach((k, n) -> errorKinds.merge(k, n, Integer::sum));
            r.warningKinds().forEach((k, n) -> warningKinds.merge(k, n, Integer::sum));
        }
        out.append("## Failure causes\n\nUnits per cause (a unit failing to compile counts once under each javac error kind it hit).\n\n")
                .append("| cause | units |\n|---|--:|\n");
        causes.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.append("| ").append(cell(e.getKey())).append(" | ").append(e.getValue()).append(" |\n"));
        out.append("\n### javac diagnostics, all units\n\n| kind | code | count |\n|---|---|--:|\n");
        errorKinds.forEach((k, n) -> out.append("| error | `").append(k).append("` | ").append(n).append(" |\n"));
        warningKinds.forEach((k, n) -> out.append("| warning | `").append(k).append("` | ").append(n).append(" |\n"));

        out.append("\n## Failures\n\nEach is listed, with its reason, in `").append(KnownFailures.SOURCE)
                .append("`; an unlisted failure fails the test, and so does a listed unit that starts to pass.\n\n")
                .append("| unit | reason |\n|---|---|\n");
        for (UnitResult r : all) {
            if (!r.passed()) {
                out.append("| `").append(r.unit().id()).append("` | ").append(cell(r.reason())).append(" |\n");
            }
        }
        List<UnitResult> compileFailures = all.stream().filter(r -> r.generated() && !r.compiled()
                && !r.unit().corpus().equals("schemastore")).toList();
        if (!compileFailures.isEmpty()) {
            out.append("\n### Generated files that do not compile (API descriptions)\n\n");
            for (UnitResult r : compileFailures) {
                out.append("- `").append(r.unit().id()).append("`: ");
                List<String> files = r.failingFiles().stream().map(f -> f.substring(f.lastIndexOf('/') + 1)).toList();
                out.append(String.join(", ", files.subList(0, Math.min(files.size(), 40))));
                if (files.size() > 40) {
                    out.append(", ... (").append(files.size() - 40).append(" more)");
                }
                out.append('\n');
            }
        }
        List<String> warned = all.stream().filter(r -> r.warningCount() > 0)
                .map(r -> "`" + r.unit().id() + "` (" + r.warningKinds().entrySet().stream()
                        .map(e -> e.getKey() + " x" + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("") + ")")
                .toList();
        if (!warned.isEmpty()) {
            out.append("\n## Compiled, but with javac warnings (would fail under `-Werror`)\n\n");
            warned.forEach(w -> out.append("- ").append(w).append('\n'));
        }
        List<String> empty = all.stream().filter(r -> r.generated() && r.types() == 0)
                .map(r -> "`" + r.unit().id() + "`").toList();
        if (!empty.isEmpty()) {
            out.append("\n## Generated no type at all (counted as passing; nothing to compile)\n\n")
                    .append(String.join(", ", empty)).append('\n');
        }
        out.append('\n').append(RoundTripReport.render(samples));
        out.append("\n## Regenerate\n\nFrom the repository root:\n\n```sh\n").append(COMMAND).append("\n```\n");
        return out.toString();
    }

    /** The failure text with its specifics (quoted names, pointers, numbers) blurred, for grouping. */
    static String cause(String failure) {
        String s = failure.replaceAll("\"[^\"]*\"", "\"…\"").replaceAll("'[^']*'", "'…'")
                .replaceAll("\\S+\\.(json|ya?ml)(:\\d+)*(:\\d+)?", "<file>")
                .replaceAll("#/\\S*", "#/…").replaceAll("\\d+", "N");
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    private static void row(StringBuilder out, String corpus, List<UnitResult> rs) {
        long gen = rs.stream().filter(UnitResult::generated).count();
        long ok = rs.stream().filter(UnitResult::passed).count();
        long read = rs.stream().mapToLong(r -> Math.max(r.entries(), 0)).sum();
        long types = rs.stream().mapToLong(UnitResult::types).sum();
        long warnings = rs.stream().mapToLong(UnitResult::warningCount).sum();
        long clean = rs.stream().filter(r -> r.passed() && r.warningCount() == 0).count();
        out.append("| ").append(corpus).append(" | ").append(rs.size()).append(" | ").append(read).append(" | ")
                .append(types).append(" | ").append(gen).append(" | ").append(ok).append(" | ")
                .append(pct(gen, rs.size())).append(" | ").append(pct(ok, rs.size())).append(" | ")
                .append(pct(clean, rs.size())).append(" | ").append(warnings).append(" |\n");
    }

    private static String pct(long n, long of) {
        return of == 0 ? "–" : String.format(Locale.ROOT, "%.1f %%", 100.0 * n / of);
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
