package dev.schemaforge.validator;

import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;

/**
 * Reads networknt's paths (an error's evaluation path and instance location) without spelling them
 * out first: their steps from the root, and the JSON pointer of an instance location, spelled
 * exactly as {@code NodePath.toString} spells it ({@code ~} as {@code ~0}, {@code /} as {@code ~1},
 * control characters such as a newline as {@code \n}) but in one pass; networknt's spelling queues
 * boxed steps and scans each name once per special character.
 */
final class NodePaths {

    private NodePaths() {
    }

    /** The steps from the root: member names and keywords as strings, indexes as integers. */
    static Object[] steps(NodePath path) {
        int depth = depth(path);
        Object[] steps = new Object[depth];
        for (NodePath node = path; node != null && node.getParent() != null; node = node.getParent()) {
            // -1 is this node's own step, as NodePath itself reads it in compareTo
            steps[--depth] = node.getElement(-1);
        }
        return steps;
    }

    /** The number of steps from the root; 0 for the root and for null. */
    static int depth(NodePath path) {
        int depth = 0;
        for (NodePath node = path; node != null && node.getParent() != null; node = node.getParent()) {
            depth++;
        }
        return depth;
    }

    /** The JSON pointer of an instance location; {@code ""} for none. */
    static String pointer(NodePath path) {
        if (path == null) {
            return "";
        }
        if (path.getPathType() != PathType.JSON_POINTER) {
            return path.toString();
        }
        StringBuilder pointer = new StringBuilder();
        for (Object step : steps(path)) {
            if (step instanceof Integer index) {
                pointer.append('/').append(index.intValue());
            } else if (step != null) {
                appendName(pointer.append('/'), step.toString());
            }
        }
        return pointer.toString();
    }

    private static void appendName(StringBuilder pointer, String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case '~' -> pointer.append("~0");
                case '/' -> pointer.append("~1");
                case '\n' -> pointer.append("\\n");
                case '\t' -> pointer.append("\\t");
                case '\r' -> pointer.append("\\r");
                case '\b' -> pointer.append("\\b");
                case '\f' -> pointer.append("\\f");
                default -> pointer.append(c);
            }
        }
    }
}
