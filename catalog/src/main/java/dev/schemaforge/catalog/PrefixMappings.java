package dev.schemaforge.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The rule a prefix mapping ({@link Catalog.Builder#map}) must meet to ever resolve a reference. The
 * command line's {@code --map} and the Maven plugin's {@code <mapping>} are checked against it, so a
 * mapping that could match nothing, or the wrong folder, is refused at once in the same words.
 */
public final class PrefixMappings {

    private PrefixMappings() {
    }

    /**
     * What makes mapping {@code prefix} to {@code target} unusable, or empty when it can resolve
     * references: a prefix that is missing or no absolute URI matches no reference; a missing target
     * (or an empty path, which Java reads as the working folder) or one that does not exist holds no file.
     */
    public static Optional<String> problem(String prefix, Path target) {
        if (!isAbsoluteUri(prefix)) {
            return Optional.of("the prefix must be an absolute URI, such as https://example.com/schemas/");
        }
        if (target == null || target.toString().isEmpty()) {
            return Optional.of("give the folder (or file) the prefix maps to");
        }
        if (!Files.isDirectory(target) && !Files.isRegularFile(target)) {
            return Optional.of(target + " is no folder or file");
        }
        return Optional.empty();
    }

    /**
     * Refuses a mapping that has a {@link #problem}, for callers of the library's builders.
     *
     * @throws IllegalArgumentException naming the mapping and what is wrong with it
     */
    public static void check(String prefix, Path target) {
        problem(prefix, target).ifPresent(problem -> {
            throw new IllegalArgumentException("cannot map " + prefix + " to " + target + ": " + problem);
        });
    }

    private static boolean isAbsoluteUri(String prefix) {
        try {
            return prefix != null && !prefix.isEmpty() && new URI(prefix).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
