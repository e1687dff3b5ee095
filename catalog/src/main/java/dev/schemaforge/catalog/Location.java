package dev.schemaforge.catalog;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A place in a source document: the file and the 1-based line and column where a JSON value starts.
 *
 * @param file the document's file
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
public record Location(Path file, int line, int column) {

    public Location {
        Objects.requireNonNull(file, "file");
    }

    /** A location that only knows its file. */
    public static Location of(Path file) {
        return new Location(file, 0, 0);
    }

    /** {@code file:line:col}, the form editors and CI annotations understand. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file.toString();
    }
}
