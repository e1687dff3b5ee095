package dev.schemaforge.benchmarks.validation;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;

import dev.schemaforge.validator.CompiledSchema;

import tools.jackson.databind.JsonNode;

/**
 * One payload and the one schema it is checked against, compiled by both sides.
 *
 * @param name where the payload comes from
 * @param ours our compiled schema
 * @param theirs networknt's compiled schema for the same location, configured alike
 * @param text the payload as JSON text
 * @param tree the same payload parsed once, for the pre-parsed benchmarks
 */
public record PayloadCase(String name, CompiledSchema ours, Schema theirs, String text, JsonNode tree) {

    /** Null when both sides agree on both inputs; otherwise what each said. */
    String disagreement() {
        boolean oursText = ours.validate(text).valid();
        boolean theirsText = theirs.validate(text, InputFormat.JSON).isEmpty();
        boolean oursTree = ours.validate(tree).valid();
        boolean theirsTree = theirs.validate(tree).isEmpty();
        if (oursText == theirsText && oursTree == theirsTree && oursText == oursTree) {
            return null;
        }
        return name + ": schemaforge text=" + oursText + " tree=" + oursTree + ", networknt text=" + theirsText
                + " tree=" + theirsTree;
    }

    boolean valid() {
        return ours.validate(tree).valid();
    }
}
