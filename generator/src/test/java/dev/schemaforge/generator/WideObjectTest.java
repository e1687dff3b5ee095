package dev.schemaforge.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An object with more members than a record may have (javac allows 255 constructor parameters)
 * becomes a final class built through its builder, which compiles, enforces {@code required} and
 * round-trips under either Jackson major.
 */
class WideObjectTest {

    private static final int MEMBERS = 300;

    @ParameterizedTest
    @EnumSource(JacksonVersion.class)
    void aWideObjectCompilesAndRoundTrips(JacksonVersion version, @TempDir Path work) throws Exception {
        StringBuilder schema = new StringBuilder("{\"title\":\"Rules\",\"type\":\"object\",\"required\":[\"rule0\"],"
                + "\"properties\":{");
        for (int i = 0; i < MEMBERS; i++) {
            schema.append(i == 0 ? "" : ",").append("\"rule").append(i).append("\":{\"type\":\"integer\"}");
        }
        schema.append("}}");
        Path input = Files.writeString(work.resolve("rules.schema.json"), schema);
        GenerationRequest.Builder request = GenerationRequest.builder()
                .input(input)
                .packageName("test.wide")
                .jackson(version);
        assertThat(new Generator().generate(request.sourceOutput(work.resolve("unused")).build()).sources().get(0)
                .content()).contains("public final class Rules {");
        JsonCalls json = JsonCalls.of(version);
        try (URLClassLoader loader = CompileSupport.generateAndLoad(request, work)) {
            Class<?> rules = loader.loadClass("test.wide.Rules");
            String document = "{\"rule0\":1,\"rule299\":2,\"x-extra\":[true]}";
            Object read = json.read(document, rules);
            assertThat(json.difference(document, read)).isEmpty();
            assertThat(read).isEqualTo(json.read(document, rules)).hasSameHashCodeAs(json.read(document, rules));
            assertThat(read.toString()).startsWith("Rules[rule0=1, rule1=null");
            assertThatThrownBy(() -> json.read("{\"rule1\":1}", rules))
                    .hasMessageContaining("Rules: required property \"rule0\" is missing");
        }
    }
}
