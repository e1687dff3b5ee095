package dev.schemaforge.models.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plugin ships the type index and the schemas it names as resources, so tools find a model's
 * schema from the jar.
 */
class TypeIndexResourceTest {

    @Test
    void theIndexMapsEveryModelToItsSchema() throws Exception {
        try (InputStream in = Connection.class.getResourceAsStream("/META-INF/schemaforge/types.json")) {
            assertThat(in).as("types.json on the classpath").isNotNull();
            JsonNode types = JsonMapper.builder().build().readTree(in).path("types");
            assertThat(types.path(Connection.class.getName()).path("document").stringValue())
                    .isEqualTo("sso/connection.schema.json");
            assertThat(types.path(ApiSsoV1Connection.class.getName()).path("pointer").stringValue())
                    .isEqualTo("/components/schemas/api_sso_v1_Connection");
            assertThat(types.path(ConnectionProvider.class.getName()).path("pointer").stringValue())
                    .isEqualTo("/properties/provider");
        }
    }

    @Test
    void everyDocumentTheIndexNamesIsBundledByteForByte() throws Exception {
        JsonNode types;
        try (InputStream in = Connection.class.getResourceAsStream("/META-INF/schemaforge/types.json")) {
            types = JsonMapper.builder().build().readTree(in).path("types");
        }
        Set<String> documents = new TreeSet<>();
        types.forEach(type -> documents.add(type.path("document").stringValue()));
        assertThat(documents).containsExactly("sso/connection.schema.json", "sso/stytch-sso.openapi.yaml");
        for (String document : documents) {
            String resource = "/META-INF/schemaforge/schemas/" + document;
            try (InputStream bundled = Connection.class.getResourceAsStream(resource)) {
                assertThat(bundled).as(document).isNotNull()
                        .hasBinaryContent(Files.readAllBytes(Examples.SCHEMAS.resolve(document)));
            }
        }
    }

    @Test
    void examplesAreNotBundledBecauseTheSelectionLeavesThemOut() {
        assertThat(Connection.class.getResource("/META-INF/schemaforge/schemas/sso/examples")).isNull();
        assertThat(Connection.class.getResource("/META-INF/schemaforge/catalog.json")).isNotNull();
    }
}
