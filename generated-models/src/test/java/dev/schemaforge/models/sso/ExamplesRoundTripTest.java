package dev.schemaforge.models.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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
            String property = Examples.BROKEN_PROPERTY.get(example.getFileName().toString());
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
