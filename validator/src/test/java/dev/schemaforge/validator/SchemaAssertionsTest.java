package dev.schemaforge.validator;

import static dev.schemaforge.validator.SchemaAssertions.assertInvalid;
import static dev.schemaforge.validator.SchemaAssertions.assertValid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

class SchemaAssertionsTest {

    private static final String ORDER = """
            {
              "title": "Order",
              "type": "object",
              "required": ["id"],
              "properties": {
                "id": {"type": "string"},
                "quantity": {"type": "integer", "minimum": 1}
              }
            }
            """;

    private static final String VALID = "{\"id\": \"o-1\", \"quantity\": 2}";

    /** Two violations: {@code id} is missing (at the root, 1:1) and {@code quantity} (2:3) is too small. */
    private static final String TWICE_WRONG = "{\n  \"quantity\": 0\n}\n";

    @TempDir
    static Path folder;

    static CompiledSchema order;
    static URLClassLoader models;

    @BeforeAll
    static void schemas() throws IOException {
        Files.writeString(folder.resolve("order.schema.json"), ORDER);
        order = SchemaValidator.builder().schemas(folder.resolve("order.schema.json")).build()
                .schema("order.schema.json");
        models = ModelJar.loader(ModelJar.fixture().writeJar(folder.resolve("models.jar")));
    }

    @AfterAll
    static void release() throws IOException {
        models.close();
    }

    @Test
    void aValidPayloadPassesInEveryForm() throws IOException {
        assertValid(order, VALID);
        assertValid(order, VALID.getBytes(StandardCharsets.UTF_8));
        assertValid(order, JsonMapper.builder().build().readTree(VALID));
        assertValid(order, Files.writeString(folder.resolve("valid.json"), VALID));
    }

    @Test
    void aFailureListsEveryViolationAsFileLineColumnPointerMessageUnderTheSchema() throws IOException {
        Path payload = Files.writeString(folder.resolve("twice-wrong.json"), TWICE_WRONG);

        String tooSmall = message(order.validate(payload), "/quantity");

        Throwable failure = catchThrowable(() -> assertValid(order, payload));

        assertThat(failure).isInstanceOf(AssertionError.class);
        List<String> lines = failure.getMessage().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("Expected " + payload + " to match the schema order.schema.json#:");
        assertThat(lines.subList(1, 3)).containsExactlyInAnyOrder(
                payload + ":1:1: (root): missing required property \"id\"",
                payload + ":2:3: /quantity: " + tooSmall);
        assertThat(lines.get(3)).isEqualTo("1 of 1 payload invalid (2 violations)");
    }

    @Test
    void withoutTextThereIsNoLineOrColumn() throws IOException {
        assertThatThrownBy(() -> assertValid(order, JsonMapper.builder().build().readTree(TWICE_WRONG)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("\n<tree>: (root): missing required property \"id\"\n")
                .hasMessageContaining("\n<tree>: /quantity: ");
    }

    @Test
    void textAndBytesAreNamedAsSuch() {
        assertThatThrownBy(() -> assertValid(order, TWICE_WRONG))
                .hasMessageStartingWith("Expected <string> to match")
                .hasMessageContaining("\n<string>:2:3: /quantity: ");
        assertThatThrownBy(() -> assertValid(order, TWICE_WRONG.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("\n<bytes>:2:3: /quantity: ");
    }

    @Test
    void aMalformedPayloadFailsWithItsSyntaxError() {
        assertThatThrownBy(() -> assertValid(order, "{\"id\": "))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("<string>:1:")
                .hasMessageContaining("not well-formed JSON");
    }

    @Test
    void assertInvalidReturnsEveryViolation() {
        List<Violation> violations = assertInvalid(order, TWICE_WRONG);

        assertThat(violations).extracting(Violation::pointer, Violation::keyword)
                .containsExactlyInAnyOrder(tuple("", "required"), tuple("/quantity", "minimum"));
        assertThat(assertInvalid(order, TWICE_WRONG.getBytes(StandardCharsets.UTF_8))).hasSize(2);
    }

    @Test
    void assertInvalidFailsOnAValidPayload() {
        assertThatThrownBy(() -> assertInvalid(order, VALID))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected <string> to break the schema order.schema.json#, but it is valid");
    }

    @Test
    void aModelIsCheckedAgainstTheSchemaItWasGeneratedFrom() {
        assertValid(ModelJar.instance(models, "fixture.Point", 1, 2));

        Object wrong = ModelJar.instance(models, "fixture.Point", -1, 2);
        String negative = message(ModelValidator.shared().validate(wrong), "/x");
        assertThatThrownBy(() -> assertValid(wrong))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected fixture.Point to match the schema geo/point.schema.json#:\n"
                        + "fixture.Point: /x: " + negative + "\n"
                        + "1 of 1 payload invalid (1 violation)");
        assertThat(assertInvalid(wrong)).singleElement().extracting(Violation::pointer).isEqualTo("/x");
        assertThatThrownBy(() -> assertInvalid(ModelJar.instance(models, "fixture.Point", 1, 2)))
                .hasMessage("Expected fixture.Point to break the schema geo/point.schema.json#, but it is valid");
    }

    @Test
    void somethingThatIsNotAModelIsAnErrorNotAFailedAssertion() {
        assertThatThrownBy(() -> assertValid(new StringBuilder("{}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("java.lang.StringBuilder is not a Schemaforge model");
    }

    private static String message(ValidationResult result, String pointer) {
        return result.violations().stream().filter(v -> v.pointer().equals(pointer)).findFirst()
                .orElseThrow().message();
    }
}
