package dev.schemaforge.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The seed {@code api_sso_v1_Connection} on its own: two dangling references, reported together. */
class SeedDocumentTest {

    @Test
    void bothDanglingReferencesAreOneErrorWithTheirLocations() {
        Path seed = Path.of(System.getProperty("schemaforge.corpus", "../../shared/corpus"))
                .resolveSibling("seeds").resolve("003_7639e6acc02c8a23.txt");
        Assumptions.assumeTrue(Files.isRegularFile(seed), () -> "shared seeds not found beside the corpus: " + seed);

        SchemaException error = catchThrowableOfType(SchemaException.class,
                () -> Catalog.builder().input(seed).build());

        assertThat(error.problems()).hasSize(2);
        assertThat(error.problems()).allSatisfy(p -> {
            assertThat(p.location().file().getFileName().toString()).isEqualTo("003_7639e6acc02c8a23.txt");
            assertThat(p.location().line()).isEqualTo(1);
            assertThat(p.location().column()).isPositive();
        });
        assertThat(error.getMessage())
                .contains("003_7639e6acc02c8a23.txt:1:")
                .contains("#/components/schemas/api_sso_v1_ConnectionImplicitRoleAssignment")
                .contains("#/components/schemas/api_sso_v1_GroupImplicitRoleAssignment")
                .contains("/properties/external_connection_implicit_role_assignments/items/$ref");
    }
}
