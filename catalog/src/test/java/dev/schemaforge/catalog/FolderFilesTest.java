package dev.schemaforge.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderFilesTest {

    @TempDir
    Path folder;

    @Test
    void filesWithAWantedExtensionComeSortedByRelativePathWhateverTheCase() throws IOException {
        touch("b.yaml", "a/z.json", "a/y.YML", "notes.txt", "c.json");
        Files.createDirectories(folder.resolve("folder.json"));

        assertThat(FolderFiles.below(folder, FolderFiles.JSON_AND_YAML)).containsExactly(
                folder.resolve("a/y.YML"), folder.resolve("a/z.json"), folder.resolve("b.yaml"),
                folder.resolve("c.json"));
    }

    @Test
    void aLinkWhoseTargetIsGoneIsListedSoThatReadingItReportsIt() throws IOException {
        touch("a.json", "c.json");
        Path gone = folder.resolve("moved-away.json");
        Path link = Files.createSymbolicLink(folder.resolve("b.json"), gone);

        assertThat(FolderFiles.below(folder, FolderFiles.JSON_AND_YAML))
                .containsExactly(folder.resolve("a.json"), link, folder.resolve("c.json"));
        assertThat(FolderFiles.missing(link)).isEqualTo("a symbolic link to " + gone + ", which does not exist");
        assertThat(FolderFiles.unreadable(link, new NoSuchFileException(link.toString())))
                .isEqualTo(FolderFiles.missing(link));
    }

    @Test
    void aLoopOfLinksIsListedAndNamedAsOne() throws IOException {
        Path loop = Files.createSymbolicLink(folder.resolve("loop.json"), Path.of("loop.json"));

        assertThat(FolderFiles.below(folder, FolderFiles.JSON_AND_YAML)).containsExactly(loop);
        assertThat(FolderFiles.missing(loop))
                .isEqualTo("a symbolic link to loop.json, which leads to no file (a chain or loop of links)");
    }

    @Test
    void aLinkToAFileIsAFileAndALinkToAFolderIsNot() throws IOException {
        touch("real/a.json");
        Files.createSymbolicLink(folder.resolve("b.json"), folder.resolve("real/a.json"));
        Files.createSymbolicLink(folder.resolve("c.json"), folder.resolve("real"));

        assertThat(FolderFiles.below(folder, FolderFiles.JSON_AND_YAML))
                .containsExactly(folder.resolve("b.json"), folder.resolve("real/a.json"));
    }

    @Test
    void aNamedPipeIsLeftOutAsReadingItWouldWaitForAWriter() throws Exception {
        touch("a.json");
        Process mkfifo = new ProcessBuilder("mkfifo", folder.resolve("pipe.json").toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mkfifo.exitValue()).isZero();

        assertThat(FolderFiles.below(folder, FolderFiles.JSON_AND_YAML)).containsExactly(folder.resolve("a.json"));
    }

    @Test
    void aPathWithNothingThereIsNamedSo() throws IOException {
        Path nothing = folder.resolve("nothing.json");

        assertThat(FolderFiles.missing(nothing)).isEqualTo("no such file or folder");
        assertThat(FolderFiles.unreadable(nothing, new IOException("Is a directory"))).isEqualTo("Is a directory");
        assertThat(FolderFiles.below(folder, Set.of(".json"))).isEmpty();
    }

    @Test
    void aFileThatCannotBeReadSaysWhyNotJustWhere() throws IOException {
        Path locked = folder.resolve("locked.json");
        Files.writeString(locked, "{}");

        assertThat(FolderFiles.unreadable(locked, new AccessDeniedException(locked.toString())))
                .isEqualTo("permission denied");
        FileSystemException failed = new FileSystemException(locked.toString(), null, "Input/output error");
        assertThat(FolderFiles.unreadable(locked, failed)).isEqualTo("Input/output error");
    }

    private void touch(String... relativePaths) throws IOException {
        for (String relative : relativePaths) {
            Path file = folder.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "{}");
        }
    }
}
