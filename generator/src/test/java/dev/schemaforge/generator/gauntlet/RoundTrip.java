package dev.schemaforge.generator.gauntlet;

import java.util.Optional;

import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.TypeFactory;

/**
 * Reads a payload into a generated type and writes it back, the way a user's service would: plain
 * Jackson 3 defaults, the payload fed as JSON text, so the generated annotations alone decide what is
 * accepted, dropped or kept. One instance per class loader, since the mapper caches what it learnt
 * about the loaded classes.
 */
final class RoundTrip {

    /** What became of one payload. */
    enum Status { PASSED, DIFFERENT, READ_ERROR, WRITE_ERROR }

    /**
     * @param status the outcome
     * @param difference the first difference when {@link Status#DIFFERENT}
     * @param error the exception when reading or writing failed
     * @param model what the payload was read into, when it was read
     */
    record Verdict(Status status, JsonComparison.Difference difference, RuntimeException error, Object model) {

        boolean passed() {
            return status == Status.PASSED;
        }

        /** One line: the first difference or the exception's first line. */
        String detail() {
            return switch (status) {
                case PASSED -> "";
                case DIFFERENT -> difference.toString();
                case READ_ERROR, WRITE_ERROR -> error.getClass().getSimpleName() + ": " + SampleReader.firstLine(error);
            };
        }
    }

    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    private final JsonMapper mapper;

    RoundTrip(ClassLoader loader) {
        // a fresh type cache: withClassLoader shares its factory's cache, which would keep old loaders alive
        this.mapper = JsonMapper.builder().typeFactory(TypeFactory.createDefaultInstance().withClassLoader(loader))
                .build();
    }

    /** The Jackson type for {@code GenerationResult.entryTypes()} text such as {@code java.util.List<pkg.Foo>}. */
    JavaType type(String canonical) {
        return mapper.getTypeFactory().constructFromCanonical(canonical);
    }

    /** Reads {@code payload} as JSON text into {@code type}, writes the model back to a tree and compares. */
    Verdict check(JavaType type, JsonNode payload) {
        Object model;
        try {
            model = mapper.readValue(PLAIN.writeValueAsBytes(payload), type);
        } catch (RuntimeException e) {
            return new Verdict(Status.READ_ERROR, null, e, null);
        }
        JsonNode written;
        try {
            written = model == null ? mapper.getNodeFactory().nullNode() : mapper.valueToTree(model);
        } catch (RuntimeException e) {
            return new Verdict(Status.WRITE_ERROR, null, e, model);
        }
        Optional<JsonComparison.Difference> difference = JsonComparison.firstDifference(payload, written);
        return difference.map(d -> new Verdict(Status.DIFFERENT, d, null, model))
                .orElseGet(() -> new Verdict(Status.PASSED, null, null, model));
    }
}
