package dev.schemaforge.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.schemaforge.validator.ValidationResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonReportTest {

    @Test
    void everyResultWithEveryViolationInAFixedShape() {
        assertThat(ReportFixtures.render(ReportFormat.JSON)).isEqualTo("""
                {
                  "valid": false,
                  "results": [
                    {
                      "source": "payloads/ok.json",
                      "valid": true,
                      "violations": []
                    },
                    {
                      "source": "payloads/bad.json",
                      "valid": false,
                      "violations": [
                        {
                          "pointer": "/provider",
                          "line": 3,
                          "column": 15,
                          "keyword": "enum",
                          "message": "\\"OKTAA\\" is not one of OKTA, GOOGLE (did you mean \\"OKTA\\"?)",
                          "schema": "schemas/connection.schema.json:17:7"
                        },
                        {
                          "pointer": "",
                          "line": 1,
                          "column": 1,
                          "keyword": "required",
                          "message": "missing required property \\"id\\"",
                          "schema": "schemas/connection.schema.json:80:3"
                        }
                      ]
                    },
                    {
                      "source": "payloads/a,b: <c>&d%.json",
                      "valid": false,
                      "violations": [
                        {
                          "pointer": "",
                          "line": 4,
                          "column": 0,
                          "keyword": "syntax",
                          "message": "not well-formed JSON: end-of-input\\n expected '}' & \\"]\\"",
                          "schema": null
                        }
                      ]
                    }
                  ]
                }
                """);
    }

    @Test
    void itIsJsonThatReadsBackAndAllValidIsValid() {
        JsonNode tree = JsonMapper.builder().build().readTree(ReportFixtures.render(ReportFormat.JSON,
                List.of(new ValidationResult("a.json", List.of()))));

        assertThat(tree.path("valid").booleanValue()).isTrue();
        assertThat(tree.path("results").get(0).path("source").stringValue()).isEqualTo("a.json");
    }

    @Test
    void schemaFilesOutsideTheBaseDirectoryStayAbsolute() {
        String json = new StringBuilder().append(render(ReportOptions.defaults())).toString();

        assertThat(json).contains("\"schema\": \"" + ReportFixtures.SCHEMA_FILE.toString().replace('\\', '/')
                + ":17:7\"");
    }

    private static String render(ReportOptions options) {
        StringBuilder out = new StringBuilder();
        try {
            ReportFormat.JSON.report(options).write(ReportFixtures.RESULTS, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }
}
