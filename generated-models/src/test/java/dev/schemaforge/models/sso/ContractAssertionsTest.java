package dev.schemaforge.models.sso;

import static dev.schemaforge.validator.SchemaAssertions.assertInvalid;
import static dev.schemaforge.validator.SchemaAssertions.assertValid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.schemaforge.validator.SchemaValidator;
import dev.schemaforge.validator.Violation;

/** The contract's examples and the generated models, checked the way a user's tests would check theirs. */
class ContractAssertionsTest {

    private static final SchemaValidator CONTRACT = SchemaValidator.builder().schemas(Examples.SCHEMAS).build();

    @TestFactory
    Stream<DynamicTest> everyValidExampleMatchesItsSchema() {
        return Examples.files("valid").map(example -> DynamicTest.dynamicTest(example.getFileName().toString(),
                () -> assertValid(CONTRACT.schema(Examples.schemaFor(example)), example)));
    }

    @TestFactory
    Stream<DynamicTest> everyInvalidExampleBreaksItsSchemaAtTheNamedProperty() {
        return Examples.files("invalid").map(example -> DynamicTest.dynamicTest(example.getFileName().toString(),
                () -> {
                    List<Violation> violations = assertInvalid(CONTRACT.schema(Examples.schemaFor(example)), example);
                    String property = Examples.BROKEN_PROPERTY.get(example.getFileName().toString());
                    assertThat(violations).singleElement().satisfies(violation -> assertThat(
                            violation.pointer().endsWith("/" + property)
                                    || violation.message().contains("\"" + property + "\""))
                            .as(violation.toString()).isTrue());
                }));
    }

    @Test
    void builtModelsMatchTheirSchemas() {
        assertValid(ModelValidationTest.oidcConnection().build());
        assertValid(ModelValidationTest.oidcConnection()
                .type(ConnectionType.SAML)
                .oidcConfig(null)
                .samlConfig(SamlConfig.builder()
                        .idpEntityId("https://idp.example.com/entity")
                        .idpSsoRequestBinding(RequestBinding.HTTP_REDIRECT)
                        .idpCertificates(List.of(SamlConfigIdpCertificatesItem.builder()
                                .id("cert_1")
                                .expiryTime(OffsetDateTime.parse("2030-01-01T00:00:00Z"))
                                .build()))
                        .build())
                .build());
        assertValid(ApiSsoV1Connection.builder()
                .organizationId("o").connectionId("c").externalOrganizationId("eo").externalConnectionId("ec")
                .displayName("d").status("active")
                .externalConnectionImplicitRoleAssignments(List.of(
                        ApiSsoV1ConnectionImplicitRoleAssignment.builder().roleId("stytch_member").build()))
                .externalGroupImplicitRoleAssignments(List.of())
                .build());
    }

    @Test
    void aModelTheSchemaRejectsFailsWithEveryViolationListed() {
        Connection connection = ModelValidationTest.oidcConnection()
                .oidcConfig(OidcConfig.builder().scopes(Arrays.asList(null, OidcConfigScopesItem.phone)).build())
                .build();

        assertThatThrownBy(() -> assertValid(connection))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected dev.schemaforge.models.sso.Connection to match the schema"
                        + " sso/connection.schema.json#:\n")
                .hasMessageContaining("\ndev.schemaforge.models.sso.Connection: /oidc_config/scopes/0: ");
        assertThat(assertInvalid(connection)).extracting(Violation::pointer).containsOnly("/oidc_config/scopes/0");
    }
}
