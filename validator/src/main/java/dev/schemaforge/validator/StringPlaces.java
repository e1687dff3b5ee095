package dev.schemaforge.validator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;

import tools.jackson.databind.JsonNode;

/**
 * Finds where a string that networknt matched a regular expression against stands in the payload: a
 * string value or a member name. networknt hands the expression the tree's own string, so the very
 * same object is looked for first; failing that, the first equal one in document order. Iterative,
 * as the payload may nest as deep as the reader allows.
 */
final class StringPlaces {

    private StringPlaces() {
    }

    /** The pointer of {@code value} in {@code root}, spelled as networknt spells instance locations; null if absent. */
    static String pointer(JsonNode root, String value) {
        String equal = null;
        Deque<Step> steps = new ArrayDeque<>();
        steps.push(new Step(root, new NodePath(PathType.JSON_POINTER), null));
        while (!steps.isEmpty()) {
            Step step = steps.pop();
            String text = step.node().isString() ? step.node().asString() : null;
            if (step.name() == value || text == value) { // the very string networknt matched, not an equal one
                return NodePaths.pointer(step.path());
            }
            if (equal == null && (value.equals(step.name()) || value.equals(text))) {
                equal = NodePaths.pointer(step.path());
            }
            pushChildren(steps, step);
        }
        return equal;
    }

    /** Children go on the stack last first, so that they come off it in document order. */
    private static void pushChildren(Deque<Step> steps, Step step) {
        JsonNode node = step.node();
        List<Step> children = new ArrayList<>(node.size());
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                children.add(new Step(member.getValue(), step.path().append(member.getKey()), member.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                children.add(new Step(node.get(i), step.path().append(i), null));
            }
        }
        for (int i = children.size() - 1; i >= 0; i--) {
            steps.push(children.get(i));
        }
    }

    /** A value of the payload, where it stands, and the member name it stands under (null for elements, root). */
    private record Step(JsonNode node, NodePath path, String name) {
    }
}
