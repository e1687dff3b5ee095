package dev.schemaforge.validator.conformance;

import tools.jackson.databind.JsonNode;

/**
 * One test of the official suite: an instance and whether the group's schema accepts it.
 *
 * @param id {@code <draft>/<path in the draft folder>#<group description>/<test description>}, the
 *     name known-failures.txt and the report use (see {@link #id(String, String, String, String)})
 * @param description the test's description as the suite spells it
 * @param data the instance
 * @param valid what the suite expects
 */
record SuiteCase(String id, String description, JsonNode data, boolean valid) {

    /**
     * The stable name of a case. Descriptions are trimmed and inner runs of whitespace become one
     * space, so an id survives a line-oriented file (a few suite descriptions end in a space).
     */
    static String id(String draft, String path, String group, String test) {
        return draft + "/" + path + "#" + normalise(group) + "/" + normalise(test);
    }

    static String normalise(String description) {
        return description.strip().replaceAll("\\s+", " ");
    }
}
