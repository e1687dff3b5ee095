package dev.schemaforge.maven;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import dev.schemaforge.generator.GenerationRequest;

/**
 * The up-to-date key of a run: SHA-256 over the tool version, the request's output-affecting
 * options, the plugin's own such options and every selected schema's relative path and bytes.
 * Because a {@code $ref} may reach a file the includes leave out (a shared definitions file, a
 * mapped folder), every other file under the request's roots and mapped folders also counts, by
 * path, size and modification time, which is cheap even for large mapped folders. Hidden entries
 * and the given output folders do not count. On the no-op path of every build, so it avoids what
 * costs a cold JVM most: text is built without {@code +} (one invokedynamic bootstrap per shape).
 */
final class InputFingerprint {

    private InputFingerprint() {
    }

    /**
     * Computes the key.
     *
     * @param toolVersion what identifies the generator's code (see {@link ToolVersion})
     * @param pluginOptions a stable text of the output-affecting options the request does not hold
     * @param request the run's request; its inputs are hashed by content
     * @param sourceDirectory the folder input paths are made relative to
     * @param untracked folders whose files never count (generated output, build directory)
     */
    static String compute(String toolVersion, String pluginOptions, GenerationRequest request,
            Path sourceDirectory, Collection<Path> untracked) throws IOException {
        MessageDigest digest = sha256();
        field(digest, "tool", toolVersion.getBytes(StandardCharsets.UTF_8));
        field(digest, "options", options(request).getBytes(StandardCharsets.UTF_8));
        field(digest, "plugin-options", pluginOptions.getBytes(StandardCharsets.UTF_8));

        Path base = absolute(sourceDirectory);
        TreeMap<String, Path> inputs = new TreeMap<>();
        for (Path input : request.inputs()) {
            Path file = absolute(input);
            String name = file.startsWith(base) ? base.relativize(file).toString() : file.toString();
            inputs.put(name.replace('\\', '/'), file);
        }
        for (var input : inputs.entrySet()) {
            field(digest, "input", input.getKey().getBytes(StandardCharsets.UTF_8));
            field(digest, "bytes", Files.readAllBytes(input.getValue()));
        }

        Set<Path> folders = new LinkedHashSet<>();
        request.roots().forEach(root -> folders.add(absolute(root)));
        request.mappings().values().forEach(folder -> folders.add(absolute(folder)));
        List<Path> skipped = new ArrayList<>();
        untracked.forEach(folder -> skipped.add(absolute(folder)));
        TreeMap<String, String> reachable = new TreeMap<>();
        Set<Path> inputFiles = new HashSet<>(inputs.values());
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                // a folder that lies inside an untracked one (schemas unpacked under target/) still counts
                List<Path> skippedHere = skipped.stream().filter(u -> !folder.startsWith(u)).toList();
                collect(folder, inputFiles, skippedHere, reachable);
            }
        }
        for (var file : reachable.entrySet()) {
            field(digest, "reachable", new StringBuilder(file.getKey()).append('\n').append(file.getValue()).toString()
                    .getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The same text as {@link GenerationRequest#optionsFingerprint()}, built without {@code +}: that
     * method's string concatenation is the first one the Maven JVM bootstraps, some 60 ms of a cold
     * no-op build. A test keeps the two equal, so an option the generator adds is not missed here.
     */
    static String options(GenerationRequest request) {
        return new StringBuilder("package=").append(request.packageName())
                .append("\njackson=").append(request.jackson())
                .append("\nbuilders=").append(request.builders())
                .append("\ndialect=").append(request.defaultDialect().shortName())
                .append("\nmappings=").append(new TreeMap<>(request.mappings()))
                .append("\nroots=").append(request.roots())
                .append('\n').toString();
    }

    private static void collect(Path folder, Set<Path> inputs, List<Path> skipped, TreeMap<String, String> out)
            throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean hidden = !dir.equals(folder) && isHidden(dir);
                return hidden || skipped.stream().anyMatch(dir::startsWith)
                        ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !isHidden(file) && !inputs.contains(file)) {
                    out.put(file.toString().replace('\\', '/'), new StringBuilder().append(attrs.size()).append(' ')
                            .append(attrs.lastModifiedTime().toMillis()).toString());
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** Length-prefixed, so no two different field sequences hash the same bytes. */
    private static void field(MessageDigest digest, String tag, byte[] value) {
        digest.update(tag.getBytes(StandardCharsets.UTF_8));
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(value.length).array());
        digest.update(value);
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
