package dev.schemaforge.generator.gauntlet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

import dev.schemaforge.generator.gauntlet.SampleResult.Status;

/**
 * The round-trip part of the gauntlet: knows which corpus payloads belong to which unit (SchemaStore's
 * {@code test/} and {@code negative_test/} folders beside each schema, Stripe 2022's fixtures keyed by
 * component name), checks them against a unit's compiled types while those are loaded, and collects
 * one {@link SampleResult} per payload.
 */
final class Fidelity {

    static final String STRIPE_UNIT = "stripe-2022";
    static final String STRIPE_FIXTURES = "openapi/stripe-2022/fixtures3.json";
    private static final String COMPONENTS = "#/components/schemas/";
    /** Root types that hold any JSON as it is, so reading into them checks nothing. */
    private static final Set<String> UNTYPED = Set.of("java.lang.Object",
            "java.util.Map<java.lang.String, java.lang.Object>", "java.util.List<java.lang.Object>");

    private final Path corpus;
    private final SampleReader reader = new SampleReader();
    private final List<SampleResult> results = new ArrayList<>();
    private final Set<String> checkedUnits = new HashSet<>();
    private long nanos;

    Fidelity(Path corpus) {
        this.corpus = corpus;
    }

    /** Checks the unit's payloads against its compiled types; units without payloads are ignored. */
    void check(CompiledUnit compiled) {
        if (hasSamples(compiled.unit())) {
            long start = System.nanoTime();
            checkedUnits.add(compiled.unit().id());
            checkSamples(compiled);
            nanos += System.nanoTime() - start;
        }
    }

    /** Time spent in {@link #check}: reading payloads, loading classes, reading and writing models. */
    long nanos() {
        return nanos;
    }

    private void checkSamples(CompiledUnit compiled) {
        GauntletUnit unit = compiled.unit();
        RoundTrip roundTrip = new RoundTrip(compiled.loader());
        if (unit.id().equals(STRIPE_UNIT)) {
            for (Sample fixture : stripeFixtures()) {
                String name = fixture.id().substring(fixture.id().lastIndexOf('/') + 1);
                Optional<String> type = entryType(compiled.entryTypes(), COMPONENTS + JsonComparison.escape(name));
                results.add(check(roundTrip, unit, fixture, true, type));
            }
            return;
        }
        Optional<String> root = entryType(compiled.entryTypes(), "#");
        for (boolean positive : List.of(true, false)) {
            for (Sample sample : schemaStoreSamples(unit, positive)) {
                results.add(check(roundTrip, unit, sample, positive, root));
            }
        }
    }

    /** Records every payload of the units that never reached {@link #check} as not compiled; returns all results. */
    List<SampleResult> finish(List<UnitResult> units) {
        for (UnitResult r : units) {
            GauntletUnit unit = r.unit();
            if (checkedUnits.contains(unit.id()) || !hasSamples(unit)) {
                continue;
            }
            String why = "schema did not " + (r.generated() ? "compile" : "generate");
            if (unit.id().equals(STRIPE_UNIT)) {
                stripeFixtures().forEach(s -> results.add(notChecked(unit, s, true, Status.NOT_COMPILED, why)));
                continue;
            }
            for (boolean positive : List.of(true, false)) {
                for (Sample s : schemaStoreSamples(unit, positive)) {
                    results.add(s.tree() == null ? notChecked(unit, s, positive, unreadStatus(s), unreadDetail(s))
                            : notChecked(unit, s, positive, Status.NOT_COMPILED, why));
                }
            }
        }
        return List.copyOf(results);
    }

