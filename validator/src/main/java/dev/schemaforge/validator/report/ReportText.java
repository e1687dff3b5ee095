package dev.schemaforge.validator.report;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import dev.schemaforge.catalog.Location;
import dev.schemaforge.validator.ValidationResult;
import dev.schemaforge.validator.Violation;

/** The pieces of text several formats share, so a violation reads the same in each. */
final class ReportText {

    /** How the root pointer {@code ""} is shown; the same as {@link Violation#toString()}. */
    static final String ROOT = "(root)";

    private ReportText() {
    }

    /** {@code /provider}, or {@value #ROOT} for the payload itself. */
    static String pointer(String pointer) {
        return pointer.isEmpty() ? ROOT : pointer;
    }

    /** {@code :LINE:COL}, {@code :LINE} when the column is unknown, nothing when the line is. */
    static String position(int line, int column) {
        if (line <= 0) {
            return "";
        }
        return column > 0 ? ":" + line + ":" + column : ":" + line;
    }

    /** {@code FILE:LINE:COL: POINTER: message}, one line. */
    static String line(String source, Violation violation) {
        return source + position(violation.line(), violation.column()) + ": " + pointer(violation.pointer()) + ": "
                + singleLine(violation.message());
    }

    /** A message with its line breaks turned into spaces, so one violation stays one line. */
    static String singleLine(String message) {
        return message.replaceAll("\\s*\\R\\s*", " ");
    }

    /** {@code 3 of 12 payloads invalid (5 violations)}, or {@code 12 payloads valid}. */
    static String summary(List<ValidationResult> results) {
        long invalid = results.stream().filter(r -> !r.valid()).count();
        int violations = results.stream().mapToInt(r -> r.violations().size()).sum();
        String payloads = results.size() == 1 ? "payload" : "payloads";
        if (invalid == 0) {
            return results.size() + " " + payloads + " valid";
        }
        return invalid + " of " + results.size() + " " + payloads + " invalid (" + violations
                + (violations == 1 ? " violation)" : " violations)");
    }

    /** A schema location as {@code file:line:col}, the file relative to {@code base} when below it. */
    static String location(Location location, Path base) {
        return path(location.file().toString(), base) + position(location.line(), location.column());
    }

    /**
     * A file path with forward slashes, relative to {@code base} when it is absolute and below it. Text
     * that is not a path (such as {@code <stdin>} on Windows) is returned unchanged.
     */
    static String path(String text, Path base) {
        String shown = text;
        if (base != null) {
            try {
                Path path = Path.of(text);
                if (path.isAbsolute() && path.normalize().startsWith(base)) {
                    shown = base.relativize(path.normalize()).toString();
                }
            } catch (InvalidPathException e) {
                return text;
            }
        }
        return shown.replace('\\', '/');
    }
}
