package dev.schemaforge.models.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.DatabindException;

/** Every example payload of the contract against the models our plugin generated from it. */
class ExamplesRoundTripTest {

    /** Which property each invalid example breaks, by the file name's convention. */
    private static final Map<String, String> BROKEN_PROPERTY = Map.of(
            "connection-missing-id.json", "id",
            "connection-missing-organization_id.json", "organization_id",
            "connection-unknown-provider.json", "provider",
            "connection-unknown-status.json", "status",
            "connection-wrong-type-enabled.json", "enabled",
            "connection-bad-date-time.json", "create_time",
            "stytch-connection-missing-display_name.json", "display_name",
            "stytch-connection-group-assignment-missing-role_id.json", "role_id",
            "stytch-connection-wrong-type-status.json", "status");

    @TestFactory
    Stream<DynamicTest> validExamplesRoundTripToEqualJson() {
        return Examples.files("valid").map(example -> DynamicTest.dynamicTest(example.getFileName().toString(), () -> {
            JsonNode original = Examples.STRICT.readTree(example.toFile());
            Object model = Examples.STRICT.readValue(example.toFile(), Examples.modelFor(example));
            JsonNode written = Examples.STRICT.valueToTree(model);
            assertThat(instantsNormalised(written)).isEqualTo(instantsNormalised(original));
        }));
    }

    @TestFactory
    Stream<DynamicTest> invalidExamplesAreRejectedNamingTheProperty() {
        return Examples.files("invalid").map(example -> DynamicTest.dynamicTest(example.getFileName().toString(), () -> {
            String property = BROKEN_PROPERTY.get(example.getFileName().toString());
            assertThat(property).as("every invalid example says which property it breaks").isNotNull();
            Path file = example;
            assertThatThrownBy(() -> Examples.STRICT.readValue(file.toFile(), Examples.modelFor(file)))
                    .isInstanceOf(DatabindException.class)
                    .hasMessageContaining("\"" + property + "\"");
        }));
    }

    /** Date-times compare as instants: {@code +05:30} and the same moment in {@code Z} are equal. */
    private static JsonNode instantsNormalised(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.properties().forEach(e -> copy.set(e.getKey(), instantsNormalised(e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(instantsNormalised(element)));
            return copy;
        }
        if (node.isString()) {
            try {
                return JsonNodeFactory.instance.stringNode(OffsetDateTime.parse(node.stringValue()).toInstant().toString());
            } catch (DateTimeParseException notADateTime) {
                return node;
            }
        }
        return node;
    }
}
