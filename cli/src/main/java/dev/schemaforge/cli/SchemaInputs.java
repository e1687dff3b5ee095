package dev.schemaforge.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

import dev.schemaforge.catalog.FolderFiles;

/**
 * Expands input folders into their schema files ({@code .json}, {@code .yaml}, {@code .yml}), sorted
 * by relative path so runs are reproducible, minus the files an exclude glob matches. Globs are
 * matched against the path relative to the folder, and {@code **}{@code /} may also stand for no
 * folder at all, so {@code **}{@code /examples/**} excludes {@code examples/a.json} too.
 */
final class SchemaInputs {

    /**
     * An {@code --exclude} glob that is not valid glob syntax: a usage error. Its own type, so that the
     * commands do not take any other {@link IllegalArgumentException} for one.
     */
    static final class InvalidGlobException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        InvalidGlobException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final List<PathMatcher> excludes = new ArrayList<>();
    private final List<Path> skippedFolders;

    /**
     * @param excludeGlobs globs of files to leave out, relative to each input folder
     * @param skippedFolders folders never read, such as the output folders, which hold generated JSON
     * @throws InvalidGlobException naming the glob that is not valid glob syntax
     */
    SchemaInputs(List<String> excludeGlobs, List<Path> skippedFolders) {
        for (String glob : excludeGlobs) {
            for (String variant : withOptionalFolders(glob)) {
                try {
                    excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + variant));
                } catch (PatternSyntaxException e) {
                    throw new InvalidGlobException(
                            "invalid --exclude glob \"" + glob + "\": " + e.getDescription(), e);
                }
            }
        }
        this.skippedFolders = skippedFolders.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /** The schema files below {@code folder}, sorted by their path relative to it. */
    List<Path> expand(Path folder) throws IOException {
        return FolderFiles.below(folder, FolderFiles.JSON_AND_YAML).stream()
                .filter(file -> !isSkipped(file))
                .filter(file -> !isExcluded(folder.relativize(file)))
                .toList();
    }

    /** Whether an exclude glob matches a path relative to its input folder. */
    boolean isExcluded(Path relative) {
        return excludes.stream().anyMatch(matcher -> matcher.matches(relative));
    }

    private boolean isSkipped(Path file) {
        return skippedFolderOf(file).isPresent();
    }

    /** The folder never read (as given to the constructor, made absolute) that holds or is {@code path}. */
    Optional<Path> skippedFolderOf(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return skippedFolders.stream().filter(absolute::startsWith).findFirst();
    }

    /** The glob and each form of it with some whole-segment {@code **}{@code /} dropped. */
    static List<String> withOptionalFolders(String glob) {
        int at = glob.indexOf("**/");
        while (at > 0 && glob.charAt(at - 1) != '/') {
            at = glob.indexOf("**/", at + 1);
        }
        if (at < 0) {
            return List.of(glob);
        }
        String head = glob.substring(0, at);
        List<String> variants = new ArrayList<>();
        for (String tail : withOptionalFolders(glob.substring(at + 3))) {
            variants.add(head + "**/" + tail);
            variants.add(head + tail);
        }
        return variants;
    }
}
