package dev.schemaforge.generator;

import java.util.List;

/**
 * What a run produced, in memory and in a stable order.
 *
 * @param files every source and resource file
 * @param typeCount how many Java types (top-level and nested) were generated
 */
public record GenerationResult(List<GeneratedFile> files, int typeCount) {

    public GenerationResult {
        files = List.copyOf(files);
    }

    /** The {@code .java} files only. */
    public List<GeneratedFile> sources() {
        return files.stream().filter(f -> f.kind() == GeneratedFile.Kind.SOURCE).toList();
    }
}
