package dev.schemaforge.validator.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import dev.schemaforge.validator.ValidationResult;
import dev.schemaforge.validator.Violation;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code {"valid": bool, "results": [{"source", "valid", "violations": [{"pointer", "line",
 * "column", "keyword", "message", "schema"}]}]}}, members in that order. {@code pointer} is the JSON
 * pointer ({@code ""} for the root), {@code line}/{@code column} are 0 when unknown, {@code schema}
 * is the failing keyword's {@code file:line:col} or null.
 */
final class JsonReport implements Report {

    private final Path base;

    JsonReport(ReportOptions options) {
        this.base = options.baseDirectory();
    }

    @Override
    public void write(List<ValidationResult> results, Appendable out) throws IOException {
        ObjectNode root = JsonOutput.mapper().createObjectNode();
        root.put("valid", results.stream().allMatch(ValidationResult::valid));
        ArrayNode array = root.putArray("results");
        for (ValidationResult result : results) {
            ObjectNode entry = array.addObject();
            entry.put("source", result.source());
            entry.put("valid", result.valid());
            ArrayNode violations = entry.putArray("violations");
            for (Violation violation : result.violations()) {
                ObjectNode v = violations.addObject();
                v.put("pointer", violation.pointer());
                v.put("line", violation.line());
                v.put("column", violation.column());
                v.put("keyword", violation.keyword());
                v.put("message", violation.message());
                if (violation.schema() == null) {
                    v.putNull("schema");
                } else {
                    v.put("schema", ReportText.location(violation.schema(), base));
                }
            }
        }
        out.append(JsonOutput.write(root));
    }
}
