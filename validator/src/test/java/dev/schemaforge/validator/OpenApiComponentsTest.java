package dev.schemaforge.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Component schemas of OpenAPI 3.0 and 3.1 documents, validated in their own dialects. */
class OpenApiComponentsTest {

    private static final Path OPENAPI = Path.of("src/test/resources/openapi").toAbsolutePath();

    private static SchemaValidator validator(String file) {
        return SchemaValidator.builder().schemas(OPENAPI.resolve(file)).build();
    }

    @Test
    void openApi30NullableAdmitsNullOnlyWhereDeclared() {
        CompiledSchema owner = validator("pets-3.0.yaml").schema("Owner");
        assertThat(owner.validate("{\"name\": \"Ann\", \"nickname\": null}").valid()).isTrue();
        assertThat(owner.validate("{\"name\": null, \"nickname\": \"A\"}").violations())
                .singleElement().satisfies(v -> assertThat(v.pointer()).isEqualTo("/name"));
    }

    @Test
    void openApi31TypeArraysAdmitNull() {
        CompiledSchema owner = validator("owner-3.1.yaml").schema("Owner");
        assertThat(owner.validate("{\"name\": \"Ann\", \"nickname\": null}").valid()).isTrue();
        assertThat(owner.validate("{\"name\": \"Ann\", \"nickname\": 3}").valid()).isFalse();
    }

    @Test
    void aDiscriminatedOneOfReportsTheChosenAlternativesErrors() {
        CompiledSchema pet = validator("pets-3.0.yaml").schema("Pet");
        assertThat(pet.validate("{\"kind\": \"dog\", \"barks\": true}").valid()).isTrue();
        assertThat(pet.validate("{\"kind\": \"cat\", \"meows\": \"loud\"}").violations())
                .extracting(Violation::toString)
                .contains("/meows: expected boolean, found string \"loud\"")
                .noneMatch(line -> line.contains("barks"));
    }

    @Test
    void aDiscriminatedAnyOfReportsOnlyTheChosenAlternativesErrorsWithoutClaimsAboutTheOthers() {
        // networknt tries just the alternative the discriminator names and reports no anyOf error of its own
        CompiledSchema pet = validator("pets-3.0.yaml").schema("AnyPet");
        assertThat(pet.validate("{\"kind\": \"cat\", \"meows\": true}").valid()).isTrue();
        assertThat(pet.validate("{\"kind\": \"dog\", \"barks\": \"loud\"}").violations())
                .extracting(Violation::toString)
                .containsExactly("/barks: expected boolean, found string \"loud\"");
        assertThat(pet.validate("{\"kind\": \"cat\", \"meows\": \"loud\"}").violations())
                .extracting(Violation::toString)
                .containsExactly("/meows: expected boolean, found string \"loud\"");
    }
}
