package dev.schemaforge.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The {@code generate} goal without Maven. A run whose key ({@link InputFingerprint}) matches the
 * one stored by the last successful run, and whose outputs are all still there, touches nothing.
 * Otherwise it generates in memory, writes through {@link OutputWriter} and stores the new key
 * last, so a run that fails is never taken for up to date and a schema error writes nothing. Unless
 * turned off, the schema documents the run read are bundled with the resources ({@link BundledSchemas}).
 */
final class GenerationRun {

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

    private final Path stampFile;
    private final String toolVersion;
    private final List<Path> untracked;
    private final boolean bundleSchemas;

    /**
     * @param stampFile where the key of the last successful run is kept (outside the output folders)
     * @param toolVersion identifies the generator's code (see {@link ToolVersion})
     * @param untracked folders whose changes never make output stale, such as the build directory
     * @param bundleSchemas whether the schema documents are copied into the resource output
     */
    GenerationRun(Path stampFile, String toolVersion, Collection<Path> untracked, boolean bundleSchemas) {
        this.stampFile = stampFile.toAbsolutePath().normalize();
        this.toolVersion = toolVersion;
        this.untracked = List.copyOf(untracked);
        this.bundleSchemas = bundleSchemas;
    }

    /**
     * Generates what {@code request} asks for unless the output is up to date.
     *
     * @param sourceDirectory the folder the inputs were selected from, for their relative names
     * @throws dev.schemaforge.catalog.SchemaException for bad schemas, before anything is written
     * @throws IOException when the key cannot be computed or stored
     * @throws java.io.UncheckedIOException when the output cannot be written
     */
    Outcome run(GenerationRequest request, Path sourceDirectory) throws IOException {
        List<Path> ignored = new ArrayList<>(untracked);
        ignored.add(request.sourceOutput());
        ignored.add(request.resourceOutput());
        ignored.add(stampFile.getParent());
        String key = InputFingerprint.compute(toolVersion, bundleSchemas ? "bundleSchemas=true" : "bundleSchemas=false", request,
                sourceDirectory, ignored);
        if (key.equals(storedKey()) && outputsPresent(request.sourceOutput(), request.resourceOutput())) {
            return Outcome.UP_TO_DATE;
        }
        Catalog catalog = Generator.catalog(request);
        GenerationResult result = new Generator().generate(catalog, request);
        int bundled = 0;
        if (bundleSchemas) {
            BundledSchemas bundle = BundledSchemas.of(catalog, request, sourceDirectory);
            result = bundle.addTo(result);
            bundled = bundle.documents().size();
        }
        Files.deleteIfExists(stampFile);
        OutputWriter.Report report = OutputWriter.write(result, request.sourceOutput(), request.resourceOutput());
        store(key);
        return new Outcome(false, result.typeCount(), bundled, report);
    }

    /**
     * For a build that selects no schema: deletes what earlier runs generated (only files their
     * manifests list) and the stored key.
     */
    OutputWriter.Report clear(Path sourceOutput, Path resourceOutput) throws IOException {
        Files.deleteIfExists(stampFile);
        boolean generatedBefore = outputFolders(sourceOutput, resourceOutput).stream()
                .anyMatch(folder -> Files.isRegularFile(folder.resolve(OutputWriter.MANIFEST)));
        if (!generatedBefore) {
            return new OutputWriter.Report(0, 0, 0);
        }
        return OutputWriter.write(new GenerationResult(List.of(), 0), sourceOutput, resourceOutput);
    }

    private String storedKey() throws IOException {
        return Files.isRegularFile(stampFile) ? Files.readString(stampFile, StandardCharsets.UTF_8).trim() : "";
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

    /** Written beside the target, then moved over it, so a crash never leaves half a key. */
    private void store(String key) throws IOException {
        OutputWriter.replace(stampFile, (key + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
