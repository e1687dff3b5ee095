package dev.schemaforge.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackedFilesTest {

    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path project;

    Path schemas;
    Path person;
    Path pets;

    @BeforeEach
    void schemas() throws IOException {
        schemas = project.resolve("src/main/schemas");
        person = Schemas.write(schemas, "person.schema.json", Schemas.PERSON);
        pets = Schemas.write(schemas, "api/pets.yaml", Schemas.PETS);
    }

    @Test
    void inputsAreNamedBelowTheSourceDirectoryAndEveryOtherFileByItsPath() throws IOException {
        Path shared = Schemas.write(schemas, "common/defs.json", "{}");
        Path store = Schemas.write(project.resolve("store"), "x.json", "{}");

        TrackedFiles files = TrackedFiles.scan(List.of(pets, person), schemas,
                List.of(schemas, project.resolve("store")), List.of());

        assertThat(files.inputs()).containsExactly(entry("api/pets.yaml", pets), entry("person.schema.json", person));
        assertThat(files.reachable()).containsOnlyKeys(path(shared), path(store));
    }

    @Test
    void theTextListsEverySizeAndTime() throws IOException {
        Path shared = Schemas.write(schemas, "common/defs.json", "{}");
        for (Path file : List.of(person, pets, shared)) {
            Files.setLastModifiedTime(file, LONG_AGO);
        }

        TrackedFiles files = TrackedFiles.scan(List.of(person, pets), schemas, List.of(schemas), List.of());

        assertThat(files.describe()).isEqualTo("input api/pets.yaml " + Files.size(pets) + " 1000000000000\n"
                + "input person.schema.json " + Files.size(person) + " 1000000000000\n"
                + "file " + path(shared) + " 2 1000000000000\n");
        assertThat(files.newest()).isEqualTo(LONG_AGO.toMillis());
    }

    @Test
    void hiddenEntriesAndUntrackedFoldersDoNotCountUnlessTrackedThemselves() throws IOException {
        Path target = project.resolve("schemas-target");
        Schemas.write(schemas, ".git/index", "x");
        Schemas.write(schemas, ".DS_Store", "x");
        Schemas.write(schemas, "generated/Person.java", "class Person {}");
        Path unpacked = Schemas.write(target, "unpacked/common.json", "{}");

        TrackedFiles files = TrackedFiles.scan(List.of(person, pets), schemas,
                List.of(schemas, target.resolve("unpacked")), List.of(schemas.resolve("generated"), target));

        assertThat(files.reachable()).containsOnlyKeys(path(unpacked));
    }

    @Test
    void theNewestTimeCoversInputsAndOtherFiles() throws IOException {
        Files.setLastModifiedTime(person, LONG_AGO);
        Files.setLastModifiedTime(pets, LONG_AGO);
        Path shared = Schemas.write(schemas, "common/defs.json", "{}");
        FileTime later = FileTime.fromMillis(LONG_AGO.toMillis() + 5_000);
        Files.setLastModifiedTime(shared, later);

        TrackedFiles files = TrackedFiles.scan(List.of(person, pets), schemas, List.of(schemas), List.of());

        assertThat(files.newest()).isEqualTo(later.toMillis());
    }

    private static String path(Path file) {
        return file.toAbsolutePath().normalize().toString().replace('\\', '/');
    }

    private static Map.Entry<String, Path> entry(String name, Path file) {
        return Map.entry(name, file.toAbsolutePath().normalize());
    }
}
