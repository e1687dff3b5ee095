package dev.schemaforge.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemaforge.catalog.Location;
import dev.schemaforge.catalog.Problem;
import dev.schemaforge.catalog.SchemaException;

class MojoFailuresTest {

    @TempDir
    Path temp;

    @Test
    void aSchemaExceptionBecomesAFailureWithItsMessageAndNoStackTraceCause() {
        SchemaException problem = new SchemaException(List.of(
                new Problem(new Location(Path.of("a.json"), 3, 7), "/properties/x", "#/$defs/X",
                        "$ref \"#/$defs/X\" does not resolve"),
                new Problem(new Location(Path.of("a.json"), 4, 7), "/properties/y", "b.json",
                        "$ref \"b.json\" points at b.json, which does not exist")));

        MojoFailureException failure = MojoFailures.of(problem);

        assertThat(failure).hasMessage(problem.getMessage()).hasNoCause();
        assertThat(failure.getMessage()).contains("a.json:3:7: #/properties/x", "a.json:4:7: #/properties/y",
                "#/$defs/X", "b.json");
    }

    @Test
    void anInvalidParameterBecomesAFailureNamingIt() {
        MojoFailureException failure = MojoFailures.of(
                new InvalidParameterException("jackson", "jackson must be 2 or 3, not \"4\""));

        assertThat(failure).hasMessage("Invalid parameter jackson: jackson must be 2 or 3, not \"4\"");
    }

    @Test
    void ioErrorsBecomeExecutionExceptionsWithTheirCause() {
        IOException io = new NoSuchFileException("/gone/generate.state");

        MojoExecutionException checked = MojoFailures.of(io);
        MojoExecutionException unchecked = MojoFailures.of(
                new UncheckedIOException("cannot write generated files: disk full", io));

        assertThat(checked).hasCause(io).hasMessageContaining("/gone/generate.state");
        assertThat(unchecked).hasCause(io).hasMessageContaining("cannot write generated files: disk full");
    }

    /** The seed with two dangling references, read in place from the shared corpus when it is there. */
    @Test
    void theSeedWithTwoDanglingReferencesFailsNamingBoth() throws IOException {
        String corpus = System.getProperty("schemaforge.corpus");
        Path seeds = corpus == null ? null : Path.of(corpus).resolve("../seeds").normalize();
        assumeTrue(seeds != null && Files.isRegularFile(seeds.resolve("003_7639e6acc02c8a23.txt")),
                "shared seeds not found beside schemaforge.corpus; skipped");
        List<Path> inputs = SchemaSelection.select(seeds, List.of("003_7639e6acc02c8a23.txt"), null);
        GenerateParameters parameters = new GenerateParameters(seeds, "com.example", temp.resolve("out"),
                temp.resolve("res"), "3", true, "2020-12", Map.of());
        GenerationRun run = new GenerationRun(temp.resolve("state"), ToolVersion.of("1"), List.of(), true);

        assertThatThrownBy(() -> run.run(parameters, inputs))
                .isInstanceOfSatisfying(SchemaException.class, e -> assertThat(MojoFailures.of(e).getMessage())
                        .contains("003_7639e6acc02c8a23.txt:1:", "api_sso_v1_ConnectionImplicitRoleAssignment",
                                "api_sso_v1_GroupImplicitRoleAssignment"));
        assertThat(temp.resolve("out")).doesNotExist();
    }
}
