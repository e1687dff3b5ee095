package dev.schemaforge.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.schemaforge.validator.ValidationResult;
import dev.schemaforge.validator.Violation;

class GitHubReportTest {

    @Test
    void oneErrorCommandPerViolationWithEscapedPropertiesAndData() {
        assertThat(ReportFixtures.render(ReportFormat.GITHUB)).isEqualTo("""
                ::error file=payloads/bad.json,line=3,col=15,title=enum::/provider: "OKTAA" is not one of OKTA, \
                GOOGLE (did you mean "OKTA"?)
                ::error file=payloads/bad.json,line=1,col=1,title=required::(root): missing required property "id"
                ::error file=payloads/a%2Cb%3A <c>&d%25.json,line=4,title=syntax::(root): not well-formed JSON: \
                end-of-input%0A expected '}' & "]"
                2 of 3 payloads invalid (3 violations)
                """);
    }

    @Test
    void absolutePathsBelowTheWorkspaceBecomeRelativeAndUnknownPositionsAreLeftOut() {
        List<ValidationResult> results = List.of(new ValidationResult(
                ReportFixtures.BASE.resolve("payloads/x.json").toString(),
                List.of(new Violation("/a", 0, 0, "type", "100% wrong\r\n", null))));

        assertThat(ReportFixtures.render(ReportFormat.GITHUB, results)).isEqualTo("""
                ::error file=payloads/x.json,title=type::/a: 100%25 wrong%0D%0A
                1 of 1 payload invalid (1 violation)
                """);
    }
}
