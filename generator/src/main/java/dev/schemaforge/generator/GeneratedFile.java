package dev.schemaforge.generator;

import java.util.Objects;

/**
 * One output file, held in memory until the whole run has succeeded.
 *
 * @param kind whether it belongs in the source or the resource output folder
 * @param relativePath path below that folder, with {@code /} separators
 * @param content the file's text (UTF-8 when written)
 */
public record GeneratedFile(Kind kind, String relativePath, String content) {

    /** Which output folder a file belongs in. */
    public enum Kind {
        SOURCE,
        RESOURCE
    }

    public GeneratedFile {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(content, "content");
    }
}
