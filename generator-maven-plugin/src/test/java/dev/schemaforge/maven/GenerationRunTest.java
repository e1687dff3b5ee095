package dev.schemaforge.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemaforge.catalog.SchemaException;
import dev.schemaforge.generator.OutputWriter;

class GenerationRunTest {

    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path project;

    Path schemas;
    Path sources;
    Path resources;
    Path state;
    GenerationRun run;

    @BeforeEach
    void layout() throws IOException {
        schemas = project.resolve("src/main/schemas");
        sources = project.resolve("target/generated-sources/schemaforge");
        resources = project.resolve("target/generated-resources/schemaforge");
        state = project.resolve("target/schemaforge/generate.state");
        run = new GenerationRun(state, ToolVersion.of("1.0"), List.of(project.resolve("target")), true);
        Schemas.write(schemas, "person.schema.json", Schemas.PERSON);
        Schemas.write(schemas, "pets.yaml", Schemas.PETS);
    }

    @Test
    void theFirstRunGeneratesWritesAndStoresTheKey() throws IOException {
        GenerationRun.Outcome outcome = run.run(parameters(), inputs());

        assertThat(outcome.upToDate()).isFalse();
        assertThat(outcome.typeCount()).isGreaterThanOrEqualTo(3);
        assertThat(outcome.report().written()).isPositive();
        assertThat(sources.resolve("com/example/model")).isDirectoryContaining("glob:**/Person.java")
                .isDirectoryContaining("glob:**/Pet.java").isDirectoryContaining("glob:**/Owner.java");
        assertThat(resources.resolve("META-INF/schemaforge/types.json")).isRegularFile();
        // the schemas were written just now, so only their contents can show them unchanged next time
        assertThat(state).content().matches("[0-9a-f]{64}\\n");
    }

    @Test
    void theSecondRunIsUpToDateAndTouchesNothing() throws IOException {
        run.run(parameters(), inputs());
        Map<Path, FileTime> before = ageEverything();

        GenerationRun.Outcome second = run.run(parameters(), inputs());

        assertThat(second.upToDate()).isTrue();
        assertThat(times()).isEqualTo(before);
    }

    @Test
    void aChangedSchemaRegeneratesOnlyWhatChanged() throws IOException {
        run.run(parameters(), inputs());
        ageEverything();
        Files.writeString(schemas.resolve("person.schema.json"), Schemas.PERSON.replace("\"born\"", "\"birth\""));

        GenerationRun.Outcome outcome = run.run(parameters(), inputs());

        assertThat(outcome.upToDate()).isFalse();
        assertThat(outcome.report().unchanged()).isPositive();
        assertThat(Files.readString(sources.resolve("com/example/model/Person.java"))).contains("birth");
        assertThat(Files.getLastModifiedTime(sources.resolve("com/example/model/Pet.java"))).isEqualTo(LONG_AGO);
    }

    @Test
    void onceTheSchemasHaveSettledTheStateHoldsTheSettingsAndEveryFilesSizeAndTime() throws IOException {
        ageSchemas();

        run.run(parameters(), inputs());

        long size = Files.size(schemas.resolve("person.schema.json"));
        assertThat(state).content()
                .matches("(?s)[0-9a-f]{64}\\n1\\.0\\nbundleSchemas=true\\n.*")
                .contains("packageName=17:com.example.model\n")
                .contains("input person.schema.json " + size + " " + LONG_AGO.toMillis() + "\n")
                .contains("input pets.yaml ");
    }

    @Test
    void settledSchemasWithTheirSizesAndTimesAreNotReadAgain() throws IOException {
        ageSchemas();
        run.run(parameters(), inputs());
        Map<Path, FileTime> before = ageEverything();
        // other bytes, the same size and time: as for make, such a file counts as unchanged
        Path person = schemas.resolve("person.schema.json");
        Files.writeString(person, Schemas.PERSON.replace("\"born\"", "\"bore\""));
        Files.setLastModifiedTime(person, LONG_AGO);

        assertThat(run.run(parameters(), inputs()).upToDate()).isTrue();
        assertThat(times()).isEqualTo(before);
    }

