package dev.schemaforge.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.schemaforge.catalog.Catalog;
import dev.schemaforge.generator.GenerationRequest;
import dev.schemaforge.generator.GenerationResult;
import dev.schemaforge.generator.Generator;
import dev.schemaforge.generator.OutputWriter;

/**
 * The {@code generate} goal without Maven. The state file of the last successful run holds its
 * content key ({@link InputFingerprint}) and, once every tracked file is older than
 * {@link #SETTLED_MILLIS}, the text of its settings and of every tracked file's size and time
 * ({@link TrackedFiles}). A run whose text is the stored one, and whose outputs are all still
 * there, touches nothing and reads no schema: that is every no-op build. Otherwise the run computes
 * the key; a key equal to the stored one still touches no output. Else it generates in memory,
 * writes through {@link OutputWriter} and stores the new state last, so a run that fails is never
 * taken for up to date and a schema error writes nothing. Unless turned off, the schema documents
 * the run read are bundled with the resources ({@link BundledSchemas}).
 */
final class GenerationRun {

    /**
     * How old every tracked file must be before sizes and times alone may show it unchanged. A file
     * rewritten within its file system's time resolution (2 s on FAT) of the last run can keep its
     * size and time; such a run stores no text, so the next one compares contents.
     */
    static final long SETTLED_MILLIS = 2_000;

    /**
     * What a run did.
     *
     * @param upToDate true when the previous output was current and nothing was written
     * @param typeCount the number of generated types (0 when up to date)
     * @param bundledSchemas the number of schema documents bundled with the resources (0 when up to date)
     * @param report what the writer did (all zero when up to date)
     */
    record Outcome(boolean upToDate, int typeCount, int bundledSchemas, OutputWriter.Report report) {

        static final Outcome UP_TO_DATE = new Outcome(true, 0, 0, new OutputWriter.Report(0, 0, 0));
    }

    /** What the state file holds: the content key, then the settings and files text (empty when unsettled). */
    private record State(String key, String snapshot) {

        static final State NONE = new State("", "");

        String text() {
            return new StringBuilder(key).append('\n').append(snapshot).toString();
        }
    }

    private final Path stateFile;
    private final ToolVersion toolVersion;
    private final List<Path> untracked;
    private final boolean bundleSchemas;
    private final Clock clock;

    /**
     * @param stateFile where the state of the last successful run is kept (outside the output folders)
     * @param toolVersion identifies the generator's code
     * @param untracked folders whose changes never make output stale, such as the build directory
     * @param bundleSchemas whether the schema documents are copied into the resource output
     */
    GenerationRun(Path stateFile, ToolVersion toolVersion, Collection<Path> untracked, boolean bundleSchemas) {
        this(stateFile, toolVersion, untracked, bundleSchemas, Clock.systemUTC());
    }

    /** As above, with the clock that tells whether the tracked files have settled. */
    GenerationRun(Path stateFile, ToolVersion toolVersion, Collection<Path> untracked, boolean bundleSchemas,
            Clock clock) {
        this.stateFile = stateFile.toAbsolutePath().normalize();
        this.toolVersion = toolVersion;
        this.untracked = List.copyOf(untracked);
        this.bundleSchemas = bundleSchemas;
        this.clock = clock;
    }

    /**
     * Generates from {@code inputs} with {@code parameters} unless the output is up to date.
     *
     * @param inputs the selected schema files, not empty
     * @throws dev.schemaforge.catalog.SchemaException for bad schemas, before anything is written
     * @throws InvalidParameterException for parameters the generator rejects
     * @throws IOException when the state cannot be computed or stored
     * @throws java.io.UncheckedIOException when the output cannot be written
     */
    Outcome run(GenerateParameters parameters, List<Path> inputs) throws IOException {
        long now = clock.millis();
        List<Path> ignored = new ArrayList<>(untracked);
        ignored.add(parameters.outputDirectory());
        ignored.add(parameters.resourceOutputDirectory());
        ignored.add(stateFile.getParent());
        TrackedFiles files = TrackedFiles.scan(inputs, parameters.sourceDirectory(), parameters.trackedFolders(),
                ignored);
        String snapshot = new StringBuilder(toolVersion.stamp()).append('\n').append(pluginOptions()).append('\n')
                .append(parameters.settings()).append(files.describe()).toString();
        State stored = storedState();
        boolean outputsPresent = outputsPresent(parameters.outputDirectory(), parameters.resourceOutputDirectory());
        if (outputsPresent && snapshot.equals(stored.snapshot())) {
            return Outcome.UP_TO_DATE;
        }

        GenerationRequest request = parameters.toRequest(inputs);
        State current = new State(InputFingerprint.compute(toolVersion.identity(), pluginOptions(), request, files),
                files.newest() <= now - SETTLED_MILLIS ? snapshot : "");
        if (outputsPresent && current.key().equals(stored.key())) {
            if (!current.snapshot().isEmpty()) {
                store(current);
            }
            return Outcome.UP_TO_DATE;
        }
        Catalog catalog = Generator.catalog(request);
        GenerationResult result = new Generator().generate(catalog, request);
        int bundled = 0;
        if (bundleSchemas) {
            BundledSchemas bundle = BundledSchemas.of(catalog, request, parameters.sourceDirectory());
            result = bundle.addTo(result);
            bundled = bundle.documents().size();
        }
        Files.deleteIfExists(stateFile);
        OutputWriter.Report report = OutputWriter.write(result, request.sourceOutput(), request.resourceOutput());
        store(current);
        return new Outcome(false, result.typeCount(), bundled, report);
    }

    /**
     * For a build that selects no schema: deletes what earlier runs generated (only files their
     * manifests list) and the stored key.
     */
    OutputWriter.Report clear(Path sourceOutput, Path resourceOutput) throws IOException {
        Files.deleteIfExists(stateFile);
        boolean generatedBefore = outputFolders(sourceOutput, resourceOutput).stream()
                .anyMatch(folder -> Files.isRegularFile(folder.resolve(OutputWriter.MANIFEST)));
        if (!generatedBefore) {
            return new OutputWriter.Report(0, 0, 0);
        }
        return OutputWriter.write(new GenerationResult(List.of(), 0), sourceOutput, resourceOutput);
    }

    private String pluginOptions() {
        return bundleSchemas ? "bundleSchemas=true" : "bundleSchemas=false";
    }

    private State storedState() throws IOException {
        if (!Files.isRegularFile(stateFile)) {
            return State.NONE;
        }
        String text = Files.readString(stateFile, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        return end < 0 ? new State(text, "") : new State(text.substring(0, end), text.substring(end + 1));
    }

    /** Every output folder has its manifest and every file a manifest lists exists. */
    private static boolean outputsPresent(Path sourceOutput, Path resourceOutput) throws IOException {
        for (Path folder : outputFolders(sourceOutput, resourceOutput)) {
            Path manifest = folder.resolve(OutputWriter.MANIFEST);
            if (!Files.isRegularFile(manifest)) {
                return false;
            }
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                if (!line.isEmpty() && !Files.isRegularFile(folder.resolve(line))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Set<Path> outputFolders(Path sourceOutput, Path resourceOutput) {
        Set<Path> folders = new LinkedHashSet<>();
        folders.add(sourceOutput.toAbsolutePath().normalize());
        folders.add(resourceOutput.toAbsolutePath().normalize());
        return folders;
    }

    /** Written beside the target, then moved over it, so a crash never leaves half a state. */
    private void store(State state) throws IOException {
        OutputWriter.replace(stateFile, state.text().getBytes(StandardCharsets.UTF_8));
    }
}
