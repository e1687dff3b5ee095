package dev.schemaforge.generator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run produced, in memory and in a stable order.
 *
 * @param files every source and resource file
 * @param typeCount how many Java types (top-level and nested) were generated
 * @param entryTypes the Java type of every entry point, by its {@code document#pointer} reference, as
 *     source text ({@code com.example.Connection}, {@code java.util.List<com.example.Item>},
 *     {@code java.lang.Object}): what a caller deserializes a document of that schema into
 */
public record GenerationResult(List<GeneratedFile> files, int typeCount, Map<String, String> entryTypes) {

    public GenerationResult {
        files = List.copyOf(files);
        entryTypes = Collections.unmodifiableMap(new LinkedHashMap<>(entryTypes));
    }

    /** A result that names no entry types (files assembled by hand, empty runs). */
    public GenerationResult(List<GeneratedFile> files, int typeCount) {
        this(files, typeCount, Map.of());
    }

    /** The {@code .java} files only. */
    public List<GeneratedFile> sources() {
        return files.stream().filter(f -> f.kind() == GeneratedFile.Kind.SOURCE).toList();
    }
}
