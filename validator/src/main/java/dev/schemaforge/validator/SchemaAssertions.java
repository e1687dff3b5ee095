package dev.schemaforge.validator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import dev.schemaforge.validator.report.ReportFormat;
import dev.schemaforge.validator.report.ReportOptions;

import tools.jackson.databind.JsonNode;

/**
 * Assertions for tests, with no test-framework dependency: a failure is an {@link AssertionError},
 * which every framework reports, whose message lists every violation as
 * {@code FILE:LINE:COL: POINTER: message} (the text report's lines) under the schema's reference.
 *
 * <pre>{@code
 * assertValid(validator.schema("sso/connection.schema.json"), Path.of("connection.json"));
 * assertValid(connection);                                    // a generated model
 * List<Violation> found = assertInvalid(schema, "{\"id\": 1}");
 * }</pre>
 */
public final class SchemaAssertions {

    private SchemaAssertions() {
    }

    /** Asserts that JSON text matches {@code schema}. */
    public static void assertValid(CompiledSchema schema, String json) {
        valid(schema, schema.validate(json));
    }

    /** Asserts that a JSON (or, by name, YAML) file matches {@code schema}. */
    public static void assertValid(CompiledSchema schema, Path payload) {
        valid(schema, schema.validate(payload));
    }

    /** Asserts that JSON bytes match {@code schema}. */
    public static void assertValid(CompiledSchema schema, byte[] payload) {
        valid(schema, schema.validate(payload, "<bytes>"));
    }

    /** Asserts that a tree matches {@code schema}. */
    public static void assertValid(CompiledSchema schema, JsonNode payload) {
        valid(schema, schema.validate(payload));
    }

    /**
     * Asserts that a generated model matches the schema it was generated from (see
     * {@link ModelValidator}); a class that is not a model is an {@link IllegalArgumentException}, not
     * a failed assertion.
     */
    public static void assertValid(Object model) {
        ModelValidator models = ModelValidator.shared();
        valid(models.schemaFor(ModelValidator.modelClass(Objects.requireNonNull(model, "model"))),
                models.validate(model));
    }

    /** Asserts that JSON text breaks {@code schema}; returns every violation for further checks. */
    public static List<Violation> assertInvalid(CompiledSchema schema, String json) {
        return invalid(schema, schema.validate(json));
    }

    /** Asserts that a JSON (or, by name, YAML) file breaks {@code schema}; returns every violation. */
    public static List<Violation> assertInvalid(CompiledSchema schema, Path payload) {
        return invalid(schema, schema.validate(payload));
    }

    /** Asserts that JSON bytes break {@code schema}; returns every violation. */
    public static List<Violation> assertInvalid(CompiledSchema schema, byte[] payload) {
        return invalid(schema, schema.validate(payload, "<bytes>"));
    }

    /** Asserts that a tree breaks {@code schema}; returns every violation. */
    public static List<Violation> assertInvalid(CompiledSchema schema, JsonNode payload) {
        return invalid(schema, schema.validate(payload));
    }

    /** Asserts that a generated model breaks the schema it was generated from; returns every violation. */
    public static List<Violation> assertInvalid(Object model) {
        ModelValidator models = ModelValidator.shared();
        return invalid(models.schemaFor(ModelValidator.modelClass(Objects.requireNonNull(model, "model"))),
                models.validate(model));
    }

    private static void valid(CompiledSchema schema, ValidationResult result) {
        if (!result.valid()) {
            throw new AssertionError(failure(schema, result));
        }
    }

    private static List<Violation> invalid(CompiledSchema schema, ValidationResult result) {
        if (result.valid()) {
            throw new AssertionError("Expected " + result.source() + " to break the schema " + schema.reference()
                    + ", but it is valid");
        }
        return result.violations();
    }

    /** A header naming payload and schema, then the text report: one line per violation and a summary. */
    static String failure(CompiledSchema schema, ValidationResult result) {
        StringBuilder message = new StringBuilder("Expected ").append(result.source())
                .append(" to match the schema ").append(schema.reference()).append(":\n");
        try {
            ReportFormat.TEXT.report(new ReportOptions(null, null)).write(List.of(result), message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return message.toString().stripTrailing();
    }
}