    @Test
    void aSchemaRewrittenSoonAfterTheLastRunIsComparedByContent() throws IOException {
        Path person = schemas.resolve("person.schema.json");
        FileTime written = Files.getLastModifiedTime(person);
        Clock soonAfter = Clock.fixed(written.toInstant().plusMillis(GenerationRun.SETTLED_MILLIS - 1), ZoneOffset.UTC);
        GenerationRun early = new GenerationRun(state, ToolVersion.of("1.0"), List.of(project.resolve("target")), true,
                soonAfter);
        early.run(parameters(), inputs());
        // a second write within the file system's time resolution may keep size and time
        Files.writeString(person, Schemas.PERSON.replace("\"born\"", "\"bore\""));
        Files.setLastModifiedTime(person, written);

        GenerationRun.Outcome outcome = early.run(parameters(), inputs());

        assertThat(outcome.upToDate()).isFalse();
        assertThat(sources.resolve("com/example/model/Person.java")).content().contains("bore");
    }

    @Test
    void aTouchedButUnchangedSchemaRegeneratesNothingAndItsNewTimeIsKept() throws IOException {
        ageSchemas();
        run.run(parameters(), inputs());
        Map<Path, FileTime> before = ageEverything();
        before.remove(state);
        Path person = schemas.resolve("person.schema.json");
        FileTime touched = FileTime.fromMillis(LONG_AGO.toMillis() + 60_000);
        Files.setLastModifiedTime(person, touched);

        GenerationRun.Outcome outcome = run.run(parameters(), inputs());

        assertThat(outcome.upToDate()).isTrue();
        Map<Path, FileTime> after = times();
        after.remove(state);
        assertThat(after).isEqualTo(before);
        assertThat(state).content().contains("input person.schema.json " + Files.size(person) + " "
                + touched.toMillis() + "\n");
    }

    @Test
    void aChangedParameterRegeneratesThoughTheSchemasHaveSettled() throws IOException {
        ageSchemas();
        run.run(parameters(), inputs());

        GenerationRun.Outcome outcome = run.run(parameters("com.example.other"), inputs());

        assertThat(outcome.upToDate()).isFalse();
        assertThat(sources.resolve("com/example/other/Person.java")).isRegularFile();
    }

    @Test
    void aNewFileARefCouldReachRegeneratesThoughTheSchemasHaveSettled() throws IOException {
        ageSchemas();
        run.run(parameters(), inputs());
        Schemas.write(schemas, "shared/notes.txt", "not selected, but a $ref may name it");

        assertThat(run.run(parameters(), inputs()).upToDate()).isFalse();
    }

    @Test
    void aDeletedOutputFileIsRegeneratedThoughInputsAreUnchanged() throws IOException {
        ageSchemas();
        run.run(parameters(), inputs());
        Files.delete(sources.resolve("com/example/model/Pet.java"));

        GenerationRun.Outcome outcome = run.run(parameters(), inputs());

        assertThat(outcome.upToDate()).isFalse();
        assertThat(outcome.report().written()).isEqualTo(1);
        assertThat(sources.resolve("com/example/model/Pet.java")).isRegularFile();
    }

    @Test
    void aDeletedOutputFolderIsRegenerated() throws IOException {
        run.run(parameters(), inputs());
        deleteTree(resources);

        assertThat(run.run(parameters(), inputs()).upToDate()).isFalse();
        assertThat(resources.resolve("META-INF/schemaforge/types.json")).isRegularFile();
    }

    @Test
    void aBadSchemaFailsBeforeWritingAnything() throws IOException {
        Schemas.write(schemas, "broken.json", Schemas.DANGLING);

        assertThatThrownBy(() -> run.run(parameters(), inputs()))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("broken.json:");
        assertThat(project.resolve("target")).doesNotExist();
    }

    @Test
    void aSelectedLinkWhoseTargetIsGoneFailsTheRunNamingTheTarget() throws IOException {
        run.run(parameters(), inputs());
        Path gone = project.resolve("elsewhere/shared.schema.json");
        Path link = Files.createSymbolicLink(schemas.resolve("shared.schema.json"), gone);

        assertThatThrownBy(() -> run.run(parameters(), inputs()))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining(link.toAbsolutePath().normalize() + ": #: a symbolic link to " + gone
                        + ", which does not exist");
    }

    @Test
    void aBadSchemaAfterAGoodRunLeavesTheLastGoodOutputAndIsNeverUpToDate() throws IOException {
        run.run(parameters(), inputs());
        Map<Path, FileTime> before = ageEverything();
        Schemas.write(schemas, "broken.json", Schemas.DANGLING);

        assertThatThrownBy(() -> run.run(parameters(), inputs())).isInstanceOf(SchemaException.class);
        assertThatThrownBy(() -> run.run(parameters(), inputs())).isInstanceOf(SchemaException.class);
        assertThat(times()).isEqualTo(before);
    }

