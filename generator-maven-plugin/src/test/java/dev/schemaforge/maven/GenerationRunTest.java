package dev.schemaforge.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemaforge.catalog.SchemaException;
import dev.schemaforge.generator.GenerationRequest;
import dev.schemaforge.generator.OutputWriter;

class GenerationRunTest {

    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path project;

    Path schemas;
    Path sources;
    Path resources;
    Path stamp;
    GenerationRun run;

    @BeforeEach
    void layout() throws IOException {
        schemas = project.resolve("src/main/schemas");
        sources = project.resolve("target/generated-sources/schemaforge");
        resources = project.resolve("target/generated-resources/schemaforge");
        stamp = project.resolve("target/schemaforge/generate.sha256");
        run = new GenerationRun(stamp, "1.0", List.of(project.resolve("target")), true);
        Schemas.write(schemas, "person.schema.json", Schemas.PERSON);
        Schemas.write(schemas, "pets.yaml", Schemas.PETS);
    }

    @Test
    void theFirstRunGeneratesWritesAndStoresTheKey() throws IOException {
        GenerationRun.Outcome outcome = run.run(request(), schemas);

        assertThat(outcome.upToDate()).isFalse();
        assertThat(outcome.typeCount()).isGreaterThanOrEqualTo(3);
        assertThat(outcome.report().written()).isPositive();
        assertThat(sources.resolve("com/example/model")).isDirectoryContaining("glob:**/Person.java")
                .isDirectoryContaining("glob:**/Pet.java").isDirectoryContaining("glob:**/Owner.java");
        assertThat(resources.resolve("META-INF/schemaforge/types.json")).isRegularFile();
        assertThat(stamp).content().matches("[0-9a-f]{64}\\n");
    }

    @Test
    void theSecondRunIsUpToDateAndTouchesNothing() throws IOException {
        run.run(request(), schemas);
        Map<Path, FileTime> before = ageEverything();

        GenerationRun.Outcome second = run.run(request(), schemas);

        assertThat(second.upToDate()).isTrue();
        assertThat(times()).isEqualTo(before);
    }

    @Test
    void aChangedSchemaRegeneratesOnlyWhatChanged() throws IOException {
        run.run(request(), schemas);
        ageEverything();
        Files.writeString(schemas.resolve("person.schema.json"), Schemas.PERSON.replace("\"born\"", "\"birth\""));

        GenerationRun.Outcome outcome = run.run(request(), schemas);

        assertThat(outcome.upToDate()).isFalse();
        assertThat(outcome.report().unchanged()).isPositive();
        assertThat(Files.readString(sources.resolve("com/example/model/Person.java"))).contains("birth");
        assertThat(Files.getLastModifiedTime(sources.resolve("com/example/model/Pet.java"))).isEqualTo(LONG_AGO);
    }

    @Test
    void aDeletedOutputFileIsRegeneratedThoughInputsAreUnchanged() throws IOException {
        run.run(request(), schemas);
        Files.delete(sources.resolve("com/example/model/Pet.java"));

        GenerationRun.Outcome outcome = run.run(request(), schemas);

        assertThat(outcome.upToDate()).isFalse();
        assertThat(outcome.report().written()).isEqualTo(1);
        assertThat(sources.resolve("com/example/model/Pet.java")).isRegularFile();
    }

    @Test
    void aDeletedOutputFolderIsRegenerated() throws IOException {
        run.run(request(), schemas);
        deleteTree(resources);

        assertThat(run.run(request(), schemas).upToDate()).isFalse();
        assertThat(resources.resolve("META-INF/schemaforge/types.json")).isRegularFile();
    }

    @Test
    void aBadSchemaFailsBeforeWritingAnything() throws IOException {
        Schemas.write(schemas, "broken.json", Schemas.DANGLING);

        assertThatThrownBy(() -> run.run(request(), schemas))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("broken.json:");
        assertThat(project.resolve("target")).doesNotExist();
    }

    @Test
    void aBadSchemaAfterAGoodRunLeavesTheLastGoodOutputAndIsNeverUpToDate() throws IOException {
        run.run(request(), schemas);
        Map<Path, FileTime> before = ageEverything();
        Schemas.write(schemas, "broken.json", Schemas.DANGLING);

        assertThatThrownBy(() -> run.run(request(), schemas)).isInstanceOf(SchemaException.class);
        assertThatThrownBy(() -> run.run(request(), schemas)).isInstanceOf(SchemaException.class);
        assertThat(times()).isEqualTo(before);
    }

    @Test
    void clearingAfterTheSchemasAreGoneDeletesWhatWasGenerated() throws IOException {
        run.run(request(), schemas);

        OutputWriter.Report report = run.clear(sources, resources);

        assertThat(report.deleted()).isPositive();
        assertThat(stamp).doesNotExist();
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
        GenerationRun.Outcome outcome = run.run(request(), schemas);

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
        run.run(request(), schemas);
        ageEverything();
        Files.writeString(schemas.resolve("person.schema.json"), Schemas.PERSON.replace("\"born\"", "\"birth\""));

        run.run(request(), schemas);

        Path bundle = resources.resolve("META-INF/schemaforge/schemas");
        assertThat(Files.getLastModifiedTime(bundle.resolve("pets.yaml"))).isEqualTo(LONG_AGO);
        assertThat(Files.getLastModifiedTime(bundle.resolve("person.schema.json"))).isNotEqualTo(LONG_AGO);
        assertThat(bundle.resolve("person.schema.json")).content().contains("\"birth\"");
    }

    @Test
    void theCopyOfADeletedSchemaIsRemoved() throws IOException {
        run.run(request(), schemas);
        Files.delete(schemas.resolve("pets.yaml"));

        GenerationRun.Outcome outcome = run.run(request(), schemas);

        assertThat(outcome.report().deleted()).isPositive();
        assertThat(resources.resolve("META-INF/schemaforge/schemas/pets.yaml")).doesNotExist();
        assertThat(resources.resolve("META-INF/schemaforge/schemas/person.schema.json")).isRegularFile();
    }

    @Test
    void turningBundlingOffRegeneratesAndRemovesTheCopies() throws IOException {
        run.run(request(), schemas);
        GenerationRun withoutBundle = new GenerationRun(stamp, "1.0", List.of(project.resolve("target")), false);

        GenerationRun.Outcome outcome = withoutBundle.run(request(), schemas);

        assertThat(outcome.upToDate()).isFalse();
        assertThat(outcome.bundledSchemas()).isZero();
        assertThat(resources.resolve("META-INF/schemaforge/schemas")).isEmptyDirectory();
        assertThat(resources.resolve("META-INF/schemaforge/catalog.json")).doesNotExist();
        assertThat(resources.resolve("META-INF/schemaforge/types.json")).isRegularFile();
    }

    private GenerationRequest request() {
        List<Path> inputs = SchemaSelection.select(schemas, null, null);
        return GenerationRequest.builder().inputs(inputs).root(schemas).packageName("com.example.model")
                .sourceOutput(sources).resourceOutput(resources).build();
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
