package dev.schemaforge.maven;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.schemaforge.catalog.FolderFiles;
import dev.schemaforge.catalog.Location;
import dev.schemaforge.catalog.Problem;
import dev.schemaforge.catalog.SchemaException;

/**
 * The files a run depends on, with their sizes and modification times, read once per run: the
 * selected inputs, and every other file below the tracked folders (the roots and mapped folders,
 * where a {@code $ref} may reach), hidden entries and untracked folders (generated output, the
 * build directory) left out. Part of every no-op build, so text is built without {@code +} and
 * without lambdas, each of which costs a cold JVM a bootstrap.
 */
final class TrackedFiles {

    /** A file's size in bytes and modification time in milliseconds. */
    record Stamp(long size, long modified) {

        /** {@code size modified}, as the up-to-date texts hold it. */
        String text() {
            return new StringBuilder().append(size).append(' ').append(modified).toString();
        }
    }

    private final SortedMap<String, Path> inputs;
    private final SortedMap<String, Stamp> inputStamps;
    private final SortedMap<String, Stamp> reachable;
    private final long newest;

    private TrackedFiles(SortedMap<String, Path> inputs, SortedMap<String, Stamp> inputStamps,
            SortedMap<String, Stamp> reachable) {
        this.inputs = Collections.unmodifiableSortedMap(inputs);
        this.inputStamps = Collections.unmodifiableSortedMap(inputStamps);
        this.reachable = Collections.unmodifiableSortedMap(reachable);
        long latest = Long.MIN_VALUE;
        for (Stamp stamp : inputStamps.values()) {
            latest = Math.max(latest, stamp.modified());
        }
        for (Stamp stamp : reachable.values()) {
            latest = Math.max(latest, stamp.modified());
        }
        this.newest = latest;
    }

    /**
     * Reads the sizes and times.
     *
     * @param inputs the selected schema files
     * @param sourceDirectory the folder input names are made relative to
     * @param folders the folders whose other files count too
     * @param untracked folders whose files never count; a tracked folder inside one still counts
     */
    static TrackedFiles scan(List<Path> inputs, Path sourceDirectory, Collection<Path> folders,
            Collection<Path> untracked) throws IOException {
        Path base = absolute(sourceDirectory);
        SortedMap<String, Path> named = new TreeMap<>();
        SortedMap<String, Stamp> inputStamps = new TreeMap<>();
        Set<Path> inputFiles = new HashSet<>();
        for (Path input : inputs) {
            Path file = absolute(input);
            String name = file.startsWith(base) ? base.relativize(file).toString() : file.toString();
            name = name.replace('\\', '/');
            named.put(name, file);
            inputStamps.put(name, stamp(inputAttributes(file)));
            inputFiles.add(file);
        }
        List<Path> skipped = new ArrayList<>();
        for (Path folder : untracked) {
            skipped.add(absolute(folder));
        }
        SortedMap<String, Stamp> reachable = new TreeMap<>();
        Set<Path> walked = new HashSet<>();
        for (Path tracked : folders) {
            Path folder = absolute(tracked);
            if (walked.add(folder) && Files.isDirectory(folder)) {
                List<Path> skippedHere = new ArrayList<>();
                for (Path untrackedFolder : skipped) {
                    if (!folder.startsWith(untrackedFolder)) {
                        skippedHere.add(untrackedFolder);
                    }
                }
                walk(folder, inputFiles, skippedHere, reachable);
            }
        }
        return new TrackedFiles(named, inputStamps, reachable);
    }

    /** The inputs by their names relative to the source directory (absolute outside it), sorted. */
    SortedMap<String, Path> inputs() {
        return inputs;
    }

    /** Every other tracked file by its absolute path ({@code /} separated), sorted. */
    SortedMap<String, Stamp> reachable() {
        return reachable;
    }

    /** The latest modification time of any tracked file; {@link Long#MIN_VALUE} when there is none. */
    long newest() {
        return newest;
    }

    /** One line per file: {@code input <name> <size> <time>}, then {@code file <path> <size> <time>}. */
    String describe() {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Stamp> input : inputStamps.entrySet()) {
            line(text, "input ", input.getKey(), input.getValue());
        }
        for (Map.Entry<String, Stamp> file : reachable.entrySet()) {
            line(text, "file ", file.getKey(), file.getValue());
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String kind, String name, Stamp stamp) {
        text.append(kind).append(name).append(' ').append(stamp.text()).append('\n');
    }

    private static void walk(Path folder, Set<Path> inputs, List<Path> skipped, SortedMap<String, Stamp> out)
            throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(folder) && isHidden(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                for (Path untracked : skipped) {
                    if (dir.startsWith(untracked)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !isHidden(file) && !inputs.contains(file)) {
                    out.put(file.toString().replace('\\', '/'), stamp(attrs));
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * A selected input's size and time. One that is not there is a symbolic link whose target is gone
     * ({@link SchemaSelection} selects those): the error the catalog reports for such an input.
     */
    private static BasicFileAttributes inputAttributes(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new SchemaException(new Problem(Location.of(file), "", null, FolderFiles.missing(file)));
        }
    }

    private static Stamp stamp(BasicFileAttributes attrs) {
        return new Stamp(attrs.size(), attrs.lastModifiedTime().toMillis());
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
