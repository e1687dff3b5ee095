package dev.schemaforge.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemaforge.catalog.Dialect;
import dev.schemaforge.generator.GenerationRequest;
import dev.schemaforge.generator.JacksonVersion;

class GenerateParametersTest {

    private static final Path SCHEMAS = Path.of("/project/src/main/schemas");
    private static final List<Path> INPUTS = List.of(SCHEMAS.resolve("person.schema.json"));

    /** A mapped folder must exist (the catalog's rule); the other paths are only passed on. */
    @TempDir
    Path schemastore;

    @Test
    void everyParameterReachesTheRequest() {
        GenerationRequest request = parameters("com.example", "2", "draft7",
                Map.of("https://json.schemastore.org/", schemastore))
                .toRequest(INPUTS);

        assertThat(request.inputs()).isEqualTo(INPUTS);
        assertThat(request.roots()).containsExactly(SCHEMAS);
        assertThat(request.packageName()).isEqualTo("com.example");
        assertThat(request.sourceOutput()).isEqualTo(Path.of("/project/target/gen"));
        assertThat(request.resourceOutput()).isEqualTo(Path.of("/project/target/res"));
        assertThat(request.jackson()).isEqualTo(JacksonVersion.JACKSON_2);
        assertThat(request.builders()).isFalse();
        assertThat(request.defaultDialect()).isEqualTo(Dialect.DRAFT_7);
        assertThat(request.mappings()).containsEntry("https://json.schemastore.org/", schemastore);
    }

    @Test
    void anUnknownJacksonVersionNamesTheParameter() {
        assertThatThrownBy(() -> parameters("com.example", "4", "2020-12", Map.of()).toRequest(INPUTS))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("jackson"))
                .hasMessageContaining("\"4\"");
    }

    @Test
    void anUnknownDialectNamesTheParameterAndTheKnownOnes() {
        assertThatThrownBy(() -> parameters("com.example", "3", "draft99", Map.of()).toRequest(INPUTS))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("defaultDialect"))
                .hasMessageContaining("draft99")
                .hasMessageContaining("2020-12")
                .hasMessageContaining("draft7");
    }

    @Test
    void anInvalidPackageNameNamesTheParameter() {
        assertThatThrownBy(() -> parameters("com.1example", "3", "2020-12", Map.of()).toRequest(INPUTS))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("packageName"))
                .hasMessageContaining("com.1example");
    }

    @Test
    void aMissingValueNamesTheParameter() {
        assertThatThrownBy(() -> parameters("com.example", " ", "2020-12", Map.of()).toRequest(INPUTS))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("jackson"));
    }

    @Test
    void anIncompleteMappingNamesTheParameter() {
        Map<String, Path> withoutFolder = new HashMap<>();
        withoutFolder.put("https://example.com/", null);
        assertThatThrownBy(() -> parameters("com.example", "3", "2020-12", withoutFolder).toRequest(INPUTS))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("mappings"))
                .hasMessageContaining("https://example.com/");
    }

    /** Before, these were taken: the prefix matched no reference, or the folder held nothing, without a word. */
    @Test
    void aMappingThatCouldNeverResolveAReferenceIsRefusedAsTheCommandLineRefusesIt() {
        Path missing = schemastore.resolve("missing");
        String notAbsolute = "the prefix must be an absolute URI, such as https://example.com/schemas/";
        for (String[] mapping : new String[][] {
                {"schemas/", schemastore.toString(), notAbsolute},
                {"", schemastore.toString(), notAbsolute},
                {"https://example.com/s/", "", "give the folder (or file) the prefix maps to"},
                {"https://example.com/s/", missing.toString(), missing + " is no folder or file"}}) {
            Map<String, Path> mappings = Map.of(mapping[0], Path.of(mapping[1]));
            assertThatThrownBy(() -> parameters("com.example", "3", "2020-12", mappings).toRequest(INPUTS))
                    .as(mapping[0] + " -> " + mapping[1])
                    .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(MojoFailures.of(e))
                            .hasMessage("Invalid parameter mappings: <mapping><prefix>" + mapping[0]
                                    + "</prefix><folder>" + mapping[1] + "</folder></mapping>: " + mapping[2]));
        }
    }

    @Test
    void theTrackedFoldersAreTheRequestsRootsAndMappedFolders() {
        GenerateParameters parameters = parameters("com.example", "3", "2020-12",
                Map.of("https://json.schemastore.org/", schemastore));
        GenerationRequest request = parameters.toRequest(INPUTS);

        List<Path> folders = new ArrayList<>(request.roots());
        folders.addAll(request.mappings().values());
        assertThat(parameters.trackedFolders()).isEqualTo(folders);
    }

    @Test
    void everyParameterChangesTheSettingsText() {
        List<String> texts = new ArrayList<>();
        for (int changed = 0; changed < 9; changed++) {
            texts.add(changing(changed).settings());
        }

        assertThat(texts).doesNotContain(changing(-1).settings()).doesNotHaveDuplicates();
        assertThat(changing(-1).settings()).isEqualTo(changing(-1).settings());
    }

    @Test
    void valuesThatShareTheirCharactersStillGiveDifferentSettingsTexts() {
        Map<String, Path> spaced = Map.of("https://example.com/ a", Path.of("/b"));
        Map<String, Path> shifted = Map.of("https://example.com/", Path.of("a /b"));

        assertThat(parameters("com.example", "3", "2020-12", spaced).settings())
                .isNotEqualTo(parameters("com.example", "3", "2020-12", shifted).settings());
    }

    private static GenerateParameters parameters(String packageName, String jackson, String dialect,
            Map<String, Path> mappings) {
        return new GenerateParameters(SCHEMAS, packageName, Path.of("/project/target/gen"),
                Path.of("/project/target/res"), jackson, false, dialect, mappings);
    }

    /** Parameters that differ from one set in the parameter numbered {@code changed} (none for -1). */
    private static GenerateParameters changing(int changed) {
        Path store = Path.of("/project/schemastore");
        Map<String, Path> mappings = changed == 7 ? Map.of("https://json.schemastore.org/", store)
                : changed == 8 ? Map.of("https://json.schemastore.org/", store.resolve("v2")) : Map.of();
        return new GenerateParameters(changed == 0 ? Path.of("/project/other") : SCHEMAS,
                changed == 1 ? "com.other" : "com.example",
                Path.of(changed == 2 ? "/project/target/gen2" : "/project/target/gen"),
                Path.of(changed == 3 ? "/project/target/res2" : "/project/target/res"),
                changed == 4 ? "2" : "3", changed != 5, changed == 6 ? "draft7" : "2020-12", mappings);
    }
}
