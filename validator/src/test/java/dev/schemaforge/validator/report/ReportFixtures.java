package dev.schemaforge.validator.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import dev.schemaforge.catalog.Location;
import dev.schemaforge.validator.ValidationResult;
import dev.schemaforge.validator.Violation;

/** A small fixed run: one valid payload, one with two violations, one malformed with awkward characters in its name. */
final class ReportFixtures {

    static final Path BASE = Path.of("/repo");
    static final Path SCHEMA_FILE = BASE.resolve("schemas/connection.schema.json");
    static final ReportOptions OPTIONS = ReportOptions.defaults().withBaseDirectory(BASE).withToolVersion("1.2.3");

    static final List<ValidationResult> RESULTS = List.of(
            new ValidationResult("payloads/ok.json", List.of()),
            new ValidationResult("payloads/bad.json", List.of(
                    new Violation("/provider", 3, 15, "enum",
                            "\"OKTAA\" is not one of OKTA, GOOGLE (did you mean \"OKTA\"?)",
                            new Location(SCHEMA_FILE, 17, 7)),
                    new Violation("", 1, 1, "required", "missing required property \"id\"",
                            new Location(SCHEMA_FILE, 80, 3)))),
            new ValidationResult("payloads/a,b: <c>&d%.json", List.of(
                    new Violation("", 4, 0, "syntax", "not well-formed JSON: end-of-input\n expected '}' & \"]\"",
                            null))));

    private ReportFixtures() {
    }

    static String render(ReportFormat format, List<ValidationResult> results) {
        StringBuilder out = new StringBuilder();
        try {
            format.report(OPTIONS).write(results, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String render(ReportFormat format) {
        return render(format, RESULTS);
    }
}
