package dev.schemaforge.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import dev.schemaforge.catalog.Catalog;
import dev.schemaforge.catalog.Dialect;
import dev.schemaforge.catalog.SchemaException;
import dev.schemaforge.catalog.SchemaNode;

import tools.jackson.databind.JsonNode;

/**
 * Finds schemas that apply themselves again to the same value: a cycle of {@code $ref}s and in-place
 * applicators ({@code allOf}, {@code anyOf}, {@code oneOf}, {@code not}, {@code if}/{@code then}/
 * {@code else}, {@code dependentSchemas}) that never steps into the payload, such as
 * {@code {"$ref": "#"}}. A validator checking a payload that reaches such a schema never finishes
 * (the validator reports it as a schema error when it happens); here it is found before any payload does.
 * Cycles through {@code properties}, {@code items} and the like are recursive types, and fine.
 */
final class EndlessCycleCheck implements LintCheck {

    private static final List<String> IN_PLACE_ONE = List.of("not", "if", "then", "else");
    private static final List<String> IN_PLACE_ARRAY = List.of("allOf", "anyOf", "oneOf");
    /** Dialects in which {@code $ref} replaces the schema object it stands in: its siblings do not apply. */
    private static final Set<Dialect> REF_ALONE = Set.of(Dialect.DRAFT_4, Dialect.DRAFT_6, Dialect.DRAFT_7,
            Dialect.OPENAPI_3_0);

    private final Catalog catalog;
    /** Schemas whose in-place steps are all followed (any cycle among them reported): shared by all entries. */
    private final Set<SchemaNode> done = new HashSet<>();

    EndlessCycleCheck(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void check(SchemaNode schema, Consumer<LintFinding> findings) {
        SchemaTreeWalker.walk(schema.node(), schema.pointer(), (pointer, object) ->
                visit(schema.document().schemaAt(pointer), new LinkedHashMap<>(), findings));
    }

    /**
     * Follows the in-place steps from {@code node}; {@code path} holds the schemas on the way here,
     * each with the step (a pointer to a keyword) taken from it.
     */
    private void visit(SchemaNode node, LinkedHashMap<SchemaNode, String> path, Consumer<LintFinding> findings) {
        if (done.contains(node)) {
            return;
        }
        if (path.containsKey(node)) {
            report(node, path, findings);
            return;
        }
        for (Map.Entry<String, SchemaNode> step : inPlace(node).entrySet()) {
            path.put(node, step.getKey());
            visit(step.getValue(), path, findings);
            path.remove(node);
        }
        done.add(node);
    }

    /** The schemas {@code node} applies to the same value, each with the pointer of the keyword that does. */
    private Map<String, SchemaNode> inPlace(SchemaNode node) {
        Map<String, SchemaNode> next = new LinkedHashMap<>();
        JsonNode object = node.node();
        if (!object.isObject()) {
            return next;
        }
        JsonNode ref = object.path("$ref");
        if (ref.isString()) {
            try {
                next.put(node.pointer() + "/$ref", catalog.resolve(node, ref.stringValue()));
            } catch (SchemaException e) {
                // a reference that does not resolve is reported by the catalog, once
            }
            if (REF_ALONE.contains(node.dialect())) {
                return next;
            }
        }
        for (String keyword : IN_PLACE_ONE) {
            if (object.path(keyword).isObject()) {
                SchemaNode child = node.child(keyword);
                next.put(child.pointer(), child);
            }
        }
        for (String keyword : IN_PLACE_ARRAY) {
            for (int i = 0; i < object.path(keyword).size(); i++) {
                SchemaNode child = node.child(keyword, i);
                next.put(child.pointer(), child);
            }
        }
        for (String name : object.path("dependentSchemas").propertyNames()) {
            SchemaNode child = node.child("dependentSchemas", name);
            next.put(child.pointer(), child);
        }
        return next;
    }

    private void report(SchemaNode again, LinkedHashMap<SchemaNode, String> path, Consumer<LintFinding> findings) {
        List<String> cycle = new ArrayList<>();
        boolean inCycle = false;
        SchemaNode last = again;
        for (Map.Entry<SchemaNode, String> entry : path.entrySet()) {
            inCycle |= entry.getKey().equals(again);
            if (inCycle) {
                cycle.add(entry.getKey().reference());
                last = entry.getKey();
            }
        }
        String step = path.get(last);
        findings.accept(new LintFinding(last.document().locate(step), step, LintRule.ENDLESS_CYCLE,
                "the schema applies itself again without stepping into the payload (" + String.join(" -> ", cycle)
                        + " -> " + again.reference() + "): checking a payload that reaches it never ends"));
    }
}
