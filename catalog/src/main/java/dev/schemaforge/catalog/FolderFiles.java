package dev.schemaforge.catalog;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files a folder contributes when it is given as an input: every file below it whose name ends in
 * one of the wanted extensions, sorted by the path relative to the folder (with {@code /}), so a run
 * reads them in the same order on every machine. A symbolic link whose target is gone is listed too:
 * it names a file the run was meant to read, and reading it says so, where leaving it out would let a
 * check pass without it. Pipes, sockets and devices are left out, as reading one can wait for ever.
 */
public final class FolderFiles {

    /** The extensions of JSON and YAML files, schema documents and payloads alike. */
    public static final Set<String> JSON_AND_YAML = Set.of(".json", ".yaml", ".yml");

    private FolderFiles() {
    }

    /**
     * The files below {@code folder} whose names end in one of {@code extensions} (lower case; names
     * are compared in lower case), sorted by their path relative to it.
     *
     * @throws IOException when the folder or one below it cannot be listed
     */
    public static List<Path> below(Path folder, Set<String> extensions) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(file -> hasExtension(file, extensions))
                    .filter(file -> Files.isRegularFile(file) || isBrokenLink(file))
                    .sorted(Comparator.comparing(file -> folder.relativize(file).toString().replace('\\', '/')))
                    .toList();
        }
    }

    /** Why {@code file} (null for standard input) could not be read, for a person: a broken link names its target. */
    public static String unreadable(Path file, IOException cause) {
        if (cause instanceof NoSuchFileException) {
            return missing(file);
        }
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        // a file system's exception says what failed in its reason; its message repeats the path
        if (cause instanceof FileSystemException failed && failed.getReason() != null) {
            return failed.getReason();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    /** What stands at a path where no file or folder is found: nothing, or a link whose target is gone. */
    public static String missing(Path file) {
        if (file != null && isBrokenLink(file)) {
            try {
                Path target = Files.readSymbolicLink(file);
                // the target may itself be a link that leads nowhere, or back to this one
                boolean anotherLink = Files.exists(file.resolveSibling(target), LinkOption.NOFOLLOW_LINKS);
                return "a symbolic link to " + target + (anotherLink
                        ? ", which leads to no file (a chain or loop of links)" : ", which does not exist");
            } catch (IOException e) {
                return "a symbolic link whose target does not exist";
            }
        }
        return "no such file or folder";
    }

    private static boolean hasExtension(Path file, Set<String> extensions) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        for (String extension : extensions) {
            if (lower.endsWith(extension)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code file} is a symbolic link that leads to no file or folder. */
    public static boolean isBrokenLink(Path file) {
        return Files.isSymbolicLink(file) && !Files.exists(file);
    }
}
