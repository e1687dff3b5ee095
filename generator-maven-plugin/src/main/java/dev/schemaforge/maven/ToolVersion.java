package dev.schemaforge.maven;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What identifies the code that generates, for the up-to-date check. A release version says it
 * all. A SNAPSHOT's code changes under the same version (in this very reactor, for one), so for it
 * the jars or class folders of the given classes also count, in two ways: {@link #stamp()} by
 * size and modification time, cheap enough for every no-op build, and {@link #identity()} by
 * content, for when the stamp changed: a plugin jar that a reactor build shaded again, byte for
 * byte the same code, regenerates nothing. Text is built with {@link StringBuilder}: each
 * {@code +} shape costs a cold JVM an invokedynamic bootstrap.
 */
final class ToolVersion {

    private final String version;
    private final List<Path> locations;

    private ToolVersion(String version, List<Path> locations) {
        this.version = String.valueOf(version);
        this.locations = List.copyOf(locations);
    }

    /** {@code version}, and for a {@code -SNAPSHOT} one the code locations of {@code code}. */
    static ToolVersion of(String version, Class<?>... code) {
        List<Path> locations = new ArrayList<>();
        for (Class<?> type : code) {
            Path location = location(type);
            if (location != null) {
                locations.add(location);
            }
        }
        return of(version, locations);
    }

    /** {@code version}, and for a {@code -SNAPSHOT} one the given jars and class folders, each once. */
    static ToolVersion of(String version, List<Path> locations) {
        List<Path> distinct = new ArrayList<>();
        if (version != null && version.endsWith("-SNAPSHOT")) {
            for (Path location : locations) {
                if (!distinct.contains(location)) {
                    distinct.add(location);
                }
            }
        }
        return new ToolVersion(version, distinct);
    }

    /** The version and each code location's path, total size and newest modification time. */
    String stamp() {
        StringBuilder text = new StringBuilder(version);
        for (Path location : locations) {
            text.append('\n').append(location).append(' ').append(sizeAndTime(location));
        }
        return text.toString();
    }

    /**
     * The version and each code location's content: for a jar, the CRC and size of every entry; for
     * a class folder, as in {@link #stamp()} (a compiler rewrites only what changed).
     */
    String identity() {
        StringBuilder text = new StringBuilder(version);
        for (Path location : locations) {
            text.append('\n').append(location).append(' ')
                    .append(Files.isRegularFile(location) ? jarContent(location) : sizeAndTime(location));
        }
        return text.toString();
    }

    private static Path location(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            return source == null || source.getLocation() == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static String sizeAndTime(Path location) {
        long[] sizeAndNewest = {0, 0};
        try {
            Files.walkFileTree(location, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    sizeAndNewest[0] += attrs.size();
                    sizeAndNewest[1] = Math.max(sizeAndNewest[1], attrs.lastModifiedTime().toMillis());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return "unreadable";
        }
        return new StringBuilder().append(sizeAndNewest[0]).append(' ').append(sizeAndNewest[1]).toString();
    }

    /** SHA-256 over every entry's name, CRC and size; the central directory holds them, nothing is inflated. */
    private static String jarContent(Path jar) {
        MessageDigest digest = InputFingerprint.sha256();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                digest.update(new StringBuilder(entry.getName()).append('\0').append(entry.getCrc()).append('\0')
                        .append(entry.getSize()).append('\n').toString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return "unreadable";
        }
        return "sha256 ".concat(HexFormat.of().formatHex(digest.digest()));
    }
}
