package dev.schemaforge.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incremental writes: unchanged files untouched, changed ones replaced, stale ones (and only those) deleted. */
class OutputWriterTest {

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));

    private static GeneratedFile source(String path, String content) {
        return new GeneratedFile(GeneratedFile.Kind.SOURCE, path, content);
    }

    private static GeneratedFile resource(String path, String content) {
        return new GeneratedFile(GeneratedFile.Kind.RESOURCE, path, content);
    }

    private static GenerationResult result(GeneratedFile... files) {
        return new GenerationResult(List.of(files), files.length);
    }

    private static final GenerationResult TWO_TYPES = result(
            source("p/Person.java", "record Person() {}\n"),
            source("p/Address.java", "record Address() {}\n"),
            resource("META-INF/schemaforge/types.json", "{}\n"));

    @Test
    void theFirstWriteWritesEveryFile(@TempDir Path out) throws IOException {
        OutputWriter.Report report = OutputWriter.write(TWO_TYPES, out, out);
        assertThat(report).isEqualTo(new OutputWriter.Report(3, 0, 0));
        assertThat(out.resolve("p/Person.java")).hasContent("record Person() {}");
        assertThat(out.resolve("META-INF/schemaforge/types.json")).hasContent("{}");
        assertThat(Files.readString(out.resolve(OutputWriter.MANIFEST)))
                .isEqualTo("p/Person.java\np/Address.java\nMETA-INF/schemaforge/types.json\n");
    }

    @Test
    void manyFilesInManyNewFoldersAreAllWritten(@TempDir Path out) throws IOException {
        // Files are written in parallel: each must find its folder made, whichever task comes first.
        List<GeneratedFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            files.add(source("p" + (i % 40) + "/q" + (i % 7) + "/T" + i + ".java", "record T" + i + "() {}\n"));
        }
        for (int round = 0; round < 5; round++) {
            Path target = out.resolve("round" + round);
            OutputWriter.Report report = OutputWriter.write(new GenerationResult(files, files.size()), target, target);
            assertThat(report).isEqualTo(new OutputWriter.Report(400, 0, 0));
            assertThat(target.resolve("p39/q0/T399.java")).hasContent("record T399() {}");
        }
    }

    @Test
    void anIdenticalSecondWriteTouchesNothing(@TempDir Path out) throws IOException {
        OutputWriter.write(TWO_TYPES, out, out);
        Path person = out.resolve("p/Person.java");
        Path manifest = out.resolve(OutputWriter.MANIFEST);
        Files.setLastModifiedTime(person, LONG_AGO);
        Files.setLastModifiedTime(manifest, LONG_AGO);

        OutputWriter.Report report = OutputWriter.write(TWO_TYPES, out, out);

        assertThat(report).isEqualTo(new OutputWriter.Report(0, 3, 0));
        assertThat(Files.getLastModifiedTime(person)).isEqualTo(LONG_AGO);
        assertThat(Files.getLastModifiedTime(manifest)).isEqualTo(LONG_AGO);
    }

    @Test
    void aChangedFileIsReplacedAndTheOthersKept(@TempDir Path out) throws IOException {
        OutputWriter.write(TWO_TYPES, out, out);
        Path person = out.resolve("p/Person.java");
        Path address = out.resolve("p/Address.java");
        Files.setLastModifiedTime(person, LONG_AGO);
        Files.setLastModifiedTime(address, LONG_AGO);

        OutputWriter.Report report = OutputWriter.write(result(
                source("p/Person.java", "record Person(String name) {}\n"),
                source("p/Address.java", "record Address() {}\n"),
                resource("META-INF/schemaforge/types.json", "{}\n")), out, out);

        assertThat(report).isEqualTo(new OutputWriter.Report(1, 2, 0));
        assertThat(person).hasContent("record Person(String name) {}");
        assertThat(Files.getLastModifiedTime(person)).isNotEqualTo(LONG_AGO);
        assertThat(Files.getLastModifiedTime(address)).isEqualTo(LONG_AGO);
    }

    @Test
    void aFileRemovedByHandIsWrittenAgain(@TempDir Path out) throws IOException {
        OutputWriter.write(TWO_TYPES, out, out);
        Files.delete(out.resolve("p/Address.java"));
        assertThat(OutputWriter.write(TWO_TYPES, out, out)).isEqualTo(new OutputWriter.Report(1, 2, 0));
        assertThat(out.resolve("p/Address.java")).hasContent("record Address() {}");
    }

    @Test
    void aFileTheNewResultNoLongerHasIsDeleted(@TempDir Path out) throws IOException {
        OutputWriter.write(TWO_TYPES, out, out);

        OutputWriter.Report report = OutputWriter.write(result(
                source("p/Person.java", "record Person() {}\n"),
                resource("META-INF/schemaforge/types.json", "{}\n")), out, out);

        assertThat(report).isEqualTo(new OutputWriter.Report(0, 2, 1));
        assertThat(out.resolve("p/Address.java")).doesNotExist();
        assertThat(out.resolve("p/Person.java")).exists();
        assertThat(Files.readString(out.resolve(OutputWriter.MANIFEST)))
                .isEqualTo("p/Person.java\nMETA-INF/schemaforge/types.json\n");
    }

    @Test
    void aForeignFileIsNeverDeleted(@TempDir Path out) throws IOException {
        Path foreign = out.resolve("p/Handwritten.java");
        Files.createDirectories(foreign.getParent());
        Files.writeString(foreign, "class Handwritten {}\n");
        Path notes = out.resolve("notes.txt");
        Files.writeString(notes, "keep me\n");

        OutputWriter.write(TWO_TYPES, out, out);
        OutputWriter.Report report = OutputWriter.write(result(source("p/Other.java", "record Other() {}\n")),
                out, out);

        assertThat(report).isEqualTo(new OutputWriter.Report(1, 0, 3));
        assertThat(foreign).hasContent("class Handwritten {}");
        assertThat(notes).hasContent("keep me");
        assertThat(out.resolve("p/Person.java")).doesNotExist();
    }

    @Test
    void sourcesAndResourcesGoToTheirOwnFoldersWithTheirOwnManifests(@TempDir Path temp) throws IOException {
        Path sources = temp.resolve("java");
        Path resources = temp.resolve("resources");

        assertThat(OutputWriter.write(TWO_TYPES, sources, resources)).isEqualTo(new OutputWriter.Report(3, 0, 0));

        assertThat(sources.resolve("p/Person.java")).exists();
        assertThat(sources.resolve("META-INF")).doesNotExist();
        assertThat(resources.resolve("META-INF/schemaforge/types.json")).hasContent("{}");
        assertThat(resources.resolve("p")).doesNotExist();
        assertThat(Files.readString(sources.resolve(OutputWriter.MANIFEST)))
                .isEqualTo("p/Person.java\np/Address.java\n");
        assertThat(Files.readString(resources.resolve(OutputWriter.MANIFEST)))
                .isEqualTo("META-INF/schemaforge/types.json\n");
    }

    @Test
    void contentIsWrittenAsUtf8WithoutTemporaryFilesLeftBehind(@TempDir Path out) throws IOException {
        OutputWriter.write(result(source("p/Caf\u00e9.java", "// caf\u00e9 \u2603\n")), out, out);
        assertThat(Files.readAllBytes(out.resolve("p/Caf\u00e9.java")))
                .isEqualTo("// caf\u00e9 \u2603\n".getBytes(StandardCharsets.UTF_8));
        try (var files = Files.list(out.resolve("p"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("Caf\u00e9.java");
        }
    }

    @Test
    void writingARealResultTwiceIsANoOp(@TempDir Path out) {
        GenerationResult generated = new Generator().generate(GenerationRequest.builder()
                .input(Path.of("src/test/resources/mapping/person.schema.json"))
                .packageName("test.mapping")
                .sourceOutput(out)
                .build());
        int files = generated.files().size();
        assertThat(OutputWriter.write(generated, out, out)).isEqualTo(new OutputWriter.Report(files, 0, 0));
        assertThat(out.resolve("test/mapping/Person.java")).exists();
        assertThat(out.resolve("META-INF/schemaforge/types.json")).exists();
        assertThat(OutputWriter.write(generated, out, out)).isEqualTo(new OutputWriter.Report(0, files, 0));
    }

    @Test
    void aFailureTheJdkNamesOnlyByItsFileIsStillExplained(@TempDir Path temp) throws IOException {
        Path dangling = Files.createSymbolicLink(temp.resolve("out"), temp.resolve("gone"));

        assertThatThrownBy(() -> OutputWriter.write(TWO_TYPES, dangling, dangling))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot write generated files: " + dangling
                        + ": already exists (as a file, or as a link to nothing)");
    }

    /** Every file below a folder, relative to it. */
    private static List<String> filesBelow(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString()).sorted().toList();
        }
    }

    @Test
    void aFileNameTooLongForAFileSystemStopsTheWriteBeforeAnyFileIsWritten(@TempDir Path out) throws IOException {
        String longName = "T".repeat(300);
        GenerationResult result = result(
                source("p/Person.java", "record Person() {}\n"),
                source("p/" + longName + ".java", "// Generated by Schemaforge from s.json#/$defs/x. Do not edit.\n"),
                resource("META-INF/schemaforge/types.json", "{}\n"));

        assertThatThrownBy(() -> OutputWriter.write(result, out, out))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("is 305 bytes long, more than the 255 a file system takes (from s.json#/$defs/x)");
        assertThat(filesBelow(out)).isEmpty();
    }

    @Test
    void aFolderWhereAFileGoesStopsTheWriteBeforeAnyFileIsWritten(@TempDir Path out) throws IOException {
        OutputWriter.write(TWO_TYPES, out, out);
        Files.delete(out.resolve("p/Address.java"));
        Files.createDirectories(out.resolve("p/Address.java"));
        GenerationResult changed = result(
                source("p/Person.java", "record Person(String name) {}\n"),
                source("p/Address.java", "record Address() {}\n"),
                source("p/Extra.java", "record Extra() {}\n"));

        assertThatThrownBy(() -> OutputWriter.write(changed, out, out))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("Address.java: a folder is where this generated file goes");
        assertThat(out.resolve("p/Person.java")).hasContent("record Person() {}");
        assertThat(out.resolve("p/Extra.java")).doesNotExist();
        assertThat(Files.readString(out.resolve(OutputWriter.MANIFEST)))
                .isEqualTo("p/Person.java\np/Address.java\nMETA-INF/schemaforge/types.json\n");
    }

    @Test
    void aResourceFolderThatCannotBeMadeStopsTheWriteBeforeAnySourceIsWritten(@TempDir Path temp) throws IOException {
        Path sources = temp.resolve("java");
        Path blocked = Files.writeString(temp.resolve("a-file"), "x").resolve("resources");

        assertThatThrownBy(() -> OutputWriter.write(TWO_TYPES, sources, blocked))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(filesBelow(sources)).isEmpty();
    }
}
