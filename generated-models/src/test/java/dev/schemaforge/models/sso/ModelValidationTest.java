package dev.schemaforge.models.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.schemaforge.validator.ModelValidator;
import dev.schemaforge.validator.SchemaValidator;
import dev.schemaforge.validator.ValidationResult;
import dev.schemaforge.validator.Violation;

/**
 * The generated models checked against the schemas the plugin bundled beside them, from the class
 * path alone: what the Java types cannot enforce, the schema still catches.
 */
class ModelValidationTest {

    private static final ModelValidator MODELS = ModelValidator.shared();

    static Connection.Builder oidcConnection() {
        return Connection.builder()
                .id("conn_1")
                .provider(ConnectionProvider.OKTA)
                .type(ConnectionType.OIDC)
                .status(ConnectionStatus.COMPLETED)
                .enabled(true)
                .organizationId("org_1")
                .oidcConfig(OidcConfig.builder()
                        .clientId("client")
                        .issuer("https://idp.example.com")
                        .scopes(List.of(OidcConfigScopesItem.openid, OidcConfigScopesItem.email))
                        .tokenAuthType(OidcConfigTokenAuthType.BASIC_AUTH)
                        .pkceEnabled(true)
                        .build())
                .attributeMapping(Map.of("email", "mail"))
                .createTime(OffsetDateTime.parse("2024-02-29T08:15:30+05:30"));
    }

    @Test
    void aConnectionFromTheBuilderIsValid() {
        ValidationResult result = MODELS.validate(oidcConnection().build());

        assertThat(result.violations()).isEmpty();
        assertThat(result.source()).isEqualTo(Connection.class.getName());
    }

    @Test
    void eachModelIsCheckedAgainstItsOwnSchema() {
        assertThat(MODELS.schemaFor(Connection.class).reference()).isEqualTo("sso/connection.schema.json#");
        assertThat(MODELS.schemaFor(OidcConfig.class).reference())
                .isEqualTo("sso/connection.schema.json#/$defs/OidcConfig");
        assertThat(MODELS.schemaFor(ApiSsoV1Connection.class).reference())
                .isEqualTo("sso/stytch-sso.openapi.yaml#/components/schemas/api_sso_v1_Connection");
        assertThat(MODELS.validate(ConnectionProvider.PING_IDENTITY).valid()).isTrue();
        assertThat(MODELS.validate(SamlConfig.builder().idpSsoRequestBinding(RequestBinding.HTTP_POST).build()).valid())
                .isTrue();
    }

    /** A list may hold null, which Jackson writes as {@code null}; the schema wants a scope there. */
    @Test
    void aNullScopeTheBuilderAcceptsIsAViolationAtItsPointer() {
        OidcConfig config = OidcConfig.builder()
                .scopes(Arrays.asList(OidcConfigScopesItem.openid, null))
                .build();
        Connection connection = oidcConnection().oidcConfig(config).build();

        List<Violation> violations = MODELS.validate(connection).violations();

        assertThat(violations).isNotEmpty().allSatisfy(violation -> {
            assertThat(violation.pointer()).isEqualTo("/oidc_config/scopes/1");
            assertThat(violation.line()).isZero();
        });
        assertThat(violations).extracting(Violation::keyword).contains("type");
    }

    @Test
    void aNullMappedAttributeAndANullRoleAssignmentAreViolations() {
        Map<String, String> mapping = new HashMap<>();
        mapping.put("family_name", null);
        assertThat(MODELS.validate(oidcConnection().attributeMapping(mapping).build()).violations())
                .extracting(Violation::pointer).containsOnly("/attribute_mapping/family_name");

        ApiSsoV1Connection stytch = ApiSsoV1Connection.builder()
                .organizationId("o").connectionId("c").externalOrganizationId("eo").externalConnectionId("ec")
                .displayName("d").status("active")
                .externalConnectionImplicitRoleAssignments(List.of())
                .externalGroupImplicitRoleAssignments(Arrays.asList(
                        ApiSsoV1GroupImplicitRoleAssignment.builder().group("admins").roleId("admin").build(), null))
                .build();
        assertThat(MODELS.validate(stytch).violations()).singleElement().satisfies(violation -> {
            assertThat(violation.pointer()).isEqualTo("/external_group_implicit_role_assignments/1");
            assertThat(violation.keyword()).isEqualTo("type");
        });
    }

    /** Read with the models, written back by the validator's mapper, checked against the bundled schema. */
    @TestFactory
    Stream<DynamicTest> everyValidExampleStaysValidThroughItsModel() {
        return Examples.files("valid").map(example -> DynamicTest.dynamicTest(example.getFileName().toString(), () -> {
            Object model = Examples.STRICT.readValue(example.toFile(), Examples.modelFor(example));
            assertThat(MODELS.validate(model).violations()).isEmpty();
        }));
    }

    /** The bundled copies judge the payloads exactly as the contract in {@code ../schemas} does. */
    @TestFactory
    Stream<DynamicTest> theBundledSchemasJudgeTheExamplesLikeTheContract() {
        SchemaValidator contract = SchemaValidator.builder().schemas(Examples.SCHEMAS).build();
        return Stream.concat(Examples.files("valid"), Examples.files("invalid")).map(example ->
                DynamicTest.dynamicTest(example.getFileName().toString(), () -> {
                    ValidationResult bundled = MODELS.schemaFor(Examples.modelFor(example)).validate(example);
                    ValidationResult original = contract.schema(Examples.schemaFor(example)).validate(example);
                    assertThat(bundled.valid()).isEqualTo(example.getParent().endsWith("valid"));
                    assertThat(withoutSchemaFile(bundled)).isEqualTo(withoutSchemaFile(original));
                }));
    }

    /** What a violation says about the payload; the schema file is the bundled copy or the original. */
    private static List<String> withoutSchemaFile(ValidationResult result) {
        return result.violations().stream()
                .map(v -> v.pointer() + " " + v.line() + ":" + v.column() + " " + v.keyword() + " " + v.message()
                        + " @" + (v.schema() == null ? 0 : v.schema().line()))
                .toList();
    }
}
