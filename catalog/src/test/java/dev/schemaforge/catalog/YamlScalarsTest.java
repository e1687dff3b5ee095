package dev.schemaforge.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain YAML scalars read as YAML 1.2's core schema says, the schema the YAML spec recommends. */
class YamlScalarsTest {

    private static JsonNode read(String yaml) {
        return new DocumentReader().read(Path.of("doc.yaml"), yaml.getBytes(StandardCharsets.UTF_8)).root();
    }

    private static JsonNode json(String text) {
        return JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build().readTree(text);
    }

    @Test
    void nullsAndBooleansInEverySpellingTheCoreSchemaHas() {
        assertThat(read("a: ~\nb: Null\nc: NULL\nd: null\ne:\nf: True\ng: FALSE\nh: true\n")).isEqualTo(json("""
                {"a": null, "b": null, "c": null, "d": null, "e": null, "f": true, "g": false, "h": true}"""));
    }

    @Test
    void integersInDecimalOctalAndHexAndFloatsWithoutALeadingDigit() {
        assertThat(read("a: 012\nb: 0o12\nc: 0x1F\nd: +12\ne: -7\nf: .5\ng: -1.5e+3\n")).isEqualTo(json("""
                {"a": 12, "b": 10, "c": 31, "d": 12, "e": -7, "f": 0.5, "g": -1.5e+3}"""));
    }

    @Test
    void whatYaml11TookForBooleansOrNumbersStaysAString() {
        // YAML 1.1's yes/no/on/off booleans, its sexagesimal and underscored numbers, and anything quoted
        assertThat(read("a: yes\nb: off\nc: 1_000\nd: 1:30\ne: '12'\nf: \"true\"\ng: 0b101\n")).isEqualTo(json("""
                {"a": "yes", "b": "off", "c": "1_000", "d": "1:30", "e": "12", "f": "true", "g": "0b101"}"""));
    }

    @Test
    void aBinaryValueIsAnErrorThatSaysHowToReadItAsText() {
        assertThatThrownBy(() -> read("type: string\ndefault: !!binary aGk=\n"))
                .isInstanceOf(SchemaException.class)
                .hasMessage("doc.yaml:2:10: #/default: a !!binary value, which JSON has no type for"
                        + " (without the tag it reads as its base64 text)");
        assertThat(read("default: aGk=\n").path("default").stringValue()).isEqualTo("aGk=");
    }
}
