package dev.schemaforge.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.schemaforge.validator.ValidationResult;
import dev.schemaforge.validator.Violation;

class TextReportTest {

    @Test
    void oneLinePerViolationThenTheSummary() {
        assertThat(ReportFixtures.render(ReportFormat.TEXT)).isEqualTo("""
                payloads/bad.json:3:15: /provider: "OKTAA" is not one of OKTA, GOOGLE (did you mean "OKTA"?)
                payloads/bad.json:1:1: (root): missing required property "id"
                payloads/a,b: <c>&d%.json:4: (root): not well-formed JSON: end-of-input expected '}' & "]"
                2 of 3 payloads invalid (3 violations)
                """);
    }

    @Test
    void validPayloadsShowOnlyInTheSummary() {
        List<ValidationResult> results = List.of(new ValidationResult("a.json", List.of()),
                new ValidationResult("b.json", List.of()));

        assertThat(ReportFixtures.render(ReportFormat.TEXT, results)).isEqualTo("2 payloads valid\n");
        assertThat(ReportFixtures.render(ReportFormat.TEXT, results.subList(0, 1))).isEqualTo("1 payload valid\n");
    }

    @Test
    void anUnknownPositionIsLeftOutAndOneViolationIsSingular() {
        List<ValidationResult> results = List.of(new ValidationResult("<tree>",
                List.of(new Violation("/a/0", 0, 0, "type", "expected string, found integer 1", null))));

        assertThat(ReportFixtures.render(ReportFormat.TEXT, results)).isEqualTo("""
                <tree>: /a/0: expected string, found integer 1
                1 of 1 payload invalid (1 violation)
                """);
    }
}
