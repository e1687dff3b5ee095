package dev.schemaforge.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small schema documents for the tests, written into a temporary folder. */
final class Schemas {

    static final String PERSON = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "title": "Person",
              "type": "object",
              "required": ["name"],
              "properties": {
                "name": {"type": "string"},
                "born": {"type": "string", "format": "date-time"},
                "kind": {"enum": ["HUMAN", "ROBOT"]}
              }
            }
            """;

    static final String PETS = """
            openapi: 3.0.3
            info: {title: pets, version: "1"}
            paths: {}
            components:
              schemas:
                Pet:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string}
                    owner: {$ref: '#/components/schemas/Owner'}
                Owner:
                  type: object
                  properties:
                    pets:
                      type: array
                      items: {$ref: '#/components/schemas/Pet'}
            """;

    static final String DANGLING = """
            {
              "title": "Broken",
              "type": "object",
              "properties": {
                "a": {"$ref": "#/$defs/Missing"},
                "b": {"$ref": "other.json"}
              }
            }
            """;

    private Schemas() {
    }

    static Path write(Path folder, String relativePath, String content) throws IOException {
        Path file = folder.resolve(relativePath);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
