package dev.schemaforge.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.codehaus.plexus.util.DirectoryScanner;

import dev.schemaforge.catalog.FolderFiles;

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
        Scanner scanner = new Scanner();
        scanner.setBasedir(base.toFile());
        scanner.setIncludes(patterns(includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : includes));
        scanner.setExcludes(excludes == null ? null : patterns(excludes));
        scanner.addDefaultExcludes();
        scanner.scan();
        List<String> relative = new ArrayList<>(Arrays.asList(scanner.getIncludedFiles()));
        relative.addAll(scanner.brokenLinks());
        for (int i = 0; i < relative.size(); i++) {
            relative.set(i, relative.get(i).replace('\\', '/'));
        }
        relative.sort(null);
        List<Path> selected = new ArrayList<>(relative.size());
        for (String file : relative) {
            selected.add(base.resolve(file));
        }
        return List.copyOf(selected);
    }

    /**
     * plexus' scanner, which lists only files and folders, also asked for the symbolic links whose
     * targets are gone: a link the includes select names a file the build was meant to read, and the
     * build reports it instead of passing over it.
     */
    private static final class Scanner extends DirectoryScanner {

        /** The selected broken links, relative to the base folder; looks only in the folders the scan read. */
        List<String> brokenLinks() {
            List<String> found = new ArrayList<>();
            for (String folder : dirsIncluded) {
                addBrokenLinks(folder, found);
            }
            for (String folder : dirsNotIncluded) {
                if (couldHoldIncluded(folder)) {
                    addBrokenLinks(folder, found);
                }
            }
            return found;
        }

        private void addBrokenLinks(String folder, List<String> found) {
            Path dir = basedir.toPath().resolve(folder);
            String[] names = dir.toFile().list();
            if (names == null) {
                return;
            }
            for (String name : names) {
                String relative = folder.isEmpty() ? name : folder + File.separatorChar + name;
                if (isIncluded(relative) && !isExcluded(relative) && FolderFiles.isBrokenLink(dir.resolve(name))) {
                    found.add(relative);
                }
            }
        }
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
