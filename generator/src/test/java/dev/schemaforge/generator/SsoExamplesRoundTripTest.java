package dev.schemaforge.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The project's SSO contract generated for each Jackson major: every valid example reads into its
 * model and writes back as the same JSON; every invalid one that lacks a required member or has an
 * unknown enum value is rejected at reading, by any mapper.
 */
class SsoExamplesRoundTripTest {

    private static final Path SSO = Path.of("../schemas/sso").toAbsolutePath().normalize();

    @ParameterizedTest
    @EnumSource(JacksonVersion.class)
    void validExamplesRoundTripAndInvalidOnesAreRejected(JacksonVersion version, @TempDir Path work)
            throws Exception {
        JsonCalls json = JsonCalls.of(version);
        try (URLClassLoader loader = CompileSupport.generateAndLoad(GenerationRequest.builder()
                .input(SSO.resolve("connection.schema.json"))
                .input(SSO.resolve("stytch-sso.openapi.yaml"))
                .root(SSO.getParent())
                .packageName("dev.schemaforge.models.sso")
                .jackson(version), work)) {
            List<Path> valid = examples("valid");
            assertThat(valid).hasSizeGreaterThanOrEqualTo(6);
            for (Path example : valid) {
                String document = Files.readString(example);
                Object model = json.read(document, modelFor(example, loader));
                assertThat(json.difference(document, model)).as(example.getFileName().toString()).isEmpty();
            }
            for (Path example : examples("invalid")) {
                String name = example.getFileName().toString();
                if (!name.contains("-missing-") && !name.contains("-unknown-")) {
                    continue; // wrong JSON types need a mapper without scalar coercion: generated-models tests that
                }
                assertThatThrownBy(() -> json.read(Files.readString(example), modelFor(example, loader)))
                        .as(name).isNotNull();
            }
        }
    }

    private static List<Path> examples(String kind) throws Exception {
        try (Stream<Path> files = Files.list(SSO.resolve("examples").resolve(kind))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static Class<?> modelFor(Path example, ClassLoader loader) throws ClassNotFoundException {
        return loader.loadClass(example.getFileName().toString().startsWith("stytch-")
                ? "dev.schemaforge.models.sso.ApiSsoV1Connection" : "dev.schemaforge.models.sso.Connection");
    }
}
