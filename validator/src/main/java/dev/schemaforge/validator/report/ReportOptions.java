package dev.schemaforge.validator.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What reports need besides the results.
 *
 * @param baseDirectory absolute paths below it are shown relative to it (schema locations; payload
 *     paths in formats that need repository-relative paths: SARIF and GitHub), or null to show them as they are
 * @param toolVersion the Schemaforge version SARIF names as the tool's version, or null to leave it out
 */
public record ReportOptions(Path baseDirectory, String toolVersion) {

    public ReportOptions {
        baseDirectory = baseDirectory == null ? null : baseDirectory.toAbsolutePath().normalize();
        if (toolVersion != null && toolVersion.isBlank()) {
            throw new IllegalArgumentException("toolVersion must be null or non-blank");
        }
    }

    /** Paths as they are, no tool version. */
    public static ReportOptions defaults() {
        return new ReportOptions(null, null);
    }

    public ReportOptions withBaseDirectory(Path directory) {
        return new ReportOptions(Objects.requireNonNull(directory, "directory"), toolVersion);
    }

    public ReportOptions withToolVersion(String version) {
        return new ReportOptions(baseDirectory, Objects.requireNonNull(version, "version"));
    }
}
