package dev.schemaforge.validator.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Every report format, by the name used on command lines and in plugin configuration. */
public enum ReportFormat {
    /** {@code FILE:LINE:COL: POINTER: message} lines and a summary, for people and editors. */
    TEXT("text", TextReport::new),
    /** One JSON document with every result, for scripts. */
    JSON("json", JsonReport::new),
    /** JUnit XML, one test case per payload, for CI test dashboards. */
    JUNIT("junit", JUnitReport::new),
    /** SARIF 2.1.0, for code-scanning tools. */
    SARIF("sarif", SarifReport::new),
    /** GitHub Actions {@code ::error} workflow commands, which annotate the files of a pull request. */
    GITHUB("github", GitHubReport::new);

    private final String id;
    private final Function<ReportOptions, Report> factory;

    ReportFormat(String id, Function<ReportOptions, Report> factory) {
        this.id = id;
        this.factory = factory;
    }

    /** The lower-case name, such as {@code sarif}. */
    public String id() {
        return id;
    }

    public Report report(ReportOptions options) {
        return factory.apply(options);
    }

    /** The format a name ({@code sarif}, case ignored) stands for. */
    public static Optional<ReportFormat> fromId(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
    }

    /** The names, in declaration order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(ReportFormat::id).toList();
    }
}
