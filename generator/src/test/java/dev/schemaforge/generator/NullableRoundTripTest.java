package dev.schemaforge.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated records keep an absent member and an explicit JSON {@code null} apart, in both
 * directions, for OpenAPI 3.0 {@code nullable} and for 2020-12 type arrays and null branches, with
 * the output for either Jackson major read by that Jackson.
 */
class NullableRoundTripTest {

    private static final Path FIXTURES = Path.of("src/test/resources/nullable").toAbsolutePath();

    @ParameterizedTest
    @EnumSource(JacksonVersion.class)
    void absentAndExplicitNullStayApart(JacksonVersion version, @TempDir Path work) throws Exception {
        JsonCalls json = JsonCalls.of(version);
        try (URLClassLoader loader = CompileSupport.generateAndLoad(GenerationRequest.builder()
                .input(FIXTURES)
                .packageName("test.nullable")
                .jackson(version), work)) {
            Class<?> pet = loader.loadClass("test.nullable.Pet");
            Object absent = json.read("{\"name\":\"Rex\",\"owner\":\"Ann\"}", pet);
            assertThat(component(absent, "nickname")).as("absent member").isNull();
            assertThat(json.write(absent)).isEqualTo("{\"name\":\"Rex\",\"owner\":\"Ann\"}");

            Object explicitNull = json.read("{\"name\":\"Rex\",\"nickname\":null,\"owner\":null}", pet);
            assertThat(component(explicitNull, "nickname")).as("explicit null").isEqualTo(Optional.empty());
            assertThat(component(explicitNull, "owner")).isEqualTo(Optional.empty());
            assertThat(json.write(explicitNull)).isEqualTo("{\"name\":\"Rex\",\"nickname\":null,\"owner\":null}");

            Object present = json.read("{\"name\":\"Rex\",\"nickname\":\"R\",\"owner\":\"Ann\"}", pet);
            assertThat(component(present, "nickname")).isEqualTo(Optional.of("R"));

            assertThatThrownBy(() -> json.read("{\"name\":\"Rex\"}", pet))
                    .as("a required nullable member may be null but not absent")
                    .hasMessageContaining("Pet: required property \"owner\" is missing");

            Class<?> note = loader.loadClass("test.nullable.Note");
            Object archivedNull = json.read("{\"text\":\"t\",\"archived_at\":null,\"tags\":null}", note);
            assertThat(component(archivedNull, "archivedAt")).isEqualTo(Optional.empty());
            assertThat(component(archivedNull, "tags")).isEqualTo(Optional.empty());
            assertThat(json.write(archivedNull)).isEqualTo("{\"text\":\"t\",\"archived_at\":null,\"tags\":null}");
            Object archivedAbsent = json.read("{\"text\":\"t\"}", note);
            assertThat(component(archivedAbsent, "archivedAt")).isNull();
            assertThat(json.write(archivedAbsent)).isEqualTo("{\"text\":\"t\"}");
        }
    }

    private static Object component(Object record, String name) throws Exception {
        Method accessor = record.getClass().getMethod(name);
        return accessor.invoke(record);
    }
}
