package dev.schemaforge.generator.gauntlet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.lang.model.SourceVersion;

import dev.schemaforge.catalog.Catalog;
import dev.schemaforge.catalog.SchemaException;
import dev.schemaforge.generator.GeneratedFile;
import dev.schemaforge.generator.GenerationRequest;
import dev.schemaforge.generator.GenerationResult;
import dev.schemaforge.generator.Generator;

/**
 * Lists the gauntlet's units below the corpus folder and runs them: generate in memory, then compile
 * what was generated. Large API descriptions compile one per javac task; SchemaStore schemas compile
 * {@value #BATCH} packages per task, and only one batch of sources is held at a time.
 */
final class Gauntlet {

    static final int BATCH = 100;
    static final String SCHEMASTORE_PREFIX = "https://json.schemastore.org/";
    /** Some SchemaStore schemas reference their siblings by this host instead; same files. */
    static final String SCHEMASTORE_WWW_PREFIX = "https://www.schemastore.org/";
    /** SARIF's upstream URI, which sarif-external-property-file-2.1.0.json refers to; SchemaStore has the file. */
    static final String SARIF_2_1_0 = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";
    private static final long TIMEOUT_SECONDS = 300;

    private final Path corpus;
    private ExecutorService worker = newWorker();
    private Consumer<CompiledUnit> onCompiled = c -> { };

    Gauntlet(Path corpus) {
        this.corpus = corpus;
    }

    /** Every unit, in report order: the API descriptions, then SchemaStore. */
    List<GauntletUnit> units() {
        List<GauntletUnit> units = new ArrayList<>();
        units.add(api("stripe-2022", "stripe-2022", "gauntlet.stripe2022", file("openapi/stripe-2022/spec3.json")));
        units.add(api("stripe-2023", "stripe-2023", "gauntlet.stripe2023", file("openapi/stripe-2023/spec3.yaml")));
        units.add(api("stytch", "stytch", "gauntlet.stytch", file("sso-upstream/stytch/openapi.yml")));
        for (String api : List.of("scalekit", "saaskit", "agentkit")) {
            units.add(api("scalekit/" + api, "scalekit", "gauntlet.scalekit." + api,
                    file("sso-upstream/scalekit/" + api + ".scalar.json")));
        }
        units.add(api("kubernetes-1.36", "kubernetes-1.36", "gauntlet.kubernetes",
                list(corpus.resolve("openapi/kubernetes-1.36"), ".json").toArray(Path[]::new)));
        Path oai = corpus.resolve("openapi/oai-examples");
        for (Path version : list(oai, "")) {
            if (!Files.isDirectory(version)) {
                continue;
            }
            for (Path f : list(version, "")) {
                String name = f.getFileName().toString();
                if (name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml")) {
                    String rel = oai.relativize(f).toString().replace('\\', '/');
                    units.add(api("oai-examples/" + rel, "oai-examples", "gauntlet.oai." + segment(rel), f));
                }
            }
        }
        Path store = corpus.resolve("schemastore/schemas");
        Set<String> packages = new HashSet<>();
        for (Path f : list(store, ".json")) {
            String name = f.getFileName().toString();
            String pkg = "gauntlet.schemastore." + segment(name.substring(0, name.length() - ".json".length()));
            String unique = pkg;
            for (int i = 2; !packages.add(unique); i++) {
                unique = pkg + i;
            }
            units.add(new GauntletUnit("schemastore/" + name, "schemastore", List.of(f), unique,
                    Map.of(SCHEMASTORE_PREFIX, store, SCHEMASTORE_WWW_PREFIX, store,
                            SARIF_2_1_0, store.resolve("sarif-2.1.0.json"))));
        }
        return units;
    }

