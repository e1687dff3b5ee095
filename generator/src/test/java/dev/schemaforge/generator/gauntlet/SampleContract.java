package dev.schemaforge.generator.gauntlet;

import java.util.Optional;

import dev.schemaforge.catalog.Catalog;
import dev.schemaforge.validator.SchemaValidator;
import dev.schemaforge.validator.ValidationResult;

import tools.jackson.databind.JsonNode;

/**
 * Whether a payload is a valid instance of a SchemaStore schema, by Schemaforge's validator (100% of
 * the official suite's required cases, formats asserted). A "positive" sample the validator rejects
 * says nothing about round-trip fidelity: the models are allowed to refuse or coerce it.
 */
final class SampleContract {

    private SampleContract() {
    }

    /**
     * The first violation of the unit's root schema by {@code payload}, or empty when it is valid or the
     * validator cannot judge it (then the round-trip failure stands).
     */
    static Optional<String> firstViolation(GauntletUnit unit, JsonNode payload) {
        Catalog.Builder builder = Catalog.builder().inputs(unit.inputs());
        unit.mappings().forEach(builder::map);
        try {
            Catalog catalog = builder.build();
            ValidationResult result = SchemaValidator.of(catalog).schema(catalog.entries().get(0).schema())
                    .validate(payload);
            return result.valid() ? Optional.empty() : Optional.of(result.violations().get(0).toString());
        } catch (RuntimeException cannotJudge) {
            return Optional.empty();
        }
    }
}
