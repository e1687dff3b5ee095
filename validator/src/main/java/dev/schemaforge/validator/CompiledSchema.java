package dev.schemaforge.validator;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;

import dev.schemaforge.catalog.DocumentReader;
import dev.schemaforge.catalog.Location;
import dev.schemaforge.catalog.Problem;
import dev.schemaforge.catalog.SchemaException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * One schema, compiled and ready to check payloads. Thread-safe. The happy path parses a payload
 * once, without locations; only a payload that fails is parsed again to find each violation's
 * line and column.
 */
public final class CompiledSchema {

    /** The keyword of the violation that reports a payload which is not well-formed. */
    public static final String SYNTAX = "syntax";

    private final SchemaValidator owner;
    private final String reference;
    private final Schema schema;

    CompiledSchema(SchemaValidator owner, String reference, Schema schema) {
        this.owner = owner;
        this.reference = reference;
        this.schema = schema;
    }

    /** Where the schema stands: {@code file#/pointer}, or a {@code urn:} for an inline schema. */
    public String reference() {
        return reference;
    }

    /** Validates JSON text. */
    public ValidationResult validate(String json) {
        return validate(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "<string>");
    }

    /** Validates a JSON (or, by name, YAML) file; an unreadable file is a violation, not an exception. */
    public ValidationResult validate(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new ValidationResult(file.toString(), List.of(new Violation("", 0, 0, SYNTAX,
                    "cannot read the payload: " + e.getMessage(), null)));
        }
        return validate(bytes, file.toString());
    }

    /** Validates a stream's JSON content; {@code source} names it in results. */
    public ValidationResult validate(InputStream in, String source) throws IOException {
        return validate(in.readAllBytes(), source);
    }

    /** Validates JSON bytes (YAML when {@code source} ends in {@code .yaml} or {@code .yml}). */
    public ValidationResult validate(byte[] payload, String source) {
        Path name = Path.of(safeName(source));
        JsonNode tree;
        if (isYaml(source)) {
            try {
                tree = owner.reader().read(name, payload).root();
            } catch (SchemaException e) {
                Problem problem = e.problems().get(0);
                return malformed(source, problem.location().line(), problem.location().column(), problem.message());
            }
        } else {
            try {
                tree = owner.json().readTree(payload);
            } catch (JacksonException e) {
                return malformed(source, name, payload, e);
            }
            if (tree == null || tree.isMissingNode()) {
                return malformed(source, 1, 1, "the payload is empty");
            }
        }
        List<Error> errors = schema.validate(tree);
        if (errors.isEmpty()) {
            return new ValidationResult(source, List.of());
        }
        Map<String, Location> locations = owner.reader().read(name, payload).locations();
        return new ValidationResult(source, violations(errors, locations));
    }

    /** Validates a tree; violations carry no line and column, as there is no text. */
    public ValidationResult validate(JsonNode tree) {
        return new ValidationResult("<tree>", violations(schema.validate(tree), Map.of()));
    }

    private List<Violation> violations(List<Error> errors, Map<String, Location> locations) {
        List<Violation> out = new ArrayList<>();
        // networknt repeats some errors (draft 7 dependencies: one per missing member, same text); show each once.
        for (Finding finding : new java.util.LinkedHashSet<>(UnionSummaries.summarise(errors))) {
            Location at = locations.get(finding.pointer());
            out.add(new Violation(finding.pointer(), at == null ? 0 : at.line(), at == null ? 0 : at.column(),
                    finding.keyword(), finding.message(), schemaLocation(finding.schemaLocation())));
        }
        return out;
    }

    private Location schemaLocation(String iri) {
        if (iri == null) {
            return null;
        }
        try {
            return owner.catalog().locate(URI.create(iri)).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A payload that is not well-formed. The fast parse reads bytes, so its column counts bytes;
     * the located parse reads characters and gives the column an editor shows.
     */
    private ValidationResult malformed(String source, Path name, byte[] payload, JacksonException fast) {
        try {
            owner.reader().read(name, payload);
        } catch (SchemaException e) {
            Problem problem = e.problems().get(0);
            return malformed(source, problem.location().line(), problem.location().column(),
                    problem.message().replaceFirst("^not well-formed: ", "not well-formed JSON: "));
        }
        TokenStreamLocation at = fast.getLocation();
        return malformed(source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                "not well-formed JSON: " + fast.getOriginalMessage());
    }

    private static ValidationResult malformed(String source, int line, int column, String message) {
        return new ValidationResult(source, List.of(new Violation("", Math.max(line, 0), Math.max(column, 0),
                SYNTAX, message, null)));
    }

    private static boolean isYaml(String source) {
        String lower = source.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    /** A path-safe stand-in for sources such as {@code <stdin>} that only name the content. */
    private static String safeName(String source) {
        return source.replaceAll("[<>:\"|?*]", "_");
    }
}
