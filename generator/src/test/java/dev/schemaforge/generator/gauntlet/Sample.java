package dev.schemaforge.generator.gauntlet;

import tools.jackson.databind.JsonNode;

/**
 * One payload of the corpus, as the JSON data model: a JSON file, one document of a YAML file, or a
 * Stripe fixture. A TOML file, or a file that cannot be read, is a sample without a tree.
 *
 * @param id stable name, the line key of the round-trip known-failures file, e.g.
 *     {@code schemastore/test/foo/bar.yaml#2} (second YAML document) or {@code stripe-2022/fixtures/account}
 * @param tree the payload, or {@code null} when {@link #skipped} or {@link #unreadable}
 * @param skipped why the sample is not checked at all (TOML), or {@code null}
 * @param unreadable why the file could not be read as JSON or YAML, or {@code null}
 */
record Sample(String id, JsonNode tree, String skipped, String unreadable) {

    static Sample of(String id, JsonNode tree) {
        return new Sample(id, tree, null, null);
    }
}
