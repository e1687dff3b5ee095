package dev.schemaforge.models.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The plugin ships the type index as a resource, so tools find a model's schema from the jar. */
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
}
