package dev.schemaforge.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regressions for bugs found by reading the mapping contract against the generator: recursion
 * through maps and lists, enum constants that differ only in case, deprecation, and a manifest
 * line reaching outside its folder.
 */
class GeneratorRegressionTest {

    private static final Path BUGS = Path.of("src/test/resources/mapping/regressions").toAbsolutePath();

    private static GenerationResult generate(String file) {
        return new Generator().generate(GenerationRequest.builder()
                .input(BUGS.resolve(file))
                .packageName("test.regressions")
                .sourceOutput(Path.of("unused"))
                .build());
    }

    private static String source(GenerationResult result, String simpleName) {
        return result.sources().stream()
                .filter(f -> f.relativePath().equals("test/regressions/" + simpleName + ".java"))
                .findFirst().orElseThrow(() -> new AssertionError(simpleName + ".java not generated"))
                .content();
    }

    /** "recursion allowed": a dictionary of itself terminates; the cycle closes as {@code Object}. */
    @Test
    void aRecursiveMapTerminates(@TempDir Path work) {
        GenerationResult result = generate("nested-map.schema.json");
        assertThat(CompileSupport.compile(result, work)).isEmpty();
    }

    /** "recursion allowed": a list of itself terminates; the cycle closes as {@code Object}. */
    @Test
    void aRecursiveListTerminates(@TempDir Path work) {
        GenerationResult result = generate("nested-list.schema.json");
        assertThat(CompileSupport.compile(result, work)).isEmpty();
    }

    /** Enum constants keep the value's spelling where legal: Java tells {@code asc} from {@code ASC}. */
    @Test
    void enumConstantsDifferingOnlyInCaseKeepTheirSpelling() {
        assertThat(source(generate("case-enum.schema.json"), "SortDirection"))
                .contains("    asc(\"asc\"),", "    ASC(\"ASC\"),", "    a_b(\"a_b\");");
    }

    /** {@code deprecated: true} on a property deprecates its component. */
    @Test
    void aDeprecatedPropertyIsDeprecated() {
        assertThat(source(generate("deprecated.schema.json"), "Customer"))
                .containsPattern("@Deprecated\\s+@JsonProperty\\(\"fax\"\\)|@JsonProperty\\(\"fax\"\\)\\s+@Deprecated");
    }

    /** Generated code compiles without warnings, even where it uses a deprecated generated type. */
    @Test
    void usingADeprecatedTypeCompilesWithoutWarnings(@TempDir Path work) {
        List<String> diagnostics = CompileSupport.compile(generate("deprecated.schema.json"), work);
        assertThat(diagnostics).isEmpty();
    }

    /** A deprecated member, required or not: its annotation reaches the canonical constructor, where javac would warn. */
    @Test
    void aDeprecatedMemberCompilesWithoutWarnings(@TempDir Path work) {
        GenerationResult required = generate("deprecated-member.schema.json");
        assertThat(source(required, "Contact")).contains("@JsonProperty(\"fax\") @Deprecated String fax");
        assertThat(CompileSupport.compile(required, work.resolve("required"))).isEmpty();
        assertThat(CompileSupport.compile(generate("deprecated-optional.schema.json"), work.resolve("optional")))
                .isEmpty();
    }

    /** Only files the writer itself produced in this folder are deleted; a manifest line cannot reach outside. */
    @Test
    void aManifestEntryOutsideTheOutputFolderIsNotDeleted(@TempDir Path temp) throws IOException {
        Path out = temp.resolve("out");
        Path outside = temp.resolve("precious.txt");
        Files.writeString(outside, "not generated\n");
        Files.createDirectories(out);
        Files.writeString(out.resolve(OutputWriter.MANIFEST), "../precious.txt\n");

        OutputWriter.write(new GenerationResult(List.of(
                new GeneratedFile(GeneratedFile.Kind.SOURCE, "p/A.java", "record A() {}\n")), 1), out, out);

        assertThat(outside).exists();
    }
}