    private SampleResult check(RoundTrip roundTrip, GauntletUnit unit, Sample sample, boolean positive,
            Optional<String> typeText) {
        if (sample.tree() == null) {
            return notChecked(unit, sample, positive, unreadStatus(sample), unreadDetail(sample));
        }
        if (typeText.isEmpty() || UNTYPED.contains(typeText.get())) {
            return notChecked(unit, sample, positive, Status.NO_ROOT_TYPE,
                    "root type " + typeText.orElse("(no entry point)"));
        }
        JavaType type;
        try {
            type = roundTrip.type(typeText.get());
        } catch (RuntimeException e) {
            return new SampleResult(unit.id(), sample.id(), positive, Status.FAILED,
                    "root type not loadable: " + SampleReader.firstLine(e), "root type not loadable");
        }
        RoundTrip.Verdict verdict = roundTrip.check(type, sample.tree());
        if (!positive) {
            boolean rejected = verdict.status() == RoundTrip.Status.READ_ERROR;
            return new SampleResult(unit.id(), sample.id(), false, rejected ? Status.REJECTED : Status.ACCEPTED,
                    verdict.detail(), "");
        }
        if (verdict.passed()) {
            return new SampleResult(unit.id(), sample.id(), true, Status.PASSED, "", "");
        }
        if (!unit.id().equals(STRIPE_UNIT)) {
            Optional<String> violation = SampleContract.firstViolation(unit, sample.tree());
            if (violation.isPresent()) {
                return notChecked(unit, sample, true, Status.INVALID_SAMPLE, oneLine(violation.get()));
            }
        }
        String cause = FailureCause.of(verdict);
        String detail = verdict.status() == RoundTrip.Status.DIFFERENT ? cause + ": " + verdict.detail()
                : (verdict.status() == RoundTrip.Status.READ_ERROR ? "deserialization error: " : "serialization error: ")
                        + verdict.detail();
        return new SampleResult(unit.id(), sample.id(), true, Status.FAILED, oneLine(detail), cause);
    }

    private static SampleResult notChecked(GauntletUnit unit, Sample sample, boolean positive, Status status,
            String detail) {
        return new SampleResult(unit.id(), sample.id(), positive, status, detail, "");
    }

    private static Status unreadStatus(Sample sample) {
        return sample.skipped() != null ? Status.SKIPPED : Status.UNREADABLE;
    }

    private static String unreadDetail(Sample sample) {
        return sample.skipped() != null ? sample.skipped() : oneLine(sample.unreadable());
    }

    /** The entry type whose reference ends with {@code suffix} ({@code #} is a JSON Schema file's own root). */
    private static Optional<String> entryType(Map<String, String> entryTypes, String suffix) {
        return entryTypes.entrySet().stream().filter(e -> e.getKey().endsWith(suffix)).map(Map.Entry::getValue)
                .findFirst();
    }

    private boolean hasSamples(GauntletUnit unit) {
        return unit.id().equals(STRIPE_UNIT) || unit.corpus().equals("schemastore")
                && (Files.isDirectory(samples(unit, true)) || Files.isDirectory(samples(unit, false)));
    }

    private List<Sample> schemaStoreSamples(GauntletUnit unit, boolean positive) {
        Path folder = samples(unit, positive);
        return reader.readFolder(folder, corpus.relativize(folder) + "/");
    }

    /** {@code schemastore/test/<schema name without .json>}, or {@code negative_test}. */
    private Path samples(GauntletUnit unit, boolean positive) {
        String file = unit.inputs().get(0).getFileName().toString();
        String name = file.substring(0, file.length() - ".json".length());
        return corpus.resolve("schemastore").resolve(positive ? "test" : "negative_test").resolve(name);
    }

    /** Every resource of {@value #STRIPE_FIXTURES}, named {@code stripe-2022/fixtures/<component name>}. */
    private List<Sample> stripeFixtures() {
        JsonNode resources;
        try {
            resources = reader.readJson(corpus.resolve(STRIPE_FIXTURES)).get("resources");
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot read " + STRIPE_FIXTURES, e);
        }
        List<Sample> fixtures = new ArrayList<>();
        resources.properties().forEach(e -> fixtures.add(Sample.of(STRIPE_UNIT + "/fixtures/" + e.getKey(),
                e.getValue())));
        return fixtures;
    }

    private static String oneLine(String text) {
        return JsonComparison.shorten(text.replace('\n', ' ').replace('\r', ' '), 300);
    }
}
