package dev.schemaforge.validator.report;

import java.io.IOException;
import java.util.List;

import dev.schemaforge.validator.ValidationResult;

/**
 * Renders the results of one validation run in one output format. Output is deterministic: the
 * same results give the same bytes (results in the given order, {@code \n} line ends, no timestamps).
 */
public interface Report {

    /** Writes every result, valid ones included where the format records them. */
    void write(List<ValidationResult> results, Appendable out) throws IOException;

    /** One line such as {@code 3 of 12 payloads invalid (5 violations)} or {@code 12 payloads valid}. */
    static String summary(List<ValidationResult> results) {
        return ReportText.summary(results);
    }
}