    @Test
    void clearingAfterTheSchemasAreGoneDeletesWhatWasGenerated() throws IOException {
        run.run(parameters(), inputs());

        OutputWriter.Report report = run.clear(sources, resources);

        assertThat(report.deleted()).isPositive();
        assertThat(state).doesNotExist();
        try (Stream<Path> left = Files.walk(sources)) {
            assertThat(left.filter(p -> p.toString().endsWith(".java"))).isEmpty();
        }
    }

    @Test
    void clearingWithoutAnEarlierRunCreatesNothing() throws IOException {
        assertThat(run.clear(sources, resources)).isEqualTo(new OutputWriter.Report(0, 0, 0));
        assertThat(project.resolve("target")).doesNotExist();
    }

    @Test
    void theSchemasReadAreBundledBesideTheTypeIndex() throws IOException {
        GenerationRun.Outcome outcome = run.run(parameters(), inputs());

        assertThat(outcome.bundledSchemas()).isEqualTo(2);
        Path bundle = resources.resolve("META-INF/schemaforge");
        assertThat(bundle.resolve("schemas/person.schema.json")).hasSameBinaryContentAs(
                schemas.resolve("person.schema.json"));
        assertThat(bundle.resolve("schemas/pets.yaml")).hasSameBinaryContentAs(schemas.resolve("pets.yaml"));
        assertThat(bundle.resolve("catalog.json")).content().contains("\"schemas/pets.yaml\"");
        assertThat(Files.readString(resources.resolve(OutputWriter.MANIFEST)))
                .contains("META-INF/schemaforge/schemas/person.schema.json\n");
    }

    @Test
    void anUnchangedSchemaKeepsTheTimeOfItsBundledCopy() throws IOException {
        run.run(parameters(), inputs());
        ageEverything();
        Files.writeString(schemas.resolve("person.schema.json"), Schemas.PERSON.replace("\"born\"", "\"birth\""));

        run.run(parameters(), inputs());

        Path bundle = resources.resolve("META-INF/schemaforge/schemas");
        assertThat(Files.getLastModifiedTime(bundle.resolve("pets.yaml"))).isEqualTo(LONG_AGO);
        assertThat(Files.getLastModifiedTime(bundle.resolve("person.schema.json"))).isNotEqualTo(LONG_AGO);
        assertThat(bundle.resolve("person.schema.json")).content().contains("\"birth\"");
    }

    @Test
    void theCopyOfADeletedSchemaIsRemoved() throws IOException {
        run.run(parameters(), inputs());
        Files.delete(schemas.resolve("pets.yaml"));

        GenerationRun.Outcome outcome = run.run(parameters(), inputs());

        assertThat(outcome.report().deleted()).isPositive();
        assertThat(resources.resolve("META-INF/schemaforge/schemas/pets.yaml")).doesNotExist();
        assertThat(resources.resolve("META-INF/schemaforge/schemas/person.schema.json")).isRegularFile();
    }

    @Test
    void turningBundlingOffRegeneratesAndRemovesTheCopies() throws IOException {
        run.run(parameters(), inputs());
        GenerationRun withoutBundle = new GenerationRun(state, ToolVersion.of("1.0"), List.of(project.resolve("target")),
                false);

        GenerationRun.Outcome outcome = withoutBundle.run(parameters(), inputs());

        assertThat(outcome.upToDate()).isFalse();
        assertThat(outcome.bundledSchemas()).isZero();
        assertThat(resources.resolve("META-INF/schemaforge/schemas")).isEmptyDirectory();
        assertThat(resources.resolve("META-INF/schemaforge/catalog.json")).doesNotExist();
        assertThat(resources.resolve("META-INF/schemaforge/types.json")).isRegularFile();
    }

    private List<Path> inputs() {
        return SchemaSelection.select(schemas, null, null);
    }

    private GenerateParameters parameters() {
        return parameters("com.example.model");
    }

    private GenerateParameters parameters(String packageName) {
        return new GenerateParameters(schemas, packageName, sources, resources, "3", true, "2020-12", Map.of());
    }

    /** Sets every schema to one old time, as if written long before the build. */
    private void ageSchemas() throws IOException {
        try (Stream<Path> files = Files.walk(schemas)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, LONG_AGO);
            }
        }
    }

    /** Sets every file below target/ to one old time, so a later write shows. */
    private Map<Path, FileTime> ageEverything() throws IOException {
        for (Path file : times().keySet()) {
            Files.setLastModifiedTime(file, LONG_AGO);
        }
        return times();
    }

    private Map<Path, FileTime> times() throws IOException {
        Map<Path, FileTime> times = new TreeMap<>();
        try (Stream<Path> files = Files.walk(project.resolve("target"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                times.put(file, Files.getLastModifiedTime(file));
            }
        }
        return times;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
