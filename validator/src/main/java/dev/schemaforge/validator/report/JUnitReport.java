package dev.schemaforge.validator.report;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.schemaforge.validator.ValidationResult;
import dev.schemaforge.validator.Violation;

/**
 * JUnit XML as CI servers read it: one {@code testsuite} named {@code schemaforge validate}, one
 * {@code testcase} per payload (named by its source, numbered {@code #1}, {@code #2} ... where one
 * source gave several payloads: NDJSON records, YAML documents), and for an invalid payload one
 * {@code failure} whose message and type are those of its first violation and whose text lists
 * every violation as the text report does. Written with the JDK's {@link XMLStreamWriter}, which
 * escapes markup; characters XML cannot carry at all are replaced by {@code U+FFFD}.
 */
final class JUnitReport implements Report {

    static final String SUITE = "schemaforge validate";
    static final String CLASS_NAME = "schemaforge";

    JUnitReport(ReportOptions options) {
        // Sources are shown as given; schema locations are not part of this format.
    }

    @Override
    public void write(List<ValidationResult> results, Appendable out) throws IOException {
        StringWriter buffer = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
            String tests = String.valueOf(results.size());
            String failures = String.valueOf(results.stream().filter(r -> !r.valid()).count());
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("tests", tests);
            xml.writeAttribute("failures", failures);
            xml.writeAttribute("errors", "0");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", SUITE);
            xml.writeAttribute("tests", tests);
            xml.writeAttribute("failures", failures);
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            List<String> names = names(results);
            for (int i = 0; i < results.size(); i++) {
                ValidationResult result = results.get(i);
                xml.writeCharacters("\n    ");
                if (result.valid()) {
                    xml.writeEmptyElement("testcase");
                    testCaseAttributes(xml, names.get(i));
                    continue;
                }
                xml.writeStartElement("testcase");
                testCaseAttributes(xml, names.get(i));
                Violation first = result.violations().get(0);
                xml.writeCharacters("\n      ");
                xml.writeStartElement("failure");
                xml.writeAttribute("message", xmlSafe(ReportText.pointer(first.pointer()) + ": "
                        + ReportText.singleLine(first.message())));
                xml.writeAttribute("type", xmlSafe(first.keyword()));
                StringBuilder text = new StringBuilder();
                for (Violation violation : result.violations()) {
                    text.append(ReportText.line(result.source(), violation)).append('\n');
                }
                xml.writeCharacters(xmlSafe(text.toString()));
                xml.writeEndElement();
                xml.writeCharacters("\n    ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
        out.append(buffer.toString()).append('\n');
    }

    private static void testCaseAttributes(XMLStreamWriter xml, String name) throws XMLStreamException {
        xml.writeAttribute("classname", CLASS_NAME);
        xml.writeAttribute("name", xmlSafe(name));
    }

    /** Each result's source, numbered in order where a source gave several: test cases need names of their own. */
    private static List<String> names(List<ValidationResult> results) {
        Map<String, Integer> total = new HashMap<>();
        results.forEach(result -> total.merge(result.source(), 1, Integer::sum));
        Map<String, Integer> seen = new HashMap<>();
        List<String> names = new ArrayList<>(results.size());
        for (ValidationResult result : results) {
            String source = result.source();
            names.add(total.get(source) == 1 ? source : source + " #" + seen.merge(source, 1, Integer::sum));
        }
        return names;
    }

    /** Replaces the characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF). */
    static String xmlSafe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            out.appendCodePoint(allowed ? c : 0xFFFD);
            i += Character.charCount(c);
        }
        return out.toString();
    }
}
