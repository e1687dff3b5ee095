package dev.schemaforge.generator.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documented escapes of {@link Identifiers}: spelling rules, keywords, reserved names and numbering. */
class IdentifiersTest {

    @ParameterizedTest
    @CsvSource({
            "api_sso_v1_Connection, ApiSsoV1Connection",
            "person, Person",
            "order-status, OrderStatus",
            "1password, _1password",
    })
    void typeNamesArePascalCase(String schemaName, String expected) {
        assertThat(Identifiers.typeName(schemaName)).isEqualTo(expected);
    }

    @Test
    void aTypeNameWithoutAnyLettersOrDigitsFallsBackToType() {
        assertThat(Identifiers.typeName("--")).isEqualTo("Type");
    }

    @ParameterizedTest
    @CsvSource({
            "organization_id, organizationId",
            "ID, id",
            "URLPath, urlPath",
            "name, name",
            "created-at, createdAt",
            "1st, _1st",
    })
    void memberNamesAreCamelCase(String wireName, String expected) {
        assertThat(Identifiers.memberName(wireName)).isEqualTo(expected);
    }

    @Test
    void aMemberNameWithoutAnyLettersOrDigitsFallsBackToValue() {
        assertThat(Identifiers.memberName("")).isEqualTo("value");
    }

    @Test
    void constantsKeepTheValueSpellingWhereItIsALegalIdentifier() {
        assertThat(Identifiers.constantName("AUTH0")).isEqualTo("AUTH0");
        assertThat(Identifiers.constantName("INPROGRESS")).isEqualTo("INPROGRESS");
        assertThat(Identifiers.constantName("openid")).isEqualTo("openid");
        assertThat(Identifiers.constantName("snake_case")).isEqualTo("snake_case");
    }

    @Test
    void otherConstantsBecomeUpperSnakeCaseWithALegalStart() {
        assertThat(Identifiers.constantName("text/plain")).isEqualTo("TEXT_PLAIN");
        assertThat(Identifiers.constantName("application/vnd.api+json")).isEqualTo("APPLICATION_VND_API_JSON");
        assertThat(Identifiers.constantName("1st")).isEqualTo("_1ST");
        assertThat(Identifiers.constantName("")).isEqualTo("EMPTY");
        assertThat(Identifiers.constantName("--")).isEqualTo("EMPTY");
    }

    @Test
    void aKeywordIsNeverUsedAsAConstant() {
        assertThat(Identifiers.constantName("class")).isEqualTo("CLASS");
        assertThat(Identifiers.constantName("_")).isEqualTo("EMPTY");
    }

    @Test
    void keywordsGetATrailingUnderscore() {
        Identifiers scope = new Identifiers(Set.of(), false);
        assertThat(scope.allocate("class", Identifiers.memberName("class"))).isEqualTo("class_");
        assertThat(scope.allocate("default", Identifiers.memberName("default"))).isEqualTo("default_");
        assertThat(scope.allocate("record", Identifiers.memberName("record"))).isEqualTo("record");
    }

    @Test
    void reservedNamesGetATrailingUnderscore() {
        Identifiers scope = new Identifiers(Set.of("toString", "builder"), false);
        assertThat(scope.allocate("toString", Identifiers.memberName("toString"))).isEqualTo("toString_");
        assertThat(scope.allocate("builder", Identifiers.memberName("builder"))).isEqualTo("builder_");
        assertThat(scope.allocate("name", Identifiers.memberName("name"))).isEqualTo("name");
    }

    @Test
    void collisionsGetTheSmallestFreeNumber() {
        Identifiers scope = new Identifiers(Set.of(), false);
        assertThat(scope.allocate("#/a/status", "Status")).isEqualTo("Status");
        assertThat(scope.allocate("#/b/status", "Status")).isEqualTo("Status2");
        assertThat(scope.allocate("#/c/status", "Status")).isEqualTo("Status3");
    }

    @Test
    void aNumberedNameDoesNotStealAnExistingOne() {
        Identifiers scope = new Identifiers(Set.of(), false);
        assertThat(scope.allocate("x", "Status2")).isEqualTo("Status2");
        assertThat(scope.allocate("y", "Status")).isEqualTo("Status");
        assertThat(scope.allocate("z", "Status")).isEqualTo("Status3");
    }

    @Test
    void theSameKeyAlwaysGetsTheSameName() {
        Identifiers scope = new Identifiers(Set.of(), false);
        String first = scope.allocate("#/components/schemas/Status", "Status");
        scope.allocate("#/other", "Status");
        assertThat(scope.allocate("#/components/schemas/Status", "Whatever")).isEqualTo(first).isEqualTo("Status");
    }

    @Test
    void typeScopesIgnoreCaseSoTypeNamesNeverClashOnCaseInsensitiveFileSystems() {
        Identifiers scope = new Identifiers(Set.of(), true);
        assertThat(scope.allocate("a", "Status")).isEqualTo("Status");
        assertThat(scope.allocate("b", "STATUS")).isEqualTo("STATUS2");
        assertThat(scope.allocate("c", "status")).isEqualTo("status3");
    }

    @Test
    void memberScopesKeepNamesThatDifferOnlyInCase() {
        Identifiers scope = new Identifiers(Set.of(), false);
        assertThat(scope.allocate("asc", "asc")).isEqualTo("asc");
        assertThat(scope.allocate("ASC", "ASC")).isEqualTo("ASC");
        assertThat(scope.allocate("Asc", "asc")).isEqualTo("asc2");
    }

    @Test
    void anEscapedNameCollidesLikeAnyOther() {
        Identifiers scope = new Identifiers(Set.of(), false);
        assertThat(scope.allocate("class", "class")).isEqualTo("class_");
        assertThat(scope.allocate("class_", "class_")).isEqualTo("class_2");
    }
}
