package dev.schemaforge.generator.gauntlet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import dev.schemaforge.generator.gauntlet.SampleResult.Status;

/**
 * The round-trip section of {@code docs/coverage.md}: how many corpus payloads survive being read into
 * the generated types and written back, and the failures grouped by cause with a few examples each,
 * which is what tells the generator's authors what to fix first.
 */
final class RoundTripReport {

    private static final int EXAMPLES = 3;

    private RoundTripReport() {
    }

    static String render(List<SampleResult> samples) {
        StringBuilder out = new StringBuilder();
        out.append("## Round-trip fidelity\n\n")
                .append("Every payload of the corpus that says what it is an instance of is read into the generated type\n")
                .append("and written back: SchemaStore's positive samples (`schemastore/test/<schema>/`; JSON, and every\n")
                .append("document of a YAML file; TOML is skipped) into the type of the schema's root, and each resource\n")
                .append("of Stripe 2022's `fixtures3.json` into the type of the component of that name. Reading and\n")
                .append("writing use a plain Jackson 3 `JsonMapper` with its defaults, so only the generated annotations\n")
                .append("decide; a YAML sample becomes a JSON tree first as `schemaforge validate` reads it (YAML 1.2's\n")
                .append("core schema: `TRUE` is a boolean, `yes` a string).\n")
                .append("The written tree must equal the original as JSON: member order is free, numbers compare\n")
                .append("by value and two RFC 3339 date-times by instant. A payload whose root type is `Object`, or a map\n")
                .append("or list of `Object` (the schema's root admits any JSON there), is counted apart. A sample that does not round-trip is checked\n")
                .append("with Schemaforge's validator: when it is not a valid instance of its schema (a boolean where\n")
                .append("the schema says string, a date-time without offset), it is counted apart too and listed\n")
                .append("below with the violation. Failures are listed by payload in `")
                .append(KnownFailures.ROUNDTRIP_SOURCE).append("`.\n\n")
                .append("| payloads | files and documents | TOML skipped | unreadable | schema not compiled |")
                .append(" untyped root | not valid instances | checked | passed | failed |")
                .append(" pass rate (JSON+YAML) | pass rate (checked) |\n")
                .append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        row(out, "SchemaStore positive samples", positives(samples, r -> !r.unit().equals(Fidelity.STRIPE_UNIT)));
        row(out, "Stripe 2022 fixtures", positives(samples, r -> r.unit().equals(Fidelity.STRIPE_UNIT)));

        List<SampleResult> negatives = samples.stream().filter(r -> !r.positive()).toList();
        long rejected = count(negatives, Status.REJECTED);
        long checked = rejected + count(negatives, Status.ACCEPTED);
        out.append("\n### Negative samples\n\n")
                .append("SchemaStore's `negative_test/` payloads are invalid against their schema. The models enforce\n")
                .append("`required`, `enum`, types (and `const` where the generator checks it), not every keyword, so this is\n")
                .append("for information only: of ").append(negatives.size()).append(" negative samples, ").append(checked)
                .append(" had a generated root type, and ").append(rejected).append(" of those (")
                .append(pct(rejected, checked)).append(") were rejected at deserialization.\n");

        Map<String, List<SampleResult>> byCause = new LinkedHashMap<>();
        samples.stream().filter(r -> r.judged() && r.status() == Status.FAILED)
                .forEach(r -> byCause.computeIfAbsent(r.cause(), k -> new ArrayList<>()).add(r));
        out.append("\n### Round-trip failures by cause\n\n")
                .append("Payloads per cause, with up to ").append(EXAMPLES).append(" examples (the first difference as a JSON\n")
                .append("pointer into the payload, or the deserialization error's first line).\n\n")
                .append("| cause | payloads | examples |\n|---|--:|---|\n");
        byCause.entrySet().stream()
                .sorted(Map.Entry.<String, List<SampleResult>>comparingByValue(
                        (a, b) -> Integer.compare(b.size(), a.size())).thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    List<String> examples = e.getValue().stream().limit(EXAMPLES)
                            .map(r -> "`" + r.sample() + "` " + JsonComparison.shorten(r.detail(), 200)).toList();
                    out.append("| ").append(cell(e.getKey())).append(" | ").append(e.getValue().size()).append(" | ")
                            .append(cell(String.join("<br>", examples))).append(" |\n");
                });
        listing(out, "Positive samples that cannot be read", samples, Status.UNREADABLE);
        listing(out, "Positive samples that are not valid instances", samples, Status.INVALID_SAMPLE);
        listing(out, "Positive samples whose schema's root is untyped", samples, Status.NO_ROOT_TYPE);
        return out.toString();
    }

    private static void listing(StringBuilder out, String title, List<SampleResult> samples, Status status) {
        List<SampleResult> listed = samples.stream().filter(r -> r.positive() && r.status() == status).toList();
        out.append("\n### ").append(title).append(" (").append(listed.size()).append(")\n\n");
        if (!listed.isEmpty()) {
            out.append("| sample | why |\n|---|---|\n");
            listed.forEach(r -> out.append("| `").append(r.sample()).append("` | ")
                    .append(cell(JsonComparison.shorten(r.detail(), 240))).append(" |\n"));
        }
    }

    private static List<SampleResult> positives(List<SampleResult> samples, Predicate<SampleResult> which) {
        return samples.stream().filter(r -> r.positive() && which.test(r)).toList();
    }

    private static void row(StringBuilder out, String name, List<SampleResult> rs) {
        long skipped = count(rs, Status.SKIPPED);
        long passed = count(rs, Status.PASSED);
        long failed = count(rs, Status.FAILED);
        out.append("| ").append(name).append(" | ").append(rs.size()).append(" | ").append(skipped).append(" | ")
                .append(count(rs, Status.UNREADABLE)).append(" | ").append(count(rs, Status.NOT_COMPILED)).append(" | ")
                .append(count(rs, Status.NO_ROOT_TYPE)).append(" | ").append(count(rs, Status.INVALID_SAMPLE))
                .append(" | ").append(passed + failed).append(" | ")
                .append(passed).append(" | ").append(failed).append(" | ").append(pct(passed, rs.size() - skipped))
                .append(" | ").append(pct(passed, passed + failed)).append(" |\n");
    }

    private static long count(List<SampleResult> rs, Status status) {
        return rs.stream().filter(r -> r.status() == status).count();
    }

    private static String pct(long n, long of) {
        return of == 0 ? "–" : String.format(Locale.ROOT, "%.1f %%", 100.0 * n / of);
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
