package dev.schemaforge.validator.conformance;

import java.nio.file.Path;
import java.util.List;

/**
 * One file of the suite.
 *
 * @param draft the draft it belongs to
 * @param path its path relative to the draft folder, with {@code /} separators ({@code optional/format/date.json})
 * @param file where it is on disk
 * @param groups its groups, in file order
 */
record SuiteFile(SuiteDraft draft, String path, Path file, List<SuiteGroup> groups) {

    SuiteFile {
        groups = List.copyOf(groups);
    }

    /** Whether the file is under {@code optional/}: behaviour the specification does not require. */
    boolean optional() {
        return path.startsWith("optional/");
    }

    /**
     * Whether the file checks {@code format} in its default role, an annotation: the required
     * {@code format.json} (in 2020-12, groups such as "invalid email string is only an annotation by
     * default"). The suite runs it without format assertion, as it runs everything outside
     * {@code optional/format}; Schemaforge asserts by default, and its equivalent of the
     * specification's default is {@code formatAssertions(false)}.
     */
    boolean formatAsAnnotation() {
        return path.equals("format.json");
    }
}
