package dev.schemaforge.catalog;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Where each value of one parsed document starts, looked up by JSON pointer.
 *
 * <p>A member's location is that of its name, where a reader looks first; an array element's is
 * that of its value. The positions are kept per object and array of the tree, in member order, as
 * packed line and column numbers. A large description (Stripe's has about half a million values)
 * thus costs one small array per container instead of a pointer string and a record per value, and
 * a lookup walks the tree along the pointer.
 */
public final class DocumentLocations {

    /** Objects with at least this many members get an index instead of a scan. */
    private static final int INDEXED = 32;

    private final Path file;
    private final JsonNode root;
    private final long rootPosition;
    private final Map<JsonNode, long[]> children;
    /** Member positions of large objects (a description's hundreds of schemas), built on first lookup. */
    private final Map<JsonNode, Map<String, Integer>> memberIndexes = Collections.synchronizedMap(new IdentityHashMap<>());

    private DocumentLocations(Path file, JsonNode root, long rootPosition, Map<JsonNode, long[]> children) {
        this.file = file;
        this.root = root;
        this.rootPosition = rootPosition;
        this.children = children;
    }

    /** Locations for a document nobody can point into, such as a built-in stand-in. */
    public static DocumentLocations none(Path file, JsonNode root) {
        return new DocumentLocations(file, root, 0, Map.of());
    }

    /** Where the value at {@code pointer} starts, or {@code null} when the document has no such value. */
    public Location find(String pointer) {
        return walk(pointer, true);
    }

    /** Where the value at {@code pointer} starts; the nearest enclosing value when there is no such value. */
    public Location nearest(String pointer) {
        return walk(pointer, false);
    }

    private Location walk(String pointer, boolean exact) {
        long position = rootPosition;
        JsonNode node = root;
        for (String segment : JsonPointers.segments(pointer)) {
            int index = indexOf(node, segment);
            long[] positions = children.get(node);
            if (index < 0 || positions == null) {
                return exact ? null : toLocation(position);
            }
            position = positions[index];
            node = node.isObject() ? node.get(segment) : node.get(index);
        }
        return toLocation(position);
    }

    /** The position of a member or element in its container, or -1. */
    private int indexOf(JsonNode container, String segment) {
        if (container.isArray()) {
            int index = arrayIndex(segment);
            return index < container.size() ? index : -1;
        }
        if (!container.isObject()) {
            return -1;
        }
        if (container.size() < INDEXED) {
            return memberIndex(container, segment);
        }
        Integer index = memberIndexes.computeIfAbsent(container, DocumentLocations::indexMembers).get(segment);
        return index == null ? -1 : index;
    }

    private static Map<String, Integer> indexMembers(JsonNode object) {
        Map<String, Integer> index = new HashMap<>();
        for (String member : object.propertyNames()) {
            index.put(member, index.size());
        }
        return index;
    }

    /** The place of a member among its object's members, or -1. */
    static int memberIndex(JsonNode object, String name) {
        if (!object.has(name)) {
            return -1;
        }
        int index = 0;
        for (String member : object.propertyNames()) {
            if (member.equals(name)) {
                return index;
            }
            index++;
        }
        return -1;
    }

    /** An array index as a pointer spells it (digits, no leading zero), or -1. */
    private static int arrayIndex(String segment) {
        if (segment.isEmpty() || segment.length() > 9 || (segment.length() > 1 && segment.charAt(0) == '0')) {
            return -1;
        }
        for (int i = 0; i < segment.length(); i++) {
            if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(segment);
    }

    private Location toLocation(long position) {
        return location(file, position);
    }

    /** A packed position ({@link #position}) as a location in {@code file}. */
    static Location location(Path file, long position) {
        return new Location(file, (int) (position >>> 32), (int) position);
    }

    static long position(int line, int column) {
        return ((long) Math.max(line, 0) << 32) | Math.max(column, 0);
    }

    /** Collects positions while a document is read; {@link DocumentReader} is its only user. */
    static final class Recorder {

        private final Map<JsonNode, long[]> children = new IdentityHashMap<>();

        /** Records the positions of a container's members or elements, in the order the tree keeps them. */
        void record(JsonNode container, long[] positions, int count) {
            if (count > 0) {
                children.put(container, count == positions.length ? positions : Arrays.copyOf(positions, count));
            }
        }

        /** The positions recorded for a container's members or elements. */
        long[] positions(JsonNode container) {
            return children.getOrDefault(container, new long[0]);
        }

        /** Takes over what another recorder holds, except the positions of one container. */
        void absorb(Recorder other, JsonNode except) {
            other.children.remove(except);
            children.putAll(other.children);
        }

        DocumentLocations finish(Path file, JsonNode root, long rootPosition) {
            return new DocumentLocations(file, root, rootPosition, children);
        }
    }
}
