package dev.schemaforge.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.schemaforge.catalog.Catalog;
import dev.schemaforge.catalog.SourceDocument;
import dev.schemaforge.generator.GeneratedFile;
import dev.schemaforge.generator.GenerationRequest;
import dev.schemaforge.generator.GenerationResult;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema documents a run read, as resources beside the type index, so that a model can be
 * validated against its schema from the jar alone. Every document the catalog loaded (the selected
 * inputs and whatever their {@code $ref}s reached) is copied byte for byte:
 * <ul>
 *   <li>{@code META-INF/schemaforge/schemas/<path below sourceDirectory>}, where the type index's
 *       {@code document} paths resolve;</li>
 *   <li>{@code META-INF/schemaforge/mapped/<n>/<path below the folder>} for a mapped folder outside
 *       {@code sourceDirectory}, {@code n} counting such folders in the order of their prefixes;</li>
 *   <li>{@code META-INF/schemaforge/catalog.json}, what a reader needs to rebuild the same catalog:
 *       the default dialect, the root folders, each mapping's prefix and folder, and every file.</li>
 * </ul>
 * All paths in the descriptor are relative to {@code META-INF/schemaforge/}. The copies are ordinary
 * generated resources, so the writer's manifest keeps them current and removes stale ones.
 */
record BundledSchemas(List<GeneratedFile> documents, GeneratedFile descriptor) {

    /** The folder of the type index; every bundled path is below it. */
    static final String FOLDER = "META-INF/schemaforge/";
    /** Where documents below {@code sourceDirectory} go, relative to {@link #FOLDER}. */
    static final String SCHEMAS = "schemas";
    /** Where documents of mapped folders outside {@code sourceDirectory} go, relative to {@link #FOLDER}. */
    static final String MAPPED = "mapped/";
    /** The descriptor, relative to the resource output. */
    static final String DESCRIPTOR = FOLDER + "catalog.json";

    /** A top-level folder documents are copied from, and its place in the bundle. */
    private record Anchor(Path folder, String location) {
    }

    BundledSchemas {
        documents = List.copyOf(documents);
    }

    /**
     * The bundle of every document {@code catalog} loaded.
     *
     * @param sourceDirectory the folder the inputs were selected from
     * @throws IOException when a document cannot be read again
     */
    static BundledSchemas of(Catalog catalog, GenerationRequest request, Path sourceDirectory) throws IOException {
        Map<String, Path> mappings = new TreeMap<>(request.mappings());
        List<Anchor> anchors = anchors(absolute(sourceDirectory), mappings.values());
        TreeMap<String, GeneratedFile> documents = new TreeMap<>();
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        for (SourceDocument document : catalog.documents()) {
            String location = location(anchors, absolute(document.file()));
            if (location == null) {
                throw new IllegalStateException("the catalog loaded " + document.file()
                        + ", which lies outside sourceDirectory and every mapped folder");
            }
            documents.put(location, new GeneratedFile(GeneratedFile.Kind.RESOURCE, FOLDER + location,
                    text(document)));
        }

        ObjectNode root = json.createObjectNode();
        root.put("defaultDialect", request.defaultDialect().shortName());
        ArrayNode roots = root.putArray("roots");
        anchors.forEach(anchor -> roots.add(anchor.location()));
        ObjectNode mapped = root.putObject("mappings");
        mappings.forEach((prefix, folder) -> mapped.put(prefix, location(anchors, absolute(folder))));
        ArrayNode files = root.putArray("files");
        documents.keySet().forEach(files::add);
        String descriptor = json.writeValueAsString(root).replace("\r\n", "\n") + "\n";
        return new BundledSchemas(List.copyOf(documents.values()),
                new GeneratedFile(GeneratedFile.Kind.RESOURCE, DESCRIPTOR, descriptor));
    }

    /** {@code result} with the documents and the descriptor added as resources. */
    GenerationResult addTo(GenerationResult result) {
        List<GeneratedFile> files = new ArrayList<>(result.files());
        files.addAll(documents);
        files.add(descriptor);
        return new GenerationResult(files, result.typeCount(), result.entryTypes());
    }

    /**
     * {@code sourceDirectory} is {@code schemas}; each mapped folder that lies inside neither it nor
     * another mapped folder is {@code mapped/<n>}. The catalog names a document by its path below the
     * shallowest such folder, and so does the bundle.
     */
    private static List<Anchor> anchors(Path sourceDirectory, Iterable<Path> mappedFolders) {
        List<Path> folders = new ArrayList<>();
        folders.add(sourceDirectory);
        mappedFolders.forEach(folder -> folders.add(absolute(folder)));
        List<Anchor> anchors = new ArrayList<>();
        int mapped = 0;
        for (Path folder : folders) {
            boolean nested = folders.stream().anyMatch(other -> !other.equals(folder) && folder.startsWith(other));
            boolean known = anchors.stream().anyMatch(anchor -> anchor.folder().equals(folder));
            if (!nested && !known) {
                anchors.add(new Anchor(folder, folder.equals(sourceDirectory) ? SCHEMAS : MAPPED + mapped++));
            }
        }
        anchors.sort(Comparator.comparing(Anchor::location));
        return anchors;
    }

    /** Where {@code path} lands in the bundle, relative to {@link #FOLDER}; null when outside every anchor. */
    private static String location(List<Anchor> anchors, Path path) {
        for (Anchor anchor : anchors) {
            if (path.startsWith(anchor.folder())) {
                String relative = anchor.folder().relativize(path).toString().replace('\\', '/');
                return relative.isEmpty() ? anchor.location() : anchor.location() + "/" + relative;
            }
        }
        return null;
    }

    /**
     * The file's bytes as UTF-8 text, which is what the catalog read: JSON is UTF-8, and a YAML
     * file's stray bytes in another encoding became U+FFFD there and become it here, so the copy
     * reads to the same tree, line for line.
     */
    private static String text(SourceDocument document) throws IOException {
        return new String(Files.readAllBytes(document.file()), StandardCharsets.UTF_8);
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
