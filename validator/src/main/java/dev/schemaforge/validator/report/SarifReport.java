package dev.schemaforge.validator.report;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import dev.schemaforge.validator.CompiledSchema;
import dev.schemaforge.validator.ValidationResult;
import dev.schemaforge.validator.Violation;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0 for code-scanning tools: one run whose driver is {@code schemaforge}, one rule per
 * keyword that failed (its id is the keyword, rules sorted by id), one {@code error} result per
 * violation located at the payload's path (relative, forward slashes) and line:col, with the JSON
 * pointer as a logical location and, like the schema location, in the result's properties.
 */
final class SarifReport implements Report {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String VERSION = "2.1.0";
    static final String TOOL = "schemaforge";
    static final String INFORMATION_URI = "https://schemaforge.dev";

    private final Path base;
    private final String toolVersion;

    SarifReport(ReportOptions options) {
        this.base = options.baseDirectory();
        this.toolVersion = options.toolVersion();
    }

    @Override
    public void write(List<ValidationResult> results, Appendable out) throws IOException {
        List<String> rules = List.copyOf(new TreeSet<>(results.stream()
                .flatMap(r -> r.violations().stream())
                .map(Violation::keyword)
                .toList()));
        ObjectNode root = JsonOutput.mapper().createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", VERSION);
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", TOOL);
        if (toolVersion != null) {
            driver.put("version", toolVersion);
        }
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode ruleArray = driver.putArray("rules");
        for (String rule : rules) {
            ObjectNode r = ruleArray.addObject();
            r.put("id", rule);
            r.putObject("shortDescription").put("text", describe(rule));
        }
        ArrayNode resultArray = run.putArray("results");
        for (ValidationResult result : results) {
            String uri = artifactUri(result.source());
            for (Violation violation : result.violations()) {
                ObjectNode r = resultArray.addObject();
                r.put("ruleId", violation.keyword());
                r.put("ruleIndex", rules.indexOf(violation.keyword()));
                r.put("level", "error");
                r.putObject("message").put("text", ReportText.pointer(violation.pointer()) + ": "
                        + violation.message());
                ObjectNode location = r.putArray("locations").addObject();
                ObjectNode physical = location.putObject("physicalLocation");
                physical.putObject("artifactLocation").put("uri", uri);
                if (violation.line() > 0) {
                    ObjectNode region = physical.putObject("region");
                    region.put("startLine", violation.line());
                    if (violation.column() > 0) {
                        region.put("startColumn", violation.column());
                    }
                }
                if (!violation.pointer().isEmpty()) {
                    ObjectNode logical = location.putArray("logicalLocations").addObject();
                    logical.put("fullyQualifiedName", violation.pointer());
                    logical.put("kind", "value");
                }
                ObjectNode properties = r.putObject("properties");
                properties.put("jsonPointer", violation.pointer());
                if (violation.schema() != null) {
                    properties.put("schemaLocation", ReportText.location(violation.schema(), base));
                }
            }
        }
        out.append(JsonOutput.write(root));
    }

    private static String describe(String keyword) {
        return CompiledSchema.SYNTAX.equals(keyword)
                ? "The payload is not well-formed or cannot be read."
                : "The payload breaks the JSON Schema keyword \"" + keyword + "\".";
    }

    /**
     * The payload as a URI reference: a relative path (relative to the base directory when below it),
     * percent-encoded where needed, or a {@code file:} URI for other absolute paths.
     */
    private String artifactUri(String source) {
        String path = ReportText.path(source, base);
        try {
            if (Path.of(source).isAbsolute() && path.equals(source.replace('\\', '/'))) {
                return Path.of(source).toUri().toString();
            }
        } catch (InvalidPathException e) {
            // Not a path (such as <stdin> on Windows): encode it as relative text below.
        }
        // A colon in the first segment would read as a scheme.
        String relative = path.contains(":") && path.indexOf(':') < (path + "/").indexOf('/') ? "./" + path : path;
        try {
            return new URI(null, null, relative, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot encode " + path + " as a URI", e);
        }
    }
}
