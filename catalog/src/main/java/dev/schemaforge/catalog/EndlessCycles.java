package dev.schemaforge.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Finds schemas that apply themselves again to the same value: a cycle of {@code $ref}s and in-place
 * applicators ({@code allOf}, {@code anyOf}, {@code oneOf}, {@code not}, {@code if}/{@code then}/
 * {@code else}, {@code dependentSchemas}) that never steps into the payload, such as
 * {@code {"$ref": "#"}}. Checking a payload that reaches one never ends, and no type describes it, so
 * lint reports each and the generator refuses one it meets. Cycles through {@code properties},
 * {@code items} and the like are recursive types, and fine.
 */
public final class EndlessCycles {

    private static final List<String> IN_PLACE_ONE = List.of("not", "if", "then", "else");
    private static final List<String> IN_PLACE_ARRAY = List.of("allOf", "anyOf", "oneOf");
    /** Dialects in which {@code $ref} replaces the schema object it stands in: its siblings do not apply. */
    private static final Set<Dialect> REF_ALONE = Set.of(Dialect.DRAFT_4, Dialect.DRAFT_6, Dialect.DRAFT_7,
            Dialect.OPENAPI_3_0);

    private final Catalog catalog;
    /** Schemas whose in-place steps are all followed (any cycle among them reported): shared by all calls. */
    private final Set<SchemaNode> done = new HashSet<>();

    public EndlessCycles(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The endless cycles reachable in place from {@code schema} that no earlier call on this object
     * found, each a problem at the step that closes it; empty when there are none.
     */
    public List<Problem> from(SchemaNode schema) {
        List<Problem> found = new ArrayList<>();
        visit(schema, new LinkedHashMap<>(), found);
        return found;
    }

    /**
     * The endless cycles reachable in place from {@code schema} or from any schema written inside it
     * (through {@code properties}, {@code items}, {@code $defs} and the other applicators) that no
     * earlier call on this object found, each a problem at the step that closes it.
     */
    public List<Problem> inside(SchemaNode schema) {
        List<Problem> found = new ArrayList<>();
        SchemaTreeWalker.walk(schema.node(), schema.pointer(),
                (pointer, object) -> found.addAll(from(schema.document().schemaAt(pointer))));
        return found;
    }

    /**
     * Follows the in-place steps from {@code node}; {@code path} holds the schemas on the way here,
     * each with the step (a pointer to a keyword) taken from it.
     */
    private void visit(SchemaNode node, LinkedHashMap<SchemaNode, String> path, List<Problem> found) {
        if (done.contains(node)) {
            return;
        }
        if (path.containsKey(node)) {
            found.add(cycle(node, path));
            return;
        }
        for (Map.Entry<String, SchemaNode> step : inPlace(node).entrySet()) {
            path.put(node, step.getKey());
            visit(step.getValue(), path, found);
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

    /** The problem at the step that closes the cycle back to {@code again}, naming every schema on it. */
    private static Problem cycle(SchemaNode again, LinkedHashMap<SchemaNode, String> path) {
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
        return new Problem(last.document().locate(step), step, null,
                "the schema applies itself again without stepping into the payload (" + String.join(" -> ", cycle)
                        + " -> " + again.reference() + "): checking a payload that reaches it never ends");
    }
}
