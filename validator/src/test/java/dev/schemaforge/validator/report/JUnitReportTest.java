package dev.schemaforge.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.schemaforge.validator.ValidationResult;
import dev.schemaforge.validator.Violation;

class JUnitReportTest {

    @Test
    void oneTestCasePerPayloadAndOneFailureListingEveryViolation() {
        assertThat(ReportFixtures.render(ReportFormat.JUNIT)).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites tests="3" failures="2" errors="0">
                  <testsuite name="schemaforge validate" tests="3" failures="2" errors="0" skipped="0">
                    <testcase classname="schemaforge" name="payloads/ok.json"/>
                    <testcase classname="schemaforge" name="payloads/bad.json">
                      <failure message="/provider: &quot;OKTAA&quot; is not one of OKTA, GOOGLE (did you mean \
                &quot;OKTA&quot;?)" type="enum">payloads/bad.json:3:15: /provider: "OKTAA" is not one of OKTA, \
                GOOGLE (did you mean "OKTA"?)
                payloads/bad.json:1:1: (root): missing required property "id"
                </failure>
                    </testcase>
                    <testcase classname="schemaforge" name="payloads/a,b: &lt;c&gt;&amp;d%.json">
                      <failure message="(root): not well-formed JSON: end-of-input expected '}' &amp; &quot;]&quot;" \
                type="syntax">payloads/a,b: &lt;c&gt;&amp;d%.json:4: (root): not well-formed JSON: end-of-input \
                expected '}' &amp; "]"
                </failure>
                    </testcase>
                  </testsuite>
                </testsuites>
                """);
    }

    @Test
    void theTestCasesOfOneSourceWithSeveralPayloadsAreNumbered() throws Exception {
        Violation wrong = new Violation("/a", 3, 1, "type", "expected integer, found string \"x\"", null);
        List<ValidationResult> results = List.of(new ValidationResult("s.yaml", List.of()),
                new ValidationResult("one.json", List.of()), new ValidationResult("s.yaml", List.of(wrong)));

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                ReportFixtures.render(ReportFormat.JUNIT, results).getBytes(StandardCharsets.UTF_8)));

        NodeList testCases = xml.getElementsByTagName("testcase");
        assertThat(List.of(0, 1, 2)).extracting(i -> ((Element) testCases.item(i)).getAttribute("name"))
                .containsExactly("s.yaml #1", "one.json", "s.yaml #2");
        // the failure's lines name the file as the other reports do
        assertThat(((Element) testCases.item(2)).getTextContent()).contains("s.yaml:3:1: /a: expected integer");
    }

    @Test
    void anXmlParserReadsBackEveryNameAndMessage() throws Exception {
        List<ValidationResult> results = List.of(new ValidationResult("odd \"name\" <&>\u0001.json",
                List.of(new Violation("/a", 1, 2, "const", "must be \"<x>\" & not ']]>' \u0007", null))));

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                ReportFixtures.render(ReportFormat.JUNIT, results).getBytes(StandardCharsets.UTF_8)));

        Element testCase = (Element) xml.getElementsByTagName("testcase").item(0);
        assertThat(testCase.getAttribute("name")).isEqualTo("odd \"name\" <&>\uFFFD.json");
        NodeList failures = testCase.getElementsByTagName("failure");
        Element failure = (Element) failures.item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("/a: must be \"<x>\" & not ']]>' \uFFFD");
        assertThat(failure.getAttribute("type")).isEqualTo("const");
        assertThat(failure.getTextContent())
                .isEqualTo("odd \"name\" <&>\uFFFD.json:1:2: /a: must be \"<x>\" & not ']]>' \uFFFD\n");
    }
}
