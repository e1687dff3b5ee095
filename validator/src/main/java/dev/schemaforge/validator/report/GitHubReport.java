package dev.schemaforge.validator.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import dev.schemaforge.validator.ValidationResult;
import dev.schemaforge.validator.Violation;

/**
 * GitHub Actions workflow commands: one {@code ::error file=F,line=L,col=C,title=KEYWORD::POINTER: message}
 * per violation, which GitHub shows as an annotation on that line of the pull request, then the
 * summary as a plain log line. Data escapes {@code %}, CR and LF; property values also {@code :} and
 * {@code ,}. Paths are relative to the base directory (the workspace) when below it.
 */
final class GitHubReport implements Report {

    private final Path base;

    GitHubReport(ReportOptions options) {
        this.base = options.baseDirectory();
    }

    @Override
    public void write(List<ValidationResult> results, Appendable out) throws IOException {
        for (ValidationResult result : results) {
            String file = property(ReportText.path(result.source(), base));
            for (Violation violation : result.violations()) {
                out.append("::error file=").append(file);
                if (violation.line() > 0) {
                    out.append(",line=").append(String.valueOf(violation.line()));
                    if (violation.column() > 0) {
                        out.append(",col=").append(String.valueOf(violation.column()));
                    }
                }
                out.append(",title=").append(property(violation.keyword()))
                        .append("::")
                        .append(data(ReportText.pointer(violation.pointer()) + ": " + violation.message()))
                        .append('\n');
            }
        }
        out.append(ReportText.summary(results)).append('\n');
    }

    /** Escapes a command's message. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a command property's value. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
