package dev.schemaforge.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaSelectionTest {

    @TempDir
    Path folder;

    @BeforeEach
    void files() throws IOException {
        for (String name : List.of("b.json", "a.yaml", "nested/deeper/c.yml", "nested/d.json", "examples/e.json",
                "notes.txt", "nested/readme.md")) {
            Schemas.write(folder, name, "{}");
        }
    }

    @Test
    void defaultIncludesTakeJsonAndYamlAtEveryDepthInSortedOrder() {
        assertThat(relative(SchemaSelection.select(folder, null, null)))
                .containsExactly("a.yaml", "b.json", "examples/e.json", "nested/d.json", "nested/deeper/c.yml");
        assertThat(SchemaSelection.select(folder, List.of(), List.of()))
                .isEqualTo(SchemaSelection.select(folder, null, null));
    }

    @Test
    void excludesRemoveMatchingFiles() {
        assertThat(relative(SchemaSelection.select(folder, null, List.of("**/examples/**", "**/*.yml"))))
                .containsExactly("a.yaml", "b.json", "nested/d.json");
    }

    @Test
    void includesNameFilesOfAnyExtension() {
        assertThat(relative(SchemaSelection.select(folder, List.of("notes.txt", "nested/*.json"), null)))
                .containsExactly("nested/d.json", "notes.txt");
    }

    @Test
    void aLinkWhoseTargetIsGoneIsSelectedWhereAFileOfItsNameWouldBe() throws IOException {
        Path gone = folder.resolve("moved-away.json");
        Files.createSymbolicLink(folder.resolve("nested/gone.json"), gone);
        Files.createSymbolicLink(folder.resolve("examples/gone.json"), gone);
        Files.createSymbolicLink(folder.resolve("gone.txt"), gone);

        assertThat(relative(SchemaSelection.select(folder, null, List.of("**/examples/**"))))
                .containsExactly("a.yaml", "b.json", "nested/d.json", "nested/deeper/c.yml", "nested/gone.json");
        assertThat(relative(SchemaSelection.select(folder, List.of("*.txt"), null))).containsExactly("gone.txt",
                "notes.txt");
    }

    @Test
    void aMissingFolderSelectsNothing() {
        assertThat(SchemaSelection.select(folder.resolve("absent"), null, null)).isEmpty();
    }

    @Test
    void selectedPathsAreAbsolute() {
        assertThat(SchemaSelection.select(folder.resolve("nested/../nested"), List.of("d.json"), null))
                .containsExactly(folder.toAbsolutePath().normalize().resolve("nested/d.json"));
    }

    private List<String> relative(List<Path> files) {
        Path base = folder.toAbsolutePath().normalize();
        return files.stream().map(f -> base.relativize(f).toString().replace('\\', '/')).toList();
    }
}
