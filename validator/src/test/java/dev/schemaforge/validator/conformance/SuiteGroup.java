package dev.schemaforge.validator.conformance;

import java.util.List;

import tools.jackson.databind.JsonNode;

/** A group of the suite: one schema and the cases checked against it. */
record SuiteGroup(String description, JsonNode schema, List<SuiteCase> cases) {

    SuiteGroup {
        cases = List.copyOf(cases);
    }
}
