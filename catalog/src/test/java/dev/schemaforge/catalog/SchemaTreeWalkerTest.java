package dev.schemaforge.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SchemaTreeWalkerTest {

    @Test
    void visitsEverySubschemaButNeverInstanceData() {
        JsonNode schema = JsonMapper.builder().build().readTree("""
                {
                  "properties": {
                    "a/b": { "items": { "type": "string" } },
                    "enum": { "enum": [ { "type": "not a schema" } ] },
                    "tuple": { "items": [ { }, true ] }
                  },
                  "$defs": { "D": { "not": { "const": { "properties": { } } } } },
                  "allOf": [ { "if": { }, "then": { }, "else": { } } ],
                  "dependencies": { "x": [ "y" ], "z": { } },
                  "default": { "properties": { "p": { } } },
                  "unknown": { "properties": { } }
                }
                """);
        List<String> visited = new ArrayList<>();

        SchemaTreeWalker.walk(schema, "/components/schemas/S", (pointer, object) -> visited.add(pointer));

        assertThat(visited).containsExactly(
                "/components/schemas/S",
                "/components/schemas/S/properties/a~1b",
                "/components/schemas/S/properties/a~1b/items",
                "/components/schemas/S/properties/enum",
                "/components/schemas/S/properties/tuple",
                "/components/schemas/S/properties/tuple/items/0",
                "/components/schemas/S/$defs/D",
                "/components/schemas/S/$defs/D/not",
                "/components/schemas/S/allOf/0",
                "/components/schemas/S/allOf/0/if",
                "/components/schemas/S/allOf/0/then",
                "/components/schemas/S/allOf/0/else",
                "/components/schemas/S/dependencies/z");
    }
}
