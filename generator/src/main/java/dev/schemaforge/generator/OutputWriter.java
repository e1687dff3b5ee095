package dev.schemaforge.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a {@link GenerationResult} to disk without surprises: a file whose content is unchanged is
 * not touched (its mtime stays, so incremental compilers stay quiet), a changed file is replaced
 * atomically, and a file the previous run wrote that this run did not produce is deleted. Only
 * files listed in the previous run's manifest are ever deleted, so pointing the output at a folder
 * with other content loses nothing.
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

    private OutputWriter() {
    }

    /** Writes sources to {@code sourceOutput} and resources to {@code resourceOutput}. */
    public static Report write(GenerationResult result, Path sourceOutput, Path resourceOutput) {
        try {
            int[] counts = new int[3];
            if (sourceOutput.toAbsolutePath().normalize().equals(resourceOutput.toAbsolutePath().normalize())) {
                writeFolder(result.files(), sourceOutput, counts);
            } else {
                writeFolder(result.files().stream().filter(f -> f.kind() == GeneratedFile.Kind.SOURCE).toList(),
                        sourceOutput, counts);
                writeFolder(result.files().stream().filter(f -> f.kind() == GeneratedFile.Kind.RESOURCE).toList(),
                        resourceOutput, counts);
            }
            return new Report(counts[0], counts[1], counts[2]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write generated files: " + e.getMessage(), e);
        }
    }

    private static void writeFolder(List<GeneratedFile> files, Path folder, int[] counts) throws IOException {
        Files.createDirectories(folder);
        Path manifest = folder.resolve(MANIFEST);
        Set<String> previous = new LinkedHashSet<>();
        if (Files.isRegularFile(manifest)) {
            previous.addAll(Arrays.asList(Files.readString(manifest, StandardCharsets.UTF_8).split("\n")));
            previous.remove("");
        }
        List<String> current = new ArrayList<>();
        for (GeneratedFile file : files) {
            current.add(file.relativePath());
            Path target = folder.resolve(file.relativePath());
            byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
                counts[1]++;
            } else {
                replace(target, bytes);
                counts[0]++;
            }
        }
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

    /** Writes beside the target, then moves over it, so a reader never sees half a file. */
    public static void replace(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".schemaforge-", ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
