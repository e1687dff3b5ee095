package dev.schemaforge.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers a double cannot hold, in payloads and in schemas: read as doubles, 1e400 was infinite and
 * passed {@code "maximum": 10}, and 1e-400 was zero and failed {@code "exclusiveMinimum": 0}.
 */
class NumbersBeyondDoubleTest {

    @TempDir
    static Path schemas;

    private static SchemaValidator validator;

    @BeforeAll
    static void schemas() throws IOException {
        Files.writeString(schemas.resolve("max10.json"), "{\"items\": {\"maximum\": 10}}");
        Files.writeString(schemas.resolve("positive.json"), "{\"items\": {\"exclusiveMinimum\": 0}}");
        Files.writeString(schemas.resolve("integers.json"), "{\"items\": {\"type\": \"integer\"}}");
        Files.writeString(schemas.resolve("const.json"), "{\"const\": 1e400}");
        Files.writeString(schemas.resolve("tiny-maximum.json"), "{\"maximum\": 1e-400}");
        validator = SchemaValidator.builder().schemas(schemas).build();
    }

    private static ValidationResult check(String schema, String payload) {
        return validator.schema(schema).validate(payload);
    }

    @Test
    void aNumberBeyondTheRangeOfADoubleIsStillComparedByItsValue() {
        ValidationResult result = check("max10.json", "[1e400, -1e400, 5.5]");
        assertThat(result.violations()).extracting(Violation::pointer, Violation::keyword)
                .containsExactly(Tuple.tuple("/0", "maximum"));
    }

    @Test
    void aNumberBelowTheSmallestDoubleIsNotZero() {
        assertThat(check("positive.json", "[1e-400]").valid()).isTrue();
        assertThat(check("positive.json", "[0.0, 0e5]").violations()).hasSize(2);
    }

    @Test
    void aHugeNumberWithoutFractionIsAnInteger() {
        assertThat(check("integers.json", "[1e400, 1.0e2]").valid()).isTrue();
        assertThat(check("integers.json", "[1.5e-400]").valid()).isFalse();
    }

    @Test
    void aSchemaKeepsItsHugeAndTinyNumbersToo() {
        assertThat(check("const.json", "1e400").valid()).isTrue();
        assertThat(check("const.json", "1E+400").valid()).isTrue();
        assertThat(check("const.json", "1e401").violations()).singleElement()
                .extracting(Violation::message).isEqualTo("must be 1E+400, not 1E+401");
        assertThat(check("tiny-maximum.json", "1e-401").valid()).isTrue();
        assertThat(check("tiny-maximum.json", "1e-399").valid()).isFalse();
        assertThat(check("tiny-maximum.json", "0").valid()).isTrue();
    }
}
