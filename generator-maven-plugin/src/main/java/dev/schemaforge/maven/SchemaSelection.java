package dev.schemaforge.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.codehaus.plexus.util.DirectoryScanner;

/**
 * The schema files one build generates from: Ant-style includes and excludes (the patterns every
 * Maven user knows) below one folder, in a platform-independent sorted order, so the same tree
 * always gives the same inputs and the same fingerprint. Part of every no-op build, so plain loops:
 * each lambda and stream shape costs a cold JVM a bootstrap.
 */
final class SchemaSelection {

    /** What {@code includes} means when it is not configured. */
    static final List<String> DEFAULT_INCLUDES = List.of("**/*.json", "**/*.yaml", "**/*.yml");

    private SchemaSelection() {
    }

    /**
     * The matching files as absolute paths, sorted by their path relative to {@code folder}; empty
     * when the folder does not exist.
     */
    static List<Path> select(Path folder, List<String> includes, List<String> excludes) {
        Path base = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        DirectoryScanner scanner = new DirectoryScanner();
        scanner.setBasedir(base.toFile());
        scanner.setIncludes(patterns(includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : includes));
        scanner.setExcludes(excludes == null ? null : patterns(excludes));
        scanner.addDefaultExcludes();
        scanner.scan();
        String[] relative = scanner.getIncludedFiles();
        for (int i = 0; i < relative.length; i++) {
            relative[i] = relative[i].replace('\\', '/');
        }
        Arrays.sort(relative);
        List<Path> selected = new ArrayList<>(relative.length);
        for (String file : relative) {
            selected.add(base.resolve(file));
        }
        return List.copyOf(selected);
    }

    private static String[] patterns(List<String> patterns) {
        List<String> trimmed = new ArrayList<>(patterns.size());
        for (String pattern : patterns) {
            String text = pattern.trim();
            if (!text.isEmpty()) {
                trimmed.add(text);
            }
        }
        return trimmed.toArray(new String[0]);
    }
}
