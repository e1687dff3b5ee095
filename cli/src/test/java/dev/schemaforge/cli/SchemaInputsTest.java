package dev.schemaforge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaInputsTest {

    @TempDir
    Path folder;

    @Test
    void expandsToSchemaFilesSortedByRelativePath() throws IOException {
        touch("b.yaml", "a/z.json", "a/y.YML", "notes.txt", "c.json");

        List<Path> files = new SchemaInputs(List.of(), List.of()).expand(folder);

        assertThat(files).containsExactly(file("a/y.YML"), file("a/z.json"), file("b.yaml"), file("c.json"));
    }

    @Test
    void doubleStarSlashAlsoMatchesNoFolder() throws IOException {
        touch("examples/top.json", "sso/examples/valid/deep.json", "sso/connection.schema.json",
                "sso/my-examples/kept.json");

        List<Path> files = new SchemaInputs(List.of("**/examples/**"), List.of()).expand(folder);

        assertThat(files).containsExactly(file("sso/connection.schema.json"), file("sso/my-examples/kept.json"));
    }

    @Test
    void globsAreMatchedRelativeToTheFolder() throws IOException {
        touch("draft.json", "sub/draft.json", "sub/keep.json");

        List<Path> files = new SchemaInputs(List.of("draft.json"), List.of()).expand(folder);

        assertThat(files).containsExactly(file("sub/draft.json"), file("sub/keep.json"));
    }

    @Test
    void outputFoldersInsideAnInputFolderAreNotRead() throws IOException {
        touch("a.json", "generated/META-INF/schemaforge/types.json");

        List<Path> files = new SchemaInputs(List.of(), List.of(folder.resolve("generated"))).expand(folder);

        assertThat(files).containsExactly(file("a.json"));
    }

    @Test
    void everyWholeSegmentDoubleStarMayBeDropped() {
        assertThat(SchemaInputs.withOptionalFolders("**/a/**/b.json"))
                .containsExactlyInAnyOrder("**/a/**/b.json", "**/a/b.json", "a/**/b.json", "a/b.json");
        assertThat(SchemaInputs.withOptionalFolders("x**/y")).containsExactly("x**/y");
    }

    @Test
    void aMalformedGlobIsNamed() {
        assertThatThrownBy(() -> new SchemaInputs(List.of("[a"), List.of()))
                .isInstanceOf(SchemaInputs.InvalidGlobException.class)
                .hasMessageStartingWith("invalid --exclude glob \"[a\": ");
    }

    private void touch(String... relativePaths) throws IOException {
        for (String relative : relativePaths) {
            Path file = folder.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "{}");
        }
    }

    private Path file(String relative) {
        return folder.resolve(relative);
    }
}