    /**
     * Runs every unit; {@code progress} hears one line per finished step, and {@code compiled} gets
     * every unit that generated and compiled while its classes are loadable (one batch at a time).
     */
    List<UnitResult> run(List<GauntletUnit> units, Consumer<String> progress, Consumer<CompiledUnit> compiled) {
        this.onCompiled = compiled;
        List<UnitResult> results = new ArrayList<>();
        List<GauntletUnit> batch = new ArrayList<>();
        for (GauntletUnit unit : units) {
            if (!unit.corpus().equals("schemastore")) {
                long start = System.nanoTime();
                results.addAll(runBatch(List.of(unit)));
                progress.accept(unit.id() + " " + (System.nanoTime() - start) / 1_000_000 + " ms");
                continue;
            }
            batch.add(unit);
            if (batch.size() == BATCH) {
                results.addAll(timedBatch(batch, progress));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            results.addAll(timedBatch(batch, progress));
        }
        worker.shutdownNow();
        return results;
    }

    private List<UnitResult> timedBatch(List<GauntletUnit> batch, Consumer<String> progress) {
        long start = System.nanoTime();
        List<UnitResult> results = runBatch(batch);
        progress.accept("schemastore batch " + batch.get(0).id() + " .. " + batch.get(batch.size() - 1).id() + " "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        return results;
    }

    private List<UnitResult> runBatch(List<GauntletUnit> batch) {
        Map<String, Generated> generated = new LinkedHashMap<>();
        Map<String, List<GeneratedFile>> toCompile = new TreeMap<>();
        for (GauntletUnit unit : batch) {
            Generated g = generate(unit);
            generated.put(unit.id(), g);
            if (g.failure == null && !g.sources.isEmpty()) {
                toCompile.put(unit.id(), g.sources);
            }
        }
        Map<String, GauntletCompiler.Outcome> outcomes = toCompile.isEmpty() ? Map.of()
                : GauntletCompiler.compile(toCompile);
        Map<String, byte[]> classes = new TreeMap<>();
        outcomes.values().forEach(o -> classes.putAll(o.classes));
        MemoryClassLoader loader = new MemoryClassLoader(classes, Gauntlet.class.getClassLoader());
        List<UnitResult> results = new ArrayList<>();
        for (GauntletUnit unit : batch) {
            Generated g = generated.get(unit.id());
            GauntletCompiler.Outcome o = outcomes.getOrDefault(unit.id(), new GauntletCompiler.Outcome());
            boolean compiled = g.failure == null && o.ok();
            if (compiled) {
                onCompiled.accept(new CompiledUnit(unit, g.entryTypes, loader));
            }
            String first = o.errors.isEmpty() ? (o.taskFailed && compiled ? null
                    : o.taskFailed ? "javac failed without diagnostics" : null) : o.errors.get(0);
            results.add(new UnitResult(unit, g.entries, g.types, g.failure, compiled, o.errorsByFile, o.errorKinds,
                    o.warningKinds, first));
        }
        return results;
    }

    private record Generated(int entries, int types, List<GeneratedFile> sources, Map<String, String> entryTypes,
            String failure) {
    }

    private Generated generate(GauntletUnit unit) {
        GenerationRequest.Builder builder = GenerationRequest.builder()
                .inputs(unit.inputs())
                .packageName(unit.packageName())
                .sourceOutput(Path.of("target/gauntlet-not-written"));
        unit.mappings().forEach(builder::map);
        GenerationRequest request = builder.build();
        int[] entries = {-1};
        Future<GenerationResult> future = worker.submit(() -> {
            Catalog catalog = Generator.catalog(request);
            entries[0] = catalog.entries().size();
            return new Generator().generate(catalog, request);
        });
        long start = System.nanoTime();
        try {
            GenerationResult result = future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (millis > 5_000) {
                System.out.println("[gauntlet] slow generation: " + unit.id() + " " + millis + " ms");
            }
            return new Generated(entries[0], result.typeCount(), result.sources(), result.entryTypes(), null);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return new Generated(entries[0], 0, List.of(), Map.of(),
                    "timeout: no result after " + TIMEOUT_SECONDS + " s");
        } catch (ExecutionException e) {
            return new Generated(entries[0], 0, List.of(), Map.of(), describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code SchemaException: <first line>} or {@code crash <class>: <first line>}, corpus path hidden. */
    String describe(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage().lines().findFirst().orElse("");
        if (t instanceof SchemaException schema && schema.problems().size() > 1) {
            message = schema.problems().get(0) + " (and " + (schema.problems().size() - 1) + " more problems)";
        }
        message = message.replace(corpus.toAbsolutePath().normalize().toString() + "/", "")
                .replace(corpus.toUri().toString(), "");
        message = message.replace(" (Schemaforge never fetches from the network; map the prefix to a folder)", "");
        if (t instanceof SchemaException) {
            return "SchemaException: " + message;
        }
        StackTraceElement top = t.getStackTrace().length == 0 ? null : t.getStackTrace()[0];
        return "crash " + t.getClass().getName() + (message.isEmpty() ? "" : ": " + message)
                + (top == null ? "" : " at " + top.getClassName().replaceAll(".*\\.", "") + "." + top.getMethodName());
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "gauntlet-generate");
            thread.setDaemon(true);
            return thread;
        });
    }

    private GauntletUnit api(String id, String corpusName, String pkg, Path... inputs) {
        return new GauntletUnit(id, corpusName, List.of(inputs), pkg, Map.of());
    }

    private Path file(String relative) {
        return corpus.resolve(relative);
    }

    /** A legal, lower-case package segment for a file name. */
    static String segment(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0)) || SourceVersion.isKeyword(s)) {
            s = "s_" + s;
        }
        return s;
    }

    private static List<Path> list(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
