package dev.schemaforge.validator.report;

import java.io.IOException;
import java.util.List;

import dev.schemaforge.validator.ValidationResult;
import dev.schemaforge.validator.Violation;

/**
 * One line per violation, {@code FILE:LINE:COL: POINTER: message} (the root pointer shown as
 * {@code (root)}; {@code :LINE:COL} left out where unknown), then one summary line such as
 * {@code 3 of 12 payloads invalid (5 violations)}. Valid payloads appear only in the summary.
 */
final class TextReport implements Report {

    TextReport(ReportOptions options) {
        // Payload sources are shown as given; nothing else in this format is a path.
    }

    @Override
    public void write(List<ValidationResult> results, Appendable out) throws IOException {
        for (ValidationResult result : results) {
            for (Violation violation : result.violations()) {
                out.append(ReportText.line(result.source(), violation)).append('\n');
            }
        }
        out.append(ReportText.summary(results)).append('\n');
    }
}
