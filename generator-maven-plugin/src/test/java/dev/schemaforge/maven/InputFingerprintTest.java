package dev.schemaforge.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemaforge.catalog.Dialect;
import dev.schemaforge.generator.GenerationRequest;
import dev.schemaforge.generator.JacksonVersion;

class InputFingerprintTest {

    @TempDir
    Path project;

    Path schemas;
    Path output;
    List<Path> inputs;

    @BeforeEach
    void schemas() throws IOException {
        schemas = project.resolve("src/main/schemas");
        output = project.resolve("target/generated-sources/schemaforge");
        inputs = List.of(Schemas.write(schemas, "person.schema.json", Schemas.PERSON),
                Schemas.write(schemas, "api/pets.yaml", Schemas.PETS));
    }

    @Test
    void theSameInputsAndOptionsGiveTheSameKey() throws IOException {
        assertThat(key(request())).isEqualTo(key(request())).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void theOrderOfInputsDoesNotMatter() throws IOException {
        GenerationRequest reversed = GenerationRequest.builder().inputs(List.of(inputs.get(1), inputs.get(0)))
                .root(schemas).packageName("com.example").sourceOutput(output).build();
        assertThat(key(reversed)).isEqualTo(key(request()));
    }

    @Test
    void oneChangedSchemaByteChangesTheKey() throws IOException {
        String before = key(request());
        Files.writeString(inputs.get(0), Schemas.PERSON.replace("ROBOT", "ROBOS"));
        assertThat(key(request())).isNotEqualTo(before);
    }

    @Test
    void rewritingASchemaWithTheSameBytesKeepsTheKey() throws IOException {
        String before = key(request());
        Files.writeString(inputs.get(0), Schemas.PERSON);
        Files.setLastModifiedTime(inputs.get(0), FileTime.fromMillis(0));
        assertThat(key(request())).isEqualTo(before);
    }

    @Test
    void everyOutputAffectingOptionChangesTheKey() throws IOException {
        String base = key(request());
        List<UnaryOperator<GenerationRequest.Builder>> changes = List.of(
                b -> b.packageName("com.example.other"),
                b -> b.jackson(JacksonVersion.JACKSON_2),
                b -> b.builders(false),
                b -> b.defaultDialect(Dialect.DRAFT_7),
                b -> b.map("https://json.schemastore.org/", project.resolve("mapped")));
        List<String> keys = new ArrayList<>();
        for (UnaryOperator<GenerationRequest.Builder> change : changes) {
            keys.add(key(change.apply(builder()).build()));
        }
        assertThat(keys).doesNotContain(base).doesNotHaveDuplicates();
    }

    @Test
    void theToolVersionIsPartOfTheKey() throws IOException {
        assertThat(InputFingerprint.compute("0.2.0", "", request(), files(request(), List.of())))
                .isNotEqualTo(InputFingerprint.compute("0.1.0", "", request(), files(request(), List.of())));
    }

    @Test
    void thePluginsOwnOptionsArePartOfTheKey() throws IOException {
        assertThat(InputFingerprint.compute("1", "bundleSchemas=true", request(), files(request(), List.of())))
                .isNotEqualTo(InputFingerprint.compute("1", "bundleSchemas=false", request(),
                        files(request(), List.of())));
    }

    @Test
    void aChangedFileThatIsNotSelectedButReachableChangesTheKey() throws IOException {
        Path shared = Schemas.write(schemas, "common/defs.json", "{\"$defs\": {}}");
        String before = key(request());
        Files.writeString(shared, "{\"$defs\": {\"Id\": {\"type\": \"string\"}}}");
        assertThat(key(request())).isNotEqualTo(before);
    }

    @Test
    void filesInUntrackedAndHiddenFoldersDoNotCount() throws IOException {
        Path untracked = schemas.resolve("generated");
        String before = InputFingerprint.compute("1", "", request(), files(request(), List.of(untracked)));
        Schemas.write(untracked, "Person.java", "class Person {}");
        Schemas.write(schemas, ".git/index", "x");
        Schemas.write(schemas, ".DS_Store", "x");
        assertThat(InputFingerprint.compute("1", "", request(), files(request(), List.of(untracked))))
                .isEqualTo(before);
    }

    private String key(GenerationRequest request) throws IOException {
        return InputFingerprint.compute("1.0", "", request, files(request, List.of(project.resolve("target"))));
    }

    /** What the plugin tracks for {@code request}: its inputs, roots and mapped folders. */
    private TrackedFiles files(GenerationRequest request, List<Path> untracked) throws IOException {
        List<Path> folders = new ArrayList<>(request.roots());
        folders.addAll(request.mappings().values());
        return TrackedFiles.scan(request.inputs(), schemas, folders, untracked);
    }

    private GenerationRequest request() {
        return builder().build();
    }

    private GenerationRequest.Builder builder() {
        return GenerationRequest.builder().inputs(inputs).root(schemas).packageName("com.example")
                .sourceOutput(output);
    }
}
