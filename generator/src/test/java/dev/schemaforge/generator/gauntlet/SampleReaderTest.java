package dev.schemaforge.generator.gauntlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML documents become samples one by one; a top-level list stays one sample; TOML is skipped. */
class SampleReaderTest {

    private final SampleReader reader = new SampleReader();

    @Test
    void topLevelListIsOneSample(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("jobs.yaml"), "- job: a\n- job: b\n");
        List<Sample> samples = reader.read(file, "jobs.yaml");
        assertThat(samples).extracting(Sample::id).containsExactly("jobs.yaml");
        assertThat(samples.get(0).tree().toString()).isEqualTo("[{\"job\":\"a\"},{\"job\":\"b\"}]");
    }

    @Test
    void everyDocumentIsASample(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("two.yml"), "a: 1\n---\n- 2\n");
        assertThat(reader.read(file, "two.yml")).extracting(s -> s.id() + " " + s.tree())
                .containsExactly("two.yml#1 {\"a\":1}", "two.yml#2 [2]");
    }

    @Test
    void yamlScalarsMeanWhatTheyMeanToTheValidator(@TempDir Path dir) throws Exception {
        // YAML 1.2's core schema, as schemaforge validate reads payloads: TRUE is a boolean, yes a string
        Path file = Files.writeString(dir.resolve("scalars.yml"),
                "upper: TRUE\nyes: yes\nnone: ~\nhex: 0x1F\nfloat: 0.1000\nanchor: &a {k: 1}\nalias: *a\n");
        assertThat(reader.read(file, "scalars.yml")).singleElement().extracting(s -> s.tree().toString())
                .isEqualTo("{\"upper\":true,\"yes\":\"yes\",\"none\":null,\"hex\":31,\"float\":0.1000,"
                        + "\"anchor\":{\"k\":1},\"alias\":{\"k\":1}}");
    }

    @Test
    void aYamlNumberJsonCannotHoldMakesTheSampleUnreadable(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("inf.yaml"), "limit: .inf\n");
        assertThat(reader.read(file, "inf.yaml")).singleElement().extracting(Sample::unreadable)
                .asString().contains("not finite");
    }

    @Test
    void tomlIsSkipped(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("x.toml"), "a = 1\n");
        assertThat(reader.read(file, "x.toml")).singleElement().extracting(Sample::skipped).isEqualTo("TOML");
    }
}
