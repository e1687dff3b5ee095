package dev.schemaforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.schemaforge.validator.SchemaValidator;
import dev.schemaforge.validator.ValidationResult;

/** The CLI keeps a failing payload's violations, not the payload: the report comes after the last one. */
class PayloadValidationTest {

    private static final Path SCHEMAS = Path.of("../schemas");
    private static final Path UNKNOWN_PROVIDER = SCHEMAS.resolve("sso/examples/invalid/connection-unknown-provider.json");

    @Test
    void aFailingPayloadsResultIsWrittenOutAtOnce() {
        PayloadValidation validation = new PayloadValidation(
                SchemaValidator.builder().schemas(SCHEMAS).build().schema("sso/connection.schema.json"), false,
                new ByteArrayInputStream(new byte[0]));

        List<ValidationResult> results = validation.validate(new PayloadInputs.Payload(UNKNOWN_PROVIDER.toString(),
                UNKNOWN_PROVIDER));

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.valid()).isFalse();
            assertThat(result.written()).isSameAs(result);
        });
    }
}
