package dev.schemaforge.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolVersionTest {

    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path folder;

    @Test
    void aReleaseIsItsVersionAlone() throws IOException {
        Path jar = jar("plugin.jar", "class A {}");

        ToolVersion release = ToolVersion.of("1.2.0", List.of(jar));

        assertThat(release.stamp()).isEqualTo("1.2.0");
        assertThat(release.identity()).isEqualTo("1.2.0");
    }

    @Test
    void aSnapshotJarRebuiltWithTheSameCodeHasANewStampButTheSameIdentity() throws IOException {
        ToolVersion snapshot = ToolVersion.of("1.0-SNAPSHOT", List.of(jar("plugin.jar", "class A {}")));
        String stamp = snapshot.stamp();
        String identity = snapshot.identity();

        Files.setLastModifiedTime(jar("plugin.jar", "class A {}"), LONG_AGO);

        assertThat(snapshot.stamp()).isNotEqualTo(stamp);
        assertThat(snapshot.identity()).isEqualTo(identity);
    }

    @Test
    void aSnapshotJarWithOtherCodeHasAnotherIdentity() throws IOException {
        ToolVersion snapshot = ToolVersion.of("1.0-SNAPSHOT", List.of(jar("plugin.jar", "class A {}")));
        String identity = snapshot.identity();

        jar("plugin.jar", "class B {}");

        assertThat(snapshot.identity()).isNotEqualTo(identity);
    }

    @Test
    void aSnapshotClassFolderCountsByItsFilesSizesAndTimes() throws IOException {
        Path classes = Files.createDirectories(folder.resolve("classes"));
        Path type = Files.writeString(classes.resolve("A.class"), "class A {}");
        Files.setLastModifiedTime(type, LONG_AGO);
        ToolVersion snapshot = ToolVersion.of("1.0-SNAPSHOT", List.of(classes));
        String stamp = snapshot.stamp();

        Files.setLastModifiedTime(type, FileTime.fromMillis(LONG_AGO.toMillis() + 1_000));

        assertThat(snapshot.stamp()).isNotEqualTo(stamp).isEqualTo(snapshot.identity());
    }

    @Test
    void oneJarHoldingEveryClassCountsOnce() throws IOException {
        Path jar = jar("plugin.jar", "class A {}");

        ToolVersion snapshot = ToolVersion.of("1.0-SNAPSHOT", List.of(jar, jar, jar));

        assertThat(snapshot.stamp().lines()).hasSize(2);
        assertThat(snapshot.identity().lines()).hasSize(2);
    }

    /** A jar with one entry, {@code A.class}, holding {@code content}. */
    private Path jar(String name, String content) throws IOException {
        Path jar = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry = new ZipEntry("A.class");
            entry.setTime(LONG_AGO.toMillis());
            zip.putNextEntry(entry);
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return jar;
    }
}
