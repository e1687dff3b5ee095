package dev.schemaforge.validator.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.schemaforge.validator.SchemaValidator;
import dev.schemaforge.validator.ValidationResult;
import dev.schemaforge.validator.Violation;

class SarifReportTest {

    @Test
    void oneRulePerKeywordAndOneErrorPerViolation() {
        assertThat(ReportFixtures.render(ReportFormat.SARIF)).isEqualTo("""
                {
                  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
                  "version": "2.1.0",
                  "runs": [
                    {
                      "tool": {
                        "driver": {
                          "name": "schemaforge",
                          "version": "1.2.3",
                          "informationUri": "https://schemaforge.dev",
                          "rules": [
                            {
                              "id": "enum",
                              "shortDescription": {
                                "text": "The payload breaks the JSON Schema keyword \\"enum\\"."
                              }
                            },
                            {
                              "id": "required",
                              "shortDescription": {
                                "text": "The payload breaks the JSON Schema keyword \\"required\\"."
                              }
                            },
                            {
                              "id": "syntax",
                              "shortDescription": {
                                "text": "The payload is not well-formed or cannot be read."
                              }
                            }
                          ]
                        }
                      },
                      "results": [
                        {
                          "ruleId": "enum",
                          "ruleIndex": 0,
                          "level": "error",
                          "message": {
                            "text": "/provider: \\"OKTAA\\" is not one of OKTA, GOOGLE (did you mean \\"OKTA\\"?)"
                          },
                          "locations": [
                            {
                              "physicalLocation": {
                                "artifactLocation": {
                                  "uri": "payloads/bad.json"
                                },
                                "region": {
                                  "startLine": 3,
                                  "startColumn": 15
                                }
                              },
                              "logicalLocations": [
                                {
                                  "fullyQualifiedName": "/provider",
                                  "kind": "value"
                                }
                              ]
                            }
                          ],
                          "properties": {
                            "jsonPointer": "/provider",
                            "schemaLocation": "schemas/connection.schema.json:17:7"
                          }
                        },
                        {
                          "ruleId": "required",
                          "ruleIndex": 1,
                          "level": "error",
                          "message": {
                            "text": "(root): missing required property \\"id\\""
                          },
                          "locations": [
                            {
                              "physicalLocation": {
                                "artifactLocation": {
                                  "uri": "payloads/bad.json"
                                },
                                "region": {
                                  "startLine": 1,
                                  "startColumn": 1
                                }
                              }
                            }
                          ],
                          "properties": {
                            "jsonPointer": "",
                            "schemaLocation": "schemas/connection.schema.json:80:3"
                          }
                        },
                        {
                          "ruleId": "syntax",
                          "ruleIndex": 2,
                          "level": "error",
                          "message": {
                            "text": "(root): not well-formed JSON: end-of-input\\n expected '}' & \\"]\\""
                          },
                          "locations": [
                            {
                              "physicalLocation": {
                                "artifactLocation": {
                                  "uri": "payloads/a,b:%20%3Cc%3E&d%25.json"
                                },
                                "region": {
                                  "startLine": 4
                                }
                              }
                            }
                          ],
                          "properties": {
                            "jsonPointer": ""
                          }
                        }
                      ]
                    }
                  ]
                }
                """);
    }

    @Test
    void artifactUrisAreRelativeBelowTheBaseAndFileUrisElsewhere() {
        Path outside = Path.of("/elsewhere/p q.json").toAbsolutePath();
        List<ValidationResult> results = List.of(
                invalid(ReportFixtures.BASE.resolve("in/side.json").toString()),
                invalid(outside.toString()),
                invalid("c:d.json"),
                invalid("<stdin>"));

        String sarif = ReportFixtures.render(ReportFormat.SARIF, results);

        assertThat(sarif).contains("\"uri\": \"in/side.json\"", "\"uri\": \"" + outside.toUri() + "\"",
                "\"uri\": \"./c:d.json\"", "\"uri\": \"%3Cstdin%3E\"");
    }

    @Test
    void theReportConformsToTheSarifSchema() throws Exception {
        String corpus = System.getProperty("schemaforge.corpus");
        Path schema = corpus == null ? null : Path.of(corpus, "schemastore/schemas/sarif-2.1.0.json");
        assumeTrue(schema != null && Files.isRegularFile(schema),
                "corpus test skipped: set schemaforge.corpus to ../shared/corpus to check SARIF against its schema");
        SchemaValidator validator = SchemaValidator.builder().schemas(schema).build();
        List<ValidationResult> results = new java.util.ArrayList<>(ReportFixtures.RESULTS);
        results.add(invalid("<stdin>"));
        results.add(invalid("/elsewhere/p q.json"));

        ValidationResult checked = validator.schema("sarif-2.1.0.json")
                .validate(ReportFixtures.render(ReportFormat.SARIF, results));

        assertThat(checked.violations()).isEmpty();
        assertThat(validator.schema("sarif-2.1.0.json")
                .validate(ReportFixtures.render(ReportFormat.SARIF, List.of())).violations()).isEmpty();
    }

    private static ValidationResult invalid(String source) {
        return new ValidationResult(source, List.of(new Violation("/x", 2, 3, "type", "wrong", null)));
    }
}
