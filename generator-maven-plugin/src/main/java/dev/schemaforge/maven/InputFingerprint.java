package dev.schemaforge.maven;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import dev.schemaforge.generator.GenerationRequest;

/**
 * The content key of a run: SHA-256 over the tool version, the request's output-affecting options,
 * the plugin's own such options and every selected schema's relative path and bytes. Because a
 * {@code $ref} may reach a file the includes leave out (a shared definitions file, a mapped
 * folder), every other tracked file also counts, by path, size and modification time, which is
 * cheap even for large mapped folders. Computed only when {@link TrackedFiles#describe() sizes and
 * times} alone cannot show that nothing changed, so a touched but unchanged schema regenerates nothing.
 */
final class InputFingerprint {

    private InputFingerprint() {
    }

    /**
     * Computes the key.
     *
     * @param toolVersion what identifies the generator's code (see {@link ToolVersion})
     * @param pluginOptions a stable text of the output-affecting options the request does not hold
     * @param request the run's request
     * @param files the request's inputs and the other tracked files; inputs are hashed by content
     */
    static String compute(String toolVersion, String pluginOptions, GenerationRequest request, TrackedFiles files)
            throws IOException {
        MessageDigest digest = sha256();
        field(digest, "tool", toolVersion);
        field(digest, "options", request.optionsFingerprint());
        field(digest, "plugin-options", pluginOptions);
        for (Map.Entry<String, Path> input : files.inputs().entrySet()) {
            field(digest, "input", input.getKey());
            field(digest, "bytes", Files.readAllBytes(input.getValue()));
        }
        for (Map.Entry<String, TrackedFiles.Stamp> file : files.reachable().entrySet()) {
            field(digest, "reachable", file.getKey() + "\n" + file.getValue().text());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void field(MessageDigest digest, String tag, String value) {
        field(digest, tag, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Length-prefixed, so no two different field sequences hash the same bytes. */
    private static void field(MessageDigest digest, String tag, byte[] value) {
        digest.update(tag.getBytes(StandardCharsets.UTF_8));
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(value.length).array());
        digest.update(value);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
