package dev.schemaforge.models.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The generated builders, records and enums as a user's code sees them. */
class BuildersTest {

    private static Connection.Builder minimal() {
        return Connection.builder()
                .id("conn_1")
                .provider(ConnectionProvider.AUTH0)
                .type(ConnectionType.OIDC)
                .status(ConnectionStatus.INPROGRESS)
                .enabled(true)
                .organizationId("org_1");
    }

    @Test
    void buildRejectsEachMissingRequiredValueNamingTypeAndProperty() {
        assertThatThrownBy(() -> minimal().provider(null).build())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("Connection: required property \"provider\" is missing");
        assertThatThrownBy(() -> minimal().organizationId(null).build())
                .hasMessage("Connection: required property \"organization_id\" is missing");
        assertThatThrownBy(() -> ApiSsoV1GroupImplicitRoleAssignment.builder().group("admins").build())
                .hasMessageContaining("\"role_id\"");
    }

    @Test
    void optionalValuesMayStayUnsetAndToBuilderCopies() {
        Connection connection = minimal().build();
        assertThat(connection.oidcConfig()).isNull();
        Connection later = connection.toBuilder()
                .updateTime(OffsetDateTime.parse("2024-02-29T08:15:30+05:30"))
                .build();
        assertThat(later.id()).isEqualTo("conn_1");
        assertThat(later.updateTime()).isNotNull();
        assertThat(connection.updateTime()).isNull();
    }

    @Test
    void collectionsAreCopiedAndUnmodifiable() {
        Map<String, String> mapping = new HashMap<>(Map.of("email", "mail"));
        Connection connection = minimal().attributeMapping(mapping).build();
        mapping.put("sub", "nameid");
        assertThat(connection.attributeMapping()).containsOnlyKeys("email");
        assertThatThrownBy(() -> connection.attributeMapping().put("x", "y"))
                .isInstanceOf(UnsupportedOperationException.class);

        ApiSsoV1Connection stytch = ApiSsoV1Connection.builder()
                .organizationId("o").connectionId("c").externalOrganizationId("eo").externalConnectionId("ec")
                .displayName("d").status("active")
                .externalConnectionImplicitRoleAssignments(List.of())
                .externalGroupImplicitRoleAssignments(List.of())
                .build();
        assertThatThrownBy(() -> stytch.externalGroupImplicitRoleAssignments().add(null))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void enumsKeepTheSchemaSpellingAndListAllowedValues() {
        assertThat(ConnectionStatus.fromValue("INPROGRESS")).isEqualTo(ConnectionStatus.INPROGRESS);
        assertThat(ConnectionProvider.AUTH0.value()).isEqualTo("AUTH0");
        assertThatThrownBy(() -> ConnectionProvider.fromValue("OKTAA"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ConnectionProvider: \"OKTAA\" is not one of OKTA, GOOGLE, MICROSOFT_AD, AUTH0,"
                        + " ONELOGIN, PING_IDENTITY, JUMPCLOUD, CUSTOM");
    }

    @Test
    void everyRfc3339FormRoundTripsToTheSameInstant() throws Exception {
        for (String time : List.of("2021-10-05T14:48:00.000Z", "2021-10-05T14:48:00Z", "2021-10-05t14:48:00z",
                "2021-10-05T20:18:00+05:30", "2021-10-05T14:48:00.123456789Z", "2021-10-05T14:48:00-00:00")) {
            String json = "{\"id\":\"c\",\"provider\":\"OKTA\",\"type\":\"SAML\",\"status\":\"DRAFT\","
                    + "\"enabled\":false,\"organization_id\":\"o\",\"create_time\":\"" + time + "\"}";
            Connection parsed = Examples.STRICT.readValue(json, Connection.class);
            assertThat(parsed.createTime().toInstant()).as(time)
                    .isEqualTo(OffsetDateTime.parse(time.toUpperCase()).toInstant());
        }
    }
}
