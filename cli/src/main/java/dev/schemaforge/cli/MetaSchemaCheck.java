package dev.schemaforge.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import dev.schemaforge.catalog.SchemaNode;
import dev.schemaforge.validator.CompiledSchema;
import dev.schemaforge.validator.SchemaValidator;
import dev.schemaforge.validator.Violation;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Validates each named schema against its dialect's meta-schema with our own validator, so a
 * misspelt type or a string where a number belongs is found before any payload meets the schema.
 */
final class MetaSchemaCheck implements LintCheck {

    private final SchemaValidator validator;
    private final Map<String, CompiledSchema> metaSchemas = new ConcurrentHashMap<>();

    MetaSchemaCheck(SchemaValidator validator) {
        this.validator = validator;
    }

    @Override
    public void check(SchemaNode schema, Consumer<LintFinding> findings) {
        CompiledSchema meta = metaSchemas.computeIfAbsent(LintDialects.metaSchema(schema), uri ->
                validator.inline(JsonNodeFactory.instance.objectNode().put("$ref", uri)));
        List<Violation> violations = meta.validate(schema.node()).violations();
        for (Violation violation : violations) {
            if (isUnionHeader(violation, violations)) {
                continue;
            }
            String pointer = schema.pointer() + violation.pointer();
            findings.accept(new LintFinding(schema.document().locate(pointer), pointer, LintRule.META_SCHEMA,
                    violation.message() + " (" + LintDialects.metaSchemaName(schema) + " meta-schema)"));
        }
    }

    /**
     * A failed oneOf/anyOf that the validator explains with the closest alternative's own violations at
     * or below its place: those say what to change, so the union line itself is left out.
     */
    private static boolean isUnionHeader(Violation violation, List<Violation> all) {
        if (!violation.keyword().equals("oneOf") && !violation.keyword().equals("anyOf")) {
            return false;
        }
        String at = violation.pointer();
        return all.stream().anyMatch(other -> other != violation
                && (other.pointer().equals(at) || other.pointer().startsWith(at + "/")));
    }
}
