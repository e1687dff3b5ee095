package dev.schemaforge.validator.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Writes {@code docs/conformance.md}: pass counts per draft, the known failures with their reasons,
 * and how to regenerate the page. The content depends only on the suite, the engine, the list and
 * the machine, never on the date, so an unchanged build rewrites the file byte for byte.
 */
final class ConformanceReport {

    /** The command that regenerates the page, run from the repository root. */
    static final String COMMAND = "./mvnw -B -pl validator -am test -Dtest=OfficialSuiteTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dschemaforge.conformanceReport=$PWD/docs/conformance.md";

    private ConformanceReport() {
    }

    /**
     * @param results every case result of each draft, in suite order
     * @param files the suite files each draft was read from
     */
    static void write(Path target, Map<SuiteDraft, Map<String, CaseResult>> results,
            Map<SuiteDraft, List<SuiteFile>> files, KnownFailures known) {
        String text = render(results, files, known);
        try {
            Path absolute = target.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            Files.writeString(absolute, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String render(Map<SuiteDraft, Map<String, CaseResult>> results, Map<SuiteDraft, List<SuiteFile>> files,
            KnownFailures known) {
        StringBuilder out = new StringBuilder();
        out.append("# JSON Schema conformance\n\n");
        out.append("""
                How the `validator` module fares on the official
                [JSON Schema Test Suite](https://github.com/json-schema-org/JSON-Schema-Test-Suite), read in
                place from `../shared/corpus/json-schema-test-suite` by `OfficialSuiteTest`. Each draft runs
                over one catalog that maps `http://localhost:1234/` to the suite's `remotes/`, with the draft
                as default dialect. Formats are asserted, Schemaforge's default, as the optional `format`
                cases expect; only the required `format.json`, which checks that `format` is an annotation by
                default, runs with `formatAssertions(false)`. Generated; do not edit.

                """);
        out.append("- Engine: networknt json-schema-validator ")
                .append(version("com.networknt", "json-schema-validator"))
                .append(", regular expressions by Joni ").append(version("org.jruby.joni", "joni")).append('\n');
        out.append("- Machine: ").append(System.getProperty("os.name")).append(' ')
                .append(System.getProperty("os.arch")).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" processors; JDK ")
                .append(System.getProperty("java.runtime.version", System.getProperty("java.version")))
                .append(" (").append(System.getProperty("java.vendor")).append(")\n");
        out.append("- Suite: ").append(files.values().stream().mapToInt(List::size).sum())
                .append(" files, SHA-256 of their content `").append(digest(files)).append("`\n\n");

        out.append("## Results\n\n");
        out.append("| draft | required passed | required total | required | optional passed | optional total"
                + " | optional |\n");
        out.append("|---|--:|--:|--:|--:|--:|--:|\n");
        for (Map.Entry<SuiteDraft, Map<String, CaseResult>> draft : results.entrySet()) {
            List<CaseResult> all = List.copyOf(draft.getValue().values());
            List<CaseResult> required = all.stream().filter(r -> !r.optional()).toList();
            List<CaseResult> optional = all.stream().filter(CaseResult::optional).toList();
            out.append("| ").append(draft.getKey().folder())
                    .append(cells(required)).append(cells(optional)).append(" |\n");
        }
        out.append('\n');

        out.append("## Known failures\n\n");
        List<KnownFailures.Entry> entries = known.entries();
        if (entries.isEmpty()) {
            out.append("None.\n\n");
        } else {
            out.append("Listed, with the reason, in `").append(KnownFailures.SOURCE)
                    .append("`; a listed case that starts to pass fails the test until its line is deleted.\n\n");
            for (SuiteDraft draft : results.keySet()) {
                knownFailures(out, draft.folder(), entries.stream()
                        .filter(e -> results.get(draft).containsKey(e.id())).toList(), results);
            }
            knownFailures(out, "not in the suite", entries.stream()
                    .filter(e -> find(results, e.id()) == null).toList(), results);
        }

        List<CaseResult> unlisted = results.values().stream()
                .flatMap(m -> m.values().stream())
                .filter(r -> !r.passed() && known.find(r.id()).isEmpty())
                .toList();
        if (!unlisted.isEmpty()) {
            out.append("## Unlisted failures\n\n")
                    .append("These fail `OfficialSuiteTest` until they are fixed or listed with a reason.\n\n");
            for (CaseResult result : unlisted) {
                out.append("- ").append(code(result.id())).append("  \n  ").append(escape(result.detail()))
                        .append('\n');
            }
            out.append('\n');
        }

        out.append("## Regenerate\n\nFrom the repository root:\n\n```sh\n").append(COMMAND).append("\n```\n");
        return out.toString();
    }

    private static void knownFailures(StringBuilder out, String heading, List<KnownFailures.Entry> entries,
            Map<SuiteDraft, Map<String, CaseResult>> results) {
        if (entries.isEmpty()) {
            return;
        }
        out.append("### ").append(heading).append(" (").append(entries.size()).append(")\n\n");
        for (KnownFailures.Entry entry : entries) {
            CaseResult result = find(results, entry.id());
            String status = result == null ? " **(no such case in the suite: correct or delete the line)**"
                    : result.passed() ? " **(now passes: delete the line)**" : "";
            out.append("- ").append(code(entry.id())).append(status).append("  \n  ")
                    .append(escape(entry.reason())).append('\n');
        }
        out.append('\n');
    }

    private static CaseResult find(Map<SuiteDraft, Map<String, CaseResult>> results, String id) {
        return results.values().stream().map(m -> m.get(id)).filter(r -> r != null).findFirst().orElse(null);
    }

    private static String cells(List<CaseResult> results) {
        long passed = results.stream().filter(CaseResult::passed).count();
        return " | " + passed + " | " + results.size() + " | " + percent(passed, results.size());
    }

    /** Rounded down, so that 99.97 % never shows as 100 %. */
    static String percent(long passed, long total) {
        if (total == 0) {
            return "n/a";
        }
        return BigDecimal.valueOf(passed * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.FLOOR) + " %";
    }

    /** Plain text for Markdown: punctuation that could start markup is escaped, line breaks become spaces. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>|~#".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return out.toString();
    }

    /** A Markdown code span that survives backticks inside the text. */
    private static String code(String text) {
        int longest = 0;
        int run = 0;
        for (char c : text.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return fence + pad + text + pad + fence;
    }

    private static String version(String groupId, String artifactId) {
        String resource = "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = ConformanceReport.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return "(unknown version)";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "(unknown version)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Identifies the suite revision: a digest over every file read, by path and content, in suite order. */
    private static String digest(Map<SuiteDraft, List<SuiteFile>> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<SuiteDraft, List<SuiteFile>> draft : files.entrySet()) {
                for (SuiteFile file : draft.getValue()) {
                    sha.update((draft.getKey().folder() + "/" + file.path() + "\n").getBytes(StandardCharsets.UTF_8));
                    sha.update(Files.readAllBytes(file.file()));
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
