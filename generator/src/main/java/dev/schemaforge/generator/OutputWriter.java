package dev.schemaforge.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a {@link GenerationResult} to disk without surprises: a file whose content is unchanged is
 * not touched (its mtime stays, so incremental compilers stay quiet), a changed file is replaced
 * atomically, a new file is created in place (and deleted again if writing it fails), and a file
 * the previous run wrote that this run did not produce is deleted. Only files listed in the
 * previous run's manifest are ever deleted, so pointing the output at a folder with other content
 * loses nothing.
 */
public final class OutputWriter {

    /** The manifest of written files, one relative path per line, kept in each output folder. */
    public static final String MANIFEST = ".schemaforge-files";

    /**
     * What a write did.
     *
     * @param written files created or replaced
     * @param unchanged files whose content was already current
     * @param deleted stale files from a previous run that were removed
     */
    public record Report(int written, int unchanged, int deleted) {
    }

    private static final AtomicLong TEMP_COUNTER = new AtomicLong();

    /** The longest file name, in UTF-8 bytes, that common file systems (ext4, APFS, NTFS) all take. */
    static final int MAX_NAME_BYTES = 255;

    private OutputWriter() {
    }

    /**
     * Writes sources to {@code sourceOutput} and resources to {@code resourceOutput}, in three steps so
     * that a failure leaves no half-written output: first every folder is made and every target
     * checked (a file name too long for a file system, a folder where a file goes), then every file is
     * written, and only then are stale files deleted and the manifests updated. If writing fails, the
     * files this run created are deleted again; a replaced file is complete either way.
     */
    public static Report write(GenerationResult result, Path sourceOutput, Path resourceOutput) {
        Map<Path, List<GeneratedFile>> byFolder = new LinkedHashMap<>();
        if (sourceOutput.toAbsolutePath().normalize().equals(resourceOutput.toAbsolutePath().normalize())) {
            byFolder.put(sourceOutput, result.files());
        } else {
            byFolder.put(sourceOutput,
                    result.files().stream().filter(f -> f.kind() == GeneratedFile.Kind.SOURCE).toList());
            byFolder.put(resourceOutput,
                    result.files().stream().filter(f -> f.kind() == GeneratedFile.Kind.RESOURCE).toList());
        }
        try {
            for (Map.Entry<Path, List<GeneratedFile>> folder : byFolder.entrySet()) {
                prepare(folder.getValue(), folder.getKey());
            }
            int[] counts = new int[3];
            Set<Path> created = ConcurrentHashMap.newKeySet();
            try {
                for (Map.Entry<Path, List<GeneratedFile>> folder : byFolder.entrySet()) {
                    writeFiles(folder.getValue(), folder.getKey(), counts, created);
                }
            } catch (IOException | RuntimeException e) {
                for (Path file : created) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException cleanup) {
                        e.addSuppressed(cleanup);
                    }
                }
                throw e;
            }
            for (Map.Entry<Path, List<GeneratedFile>> folder : byFolder.entrySet()) {
                finish(folder.getValue(), folder.getKey(), counts);
            }
            return new Report(counts[0], counts[1], counts[2]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write generated files: " + describe(e), e);
        }
    }

    /**
     * Makes the folders the files go in and checks every target before anything is written.
     *
     * @throws IOException naming the first file that cannot be written, and the schema it comes from
     */
    private static void prepare(List<GeneratedFile> files, Path folder) throws IOException {
        for (GeneratedFile file : files) {
            for (String segment : file.relativePath().split("/")) {
                int bytes = segment.getBytes(StandardCharsets.UTF_8).length;
                if (bytes > MAX_NAME_BYTES) {
                    String start = segment.substring(0, segment.offsetByCodePoints(0, 40));
                    throw new IOException(folder.resolve(file.relativePath()) + ": the name " + start + "... is "
                            + bytes + " bytes long, more than the " + MAX_NAME_BYTES + " a file system takes"
                            + origin(file) + "; give that schema a shorter title or name");
                }
            }
        }
        Files.createDirectories(folder);
        Set<Path> parents = new LinkedHashSet<>();
        files.forEach(file -> parents.add(folder.resolve(file.relativePath()).getParent()));
        for (Path parent : parents) {
            Files.createDirectories(parent);
        }
        for (GeneratedFile file : files) {
            Path target = folder.resolve(file.relativePath());
            if (Files.isDirectory(target)) {
                throw new IOException(target + ": a folder is where this generated file goes" + origin(file));
            }
        }
    }

    /** {@code " (from FILE#POINTER)"} when the file's header names the schema it was generated from. */
    private static String origin(GeneratedFile file) {
        String header = "// Generated by Schemaforge from ";
        String content = file.content();
        int end = content.indexOf(". Do not edit.");
        return content.startsWith(header) && end > header.length()
                ? " (from " + content.substring(header.length(), end) + ")" : "";
    }

    /** What went wrong, in words: for some failures the JDK's message is only the file's name. */
    static String describe(IOException e) {
        if (!(e instanceof FileSystemException failure) || failure.getReason() != null) {
            return e.getMessage();
        }
        String what;
        if (e instanceof NoSuchFileException) {
            what = "no such file or folder";
        } else if (e instanceof AccessDeniedException) {
            what = "permission denied";
        } else if (e instanceof FileAlreadyExistsException) {
            what = "already exists (as a file, or as a link to nothing)";
        } else if (e instanceof NotDirectoryException) {
            what = "not a folder";
        } else {
            what = e.getClass().getSimpleName();
        }
        return failure.getFile() + ": " + what;
    }

    /** Writes every file that is new or changed; {@code created} collects the ones that did not exist. */
    private static void writeFiles(List<GeneratedFile> files, Path folder, int[] counts, Set<Path> created)
            throws IOException {
        // Files are independent and most of the cost is the file system's: write them in parallel.
        AtomicInteger written = new AtomicInteger();
        AtomicInteger unchanged = new AtomicInteger();
        try {
            files.parallelStream().forEach(file -> {
                Path target = folder.resolve(file.relativePath());
                byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
                try {
                    if (createNew(target, bytes)) {
                        created.add(target);
                        written.incrementAndGet();
                    } else if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
                        unchanged.incrementAndGet();
                    } else {
                        replaceIn(target, bytes);
                        written.incrementAndGet();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        counts[0] += written.get();
        counts[1] += unchanged.get();
    }

    /** Deletes what the previous run wrote and this one did not, then updates the manifest. */
    private static void finish(List<GeneratedFile> files, Path folder, int[] counts) throws IOException {
        Path manifest = folder.resolve(MANIFEST);
        Set<String> previous = new LinkedHashSet<>();
        if (Files.isRegularFile(manifest)) {
            previous.addAll(Arrays.asList(Files.readString(manifest, StandardCharsets.UTF_8).split("\n")));
            previous.remove("");
        }
        List<String> current = new ArrayList<>(files.size());
        files.forEach(file -> current.add(file.relativePath()));
        previous.removeAll(current);
        Path root = folder.toAbsolutePath().normalize();
        for (String stale : previous) {
            Path file = root.resolve(stale).normalize();
            // A manifest is a file on disk like any other: never let one of its lines reach outside the folder.
            if (file.startsWith(root) && !file.equals(root) && Files.deleteIfExists(file)) {
                counts[2]++;
            }
        }
        String listing = String.join("\n", current) + "\n";
        if (!Files.isRegularFile(manifest) || !Files.readString(manifest, StandardCharsets.UTF_8).equals(listing)) {
            replace(manifest, listing.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Creates a file that must not exist yet and writes it: the one open that creates it is also the
     * check that it was absent. A new output file needs no temporary file or rename, since there is
     * no old content to protect; on some file systems those two metadata operations per file are
     * most of the time a large generation takes. If the write fails the new file is deleted again.
     *
     * @return false, writing nothing, when the file exists already
     */
    private static boolean createNew(Path file, byte[] bytes) throws IOException {
        OutputStream out;
        try {
            out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            return false;
        }
        boolean complete = false;
        try {
            try (OutputStream stream = out) {
                stream.write(bytes);
            }
            complete = true;
        } finally {
            if (!complete) {
                Files.deleteIfExists(file);
            }
        }
        return true;
    }

    /** Writes beside the target, then moves over it, so a reader never sees half a file. */
    public static void replace(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        replaceIn(target, bytes);
    }

    /** {@link #replace} when the target's folder exists. */
    private static void replaceIn(Path target, byte[] bytes) throws IOException {
        // Named after the target, this process and a counter, so two runs writing one folder never
        // share a temporary file. Cheaper than Files.createTempFile, which seeds a secure random
        // generator and leaves a file that must be opened once more to be written.
        String prefix = "." + target.getFileName() + "." + ProcessHandle.current().pid() + "-";
        Path temp;
        do {
            // a name left behind by an earlier process with the same id is skipped
            temp = target.resolveSibling(prefix + TEMP_COUNTER.incrementAndGet() + ".tmp");
        } while (!createNew(temp, bytes));
        boolean moved = false;
        try {
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
