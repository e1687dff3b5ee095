package dev.schemaforge.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.schemaforge.catalog.Dialect;
import dev.schemaforge.generator.GenerationRequest;
import dev.schemaforge.generator.JacksonVersion;

class GenerateParametersTest {

    private static final Path SCHEMAS = Path.of("/project/src/main/schemas");
    private static final List<Path> INPUTS = List.of(SCHEMAS.resolve("person.schema.json"));

    @Test
    void everyParameterReachesTheRequest() {
        GenerationRequest request = parameters("com.example", "2", "draft7",
                Map.of("https://json.schemastore.org/", Path.of("/project/schemastore")))
                .toRequest(INPUTS);

        assertThat(request.inputs()).isEqualTo(INPUTS);
        assertThat(request.roots()).containsExactly(SCHEMAS);
        assertThat(request.packageName()).isEqualTo("com.example");
        assertThat(request.sourceOutput()).isEqualTo(Path.of("/project/target/gen"));
        assertThat(request.resourceOutput()).isEqualTo(Path.of("/project/target/res"));
        assertThat(request.jackson()).isEqualTo(JacksonVersion.JACKSON_2);
        assertThat(request.builders()).isFalse();
        assertThat(request.defaultDialect()).isEqualTo(Dialect.DRAFT_7);
        assertThat(request.mappings()).containsEntry("https://json.schemastore.org/", Path.of("/project/schemastore"));
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

    private static GenerateParameters parameters(String packageName, String jackson, String dialect,
            Map<String, Path> mappings) {
        return new GenerateParameters(SCHEMAS, packageName, Path.of("/project/target/gen"),
                Path.of("/project/target/res"), jackson, false, dialect, mappings);
    }
}
