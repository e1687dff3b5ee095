package dev.schemaforge.maven;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;

/**
 * What identifies the code that generates, for the up-to-date key. Part of the no-op path, so text
 * is built with {@link StringBuilder}: each {@code +} shape costs a cold JVM an invokedynamic bootstrap. A release version says it all;
 * a SNAPSHOT's code changes under the same version (in this very reactor, for one), so for it the
 * jars or class folders of the given classes also count, by path, size and modification time.
 */
final class ToolVersion {

    private ToolVersion() {
    }

    /** {@code version}, plus for a {@code -SNAPSHOT} one line per class's code location. */
    static String of(String version, Class<?>... code) {
        StringBuilder text = new StringBuilder(String.valueOf(version));
        if (version != null && version.endsWith("-SNAPSHOT")) {
            for (Class<?> type : code) {
                text.append('\n').append(stamp(type));
            }
        }
        return text.toString();
    }

    private static String stamp(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return type.getName().concat(" unknown");
            }
            Path location = Path.of(source.getLocation().toURI());
            long[] sizeAndNewest = {0, 0};
            Files.walkFileTree(location, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    sizeAndNewest[0] += attrs.size();
                    sizeAndNewest[1] = Math.max(sizeAndNewest[1], attrs.lastModifiedTime().toMillis());
                    return FileVisitResult.CONTINUE;
                }
            });
            return new StringBuilder().append(location).append(' ').append(sizeAndNewest[0]).append(' ')
                    .append(sizeAndNewest[1]).toString();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return type.getName().concat(" unknown");
        }
    }
}
