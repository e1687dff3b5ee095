package dev.schemaforge.cli;

import java.nio.file.Path;
import java.util.Objects;

import dev.schemaforge.catalog.Location;

/**
 * One thing {@code lint} found: where, under which rule, and what, without location.
 *
 * @param location file:line:col of the offending value
 * @param pointer its JSON pointer within the document ({@code ""} for the root)
 * @param rule the rule, which also says whether it is an error or a warning
 * @param message what is wrong
 */
record LintFinding(Location location, String pointer, LintRule rule, String message) {

    LintFinding {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** {@code FILE:LINE:COL: error|warning: #/pointer: message [rule]}, the file relative to {@code base} when below it. */
    String line(Path base) {
        Path file = location.file();
        Path shown = file.isAbsolute() && file.startsWith(base) ? base.relativize(file) : file;
        String position = location.line() > 0
                ? ":" + location.line() + (location.column() > 0 ? ":" + location.column() : "")
                : "";
        return shown.toString().replace('\\', '/') + position + ": " + rule.severity() + ": #" + pointer + ": "
                + message + " [" + rule.id() + "]";
    }
}
