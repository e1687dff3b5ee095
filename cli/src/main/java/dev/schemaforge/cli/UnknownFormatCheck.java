package dev.schemaforge.cli;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import com.networknt.schema.format.Format;
import com.networknt.schema.format.Formats;

import dev.schemaforge.catalog.JsonPointers;
import dev.schemaforge.catalog.SchemaNode;
import dev.schemaforge.catalog.SchemaTreeWalker;
import tools.jackson.databind.JsonNode;

/**
 * Warns about {@code format} values that neither the validator checks nor OpenAPI defines for its
 * data types ({@code int32}, {@code int64}, {@code float}, {@code double}, {@code byte},
 * {@code binary}, {@code password}): such a format asserts nothing, so any value passes.
 */
final class UnknownFormatCheck implements LintCheck {

    private static final Set<String> OPENAPI_FORMATS = Set.of("int32", "int64", "float", "double", "byte", "binary",
            "password");
    private static final Set<String> KNOWN = known();

    @Override
    public void check(SchemaNode schema, Consumer<LintFinding> findings) {
        SchemaTreeWalker.walk(schema.node(), schema.pointer(), (pointer, object) -> {
            JsonNode format = object.path("format");
            if (format.isString() && !KNOWN.contains(format.stringValue())) {
                String at = JsonPointers.child(pointer, "format");
                findings.accept(new LintFinding(schema.document().locate(at), at, LintRule.UNKNOWN_FORMAT,
                        "unknown format \"" + format.stringValue() + "\"; nothing checks it, so any value passes"));
            }
        });
    }

    private static Set<String> known() {
        Set<String> known = new HashSet<>(OPENAPI_FORMATS);
        for (Format format : Formats.DEFAULT) {
            known.add(format.getName());
        }
        return Set.copyOf(known);
    }
}
