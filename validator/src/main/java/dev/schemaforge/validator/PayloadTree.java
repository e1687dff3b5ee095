package dev.schemaforge.validator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.schemaforge.catalog.JsonPointers;
import dev.schemaforge.catalog.Location;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.base.ParserBase;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON payload parsed once into the tree networknt checks, with where each value starts kept
 * aside, so that the violations of a failing payload are located without reading it again.
 *
 * <p>The tree is the one {@code ObjectMapper.readTree} builds (the same node types), except that a
 * member repeated in one object is refused, as the catalog's {@code DocumentReader} refuses it.
 * Where values start is kept in one array of slots in document order: the root, then a slot for
 * each member and each element, each followed by the slots of what lies inside it; for an object
 * or array a second array keeps the slot after its contents. A slot is two numbers the parser
 * already has (a line and an offset), so keeping them adds little to the parse.
 * A lookup walks the tree along the pointers asked, stepping over the siblings before each step.
 * The rules are those of the catalog's {@code DocumentReader}: a member is located at its name, and
 * columns count characters.
 */
final class PayloadTree {

    /** Violations show only line and column; the file of these locations is never read. */
    private static final Path PAYLOAD = Path.of("payload");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode root;
    /**
     * Where each value starts, in document order: its line in the high half, its offset into the
     * content in the low half. A member's slot holds where its value starts; its name is found from
     * there when asked for (see {@link #nameBefore}), which spares the parse a location object per
     * member.
     */
    private final long[] starts;
    /** For the slot of an object or array: the slot after everything inside it. */
    private final int[] ends;
    /** The text parsed, or null when bytes were. */
    private final String text;
    /** The bytes parsed, from {@code offset} on (after a byte-order mark), or null when text was. */
    private final byte[] bytes;
    private final int offset;

    private PayloadTree(JsonNode root, Builder builder, String text, byte[] bytes, int offset) {
        this.root = root;
        this.starts = builder.starts;
        this.ends = builder.ends;
        this.text = text;
        this.bytes = bytes;
        this.offset = offset;
    }

    /**
     * Parses JSON text; null when it holds no value.
     *
     * @throws tools.jackson.core.JacksonException when it is not well-formed JSON
     */
    static PayloadTree parse(TokenStreamFactory json, String text) {
        String content = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        try (JsonParser parser = json.createParser(ObjectReadContext.empty(), content)) {
            return parse(parser, content, null, 0);
        }
    }

    /**
     * Parses UTF-8 bytes; null when they hold no value.
     *
     * @throws tools.jackson.core.JacksonException when they are not well-formed JSON
     */
    static PayloadTree parse(TokenStreamFactory json, byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        try (JsonParser parser = json.createParser(ObjectReadContext.empty(), bytes, start, bytes.length - start)) {
            return parse(parser, null, bytes, start);
        }
    }

    private static PayloadTree parse(JsonParser parser, String text, byte[] bytes, int offset) {
        if (parser.nextToken() == null) {
            return null;
        }
        Builder builder = new Builder(parser);
        builder.record();
        JsonNode root = builder.value();
        if (parser.nextToken() != null) {
            throw new StreamReadException(parser, "unexpected content after the end of the payload");
        }
        return new PayloadTree(root, builder, text, bytes, offset);
    }

    JsonNode root() {
        return root;
    }

    /** Where each of the given pointers starts; a pointer that names no value of the payload is left out. */
    Map<String, Location> locate(Collection<String> pointers) {
        Wanted wanted = new Wanted("", 0, 0, "", -1);
        for (String pointer : pointers) {
            wanted.add(pointer);
        }
        visit(root, wanted, 0, false, new int[] {wanted.size()});
        List<Wanted> found = new ArrayList<>();
        wanted.collectFound(found);
        for (Wanted node : found) {
            if (node.isMember) {
                // a member is located at its name: move its start back there
                int value = (int) node.start;
                int name = nameBefore(value);
                int line = (int) (node.start >>> 32) - lineBreaks(name, value);
                node.start = (long) line << 32 | name;
            }
        }
        // in document order, so that the columns of one line are counted in one pass along it
        found.sort(Comparator.comparingInt(node -> (int) node.start));
        Columns columns = new Columns();
        Map<String, Location> out = new HashMap<>();
        for (Wanted node : found) {
            int line = (int) (node.start >>> 32);
            out.put(node.pointer, new Location(PAYLOAD, line, columns.at((int) node.start, line)));
        }
        return out;
    }

    /**
     * Records the wanted values in and below {@code node}, whose own start is at {@code slot} (a
     * member's value when {@code isMember}); true once every wanted value is found, when nothing more
     * needs reading.
     */
    private boolean visit(JsonNode node, Wanted wanted, int slot, boolean isMember, int[] unfound) {
        wanted.start = starts[slot];
        wanted.isMember = isMember;
        if (--unfound[0] == 0) {
            return true;
        }
        if (wanted.children.isEmpty()) {
            return false;
        }
        int next = slot + 1;
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                Wanted child = wanted.member(member.getKey());
                if (child != null && visit(member.getValue(), child, next, true, unfound)) {
                    return true;
                }
                next = after(member.getValue(), next);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Wanted child = wanted.element(i);
                if (child != null && visit(node.get(i), child, next, false, unfound)) {
                    return true;
                }
                next = after(node.get(i), next);
            }
        }
        return false;
    }

    /** The slot after a value whose own start is at {@code slot}, and after everything inside it. */
    private int after(JsonNode value, int slot) {
        return value.isContainer() ? ends[slot] : slot + 1;
    }

    /** The content's code unit at an offset: a character of the text, or a byte. */
    private int unit(int at) {
        return text != null ? text.charAt(at) : bytes[offset + at] & 0xFF;
    }

    private int length() {
        return text != null ? text.length() : bytes.length - offset;
    }

    /**
     * Where the name of the member whose value starts at {@code value} starts: its opening quote,
     * found by reading back over the colon, the whitespace around it and the name, whose quotes
     * inside are escaped by an odd number of backslashes.
     */
    private int nameBefore(int value) {
        int at = skipWhitespaceBack(value - 1);
        if (at < 0 || unit(at) != ':') {
            return value;
        }
        at = skipWhitespaceBack(at - 1);
        if (at < 0 || unit(at) != '"') {
            return value;
        }
        for (at--; at >= 0; at--) {
            if (unit(at) == '"') {
                int backslashes = 0;
                while (at - backslashes - 1 >= 0 && unit(at - backslashes - 1) == '\\') {
                    backslashes++;
                }
                if (backslashes % 2 == 0) {
                    return at;
                }
            }
        }
        return value;
    }

    private int skipWhitespaceBack(int at) {
        while (at >= 0 && (unit(at) == ' ' || unit(at) == '\t' || unit(at) == '\n' || unit(at) == '\r')) {
            at--;
        }
        return at;
    }

    /**
     * Columns of offsets asked for in document order, counted in characters as a person (and the
     * catalog's reader) counts them: for bytes, the UTF-16 units they decode to. Each line's start is
     * found by reading back once, and a line is counted along once however many values on it are
     * asked for: a one-line payload with 100,000 violations used to be read back 100,000 times.
     */
    private final class Columns {

        private int line = -1;
        private int lineStart;
        private int countedTo;
        private int column;

        int at(int offset, int offsetLine) {
            if (offsetLine != line || offset < countedTo) {
                line = offsetLine;
                lineStart = offset;
                while (lineStart > 0 && unit(lineStart - 1) != '\n' && unit(lineStart - 1) != '\r') {
                    lineStart--;
                }
                countedTo = lineStart;
                column = 1;
            }
            if (text != null) {
                return offset - lineStart + 1;
            }
            for (int i = countedTo; i < offset; i++) {
                int b = unit(i);
                if ((b & 0xC0) != 0x80) {
                    column += (b & 0xF8) == 0xF0 ? 2 : 1;
                }
            }
            countedTo = offset;
            return column;
        }
    }

    /**
     * The line breaks from {@code from} up to {@code to}, counted as the parser counts them:
     * {@code \n}, {@code \r\n} and a lone {@code \r}.
     */
    private int lineBreaks(int from, int to) {
        int breaks = 0;
        for (int i = from; i < to; i++) {
            int unit = unit(i);
            if (unit == '\n' || unit == '\r' && (i + 1 == length() || unit(i + 1) != '\n')) {
                breaks++;
            }
        }
        return breaks;
    }

    /**
     * Builds the tree as {@code readTree} does, keeping where each value starts. A member repeated
     * in one object ends the parse with a {@code StreamReadException}.
     */
    private static final class Builder {

        private final JsonParser parser;
        /**
         * The parser as Jackson's base class of its JSON parsers (of text and of bytes, the two made
         * here), which tells a token's offset without making a location object.
         */
        private final ParserBase offsets;
        long[] starts = new long[64];
        int[] ends = new int[64];
        int count;

        Builder(JsonParser parser) {
            this.parser = parser;
            this.offsets = (ParserBase) parser;
        }

        void record() {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            // At a member's name the parser has already found where its value starts. The offset is
            // one past the token's first character or byte (currentTokenLocation() takes one off).
            starts[count++] = (long) offsets.getTokenLineNr() << 32 | (offsets.getTokenCharacterOffset() - 1);
        }

        /** Reads the value at the current token. */
        JsonNode value() {
            switch (parser.currentToken()) {
                case START_OBJECT -> {
                    // the slot of this object was recorded just before this call
                    int own = count - 1;
                    ObjectNode object = NODES.objectNode();
                    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                        String name = parser.currentName();
                        record();
                        parser.nextToken();
                        if (object.replace(name, value()) != null) {
                            // the catalog's reader, which reads a refused payload again, says where both stand
                            throw new StreamReadException(parser, "member \"" + name + "\" appears twice");
                        }
                    }
                    ends[own] = count;
                    return object;
                }
                case START_ARRAY -> {
                    int own = count - 1;
                    ArrayNode array = NODES.arrayNode();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        record();
                        array.add(value());
                    }
                    ends[own] = count;
                    return array;
                }
                case VALUE_STRING -> {
                    return NODES.stringNode(parser.getString());
                }
                case VALUE_NUMBER_INT -> {
                    return switch (parser.getNumberType()) {
                        case INT -> NODES.numberNode(parser.getIntValue());
                        case LONG -> NODES.numberNode(parser.getLongValue());
                        default -> NODES.numberNode(parser.getBigIntegerValue());
                    };
                }
                case VALUE_NUMBER_FLOAT -> {
                    // readTree's default, a double, except where a double would change the number's
                    // value class: beyond its range (1e400 is not infinite) or below it (1e-400 is not 0)
                    double value = parser.getDoubleValue();
                    if (Double.isInfinite(value) || value == 0.0 && parser.getDecimalValue().signum() != 0) {
                        return NODES.numberNode(parser.getDecimalValue());
                    }
                    return NODES.numberNode(value);
                }
                case VALUE_TRUE -> {
                    return NODES.booleanNode(true);
                }
                case VALUE_FALSE -> {
                    return NODES.booleanNode(false);
                }
                case VALUE_NULL -> {
                    return NODES.nullNode();
                }
                default -> throw new StreamReadException(parser, "unexpected token " + parser.currentToken());
            }
        }
    }

    /**
     * One wanted pointer or an ancestor of one, with its children: one per segment that follows it
     * in some wanted pointer. A segment names a member when it unescapes to the name, and an element
     * when it spells the index ({@link JsonPointers#arrayIndex}), so one segment such as {@code 0}
     * may do both. A node usually has a child or two, found by a scan; one with many (an array whose
     * every element failed) also indexes them, as scanning made finding them quadratic.
     */
    private static final class Wanted {

        /** Up to this many children are scanned; more are also indexed. */
        private static final int SCANNED = 8;

        /** The pointer that ends here, or null for a node only on the way to wanted ones. */
        String pointer;
        /** The first pointer through this node, and where this node's segment stands in it. */
        private final String source;
        private final int segmentStart;
        private final int segmentEnd;
        /** The member name its segment names, or null when the segment is no valid escape. */
        final String name;
        /** The array index its segment names, or -1. */
        final int index;
        List<Wanted> children = List.of();
        /** The children by segment, by member name and by index, once there are more than {@link #SCANNED}. */
        private Map<String, Wanted> bySegment;
        private Map<String, Wanted> byName;
        private Map<Integer, Wanted> byIndex;
        /**
         * Where the value starts (its line in the high half, its offset in the low), once visited; a
         * member's name once located; -1 when the payload has no such value.
         */
        long start = -1;
        /** Whether it was found as an object's member, which is located at its name. */
        boolean isMember;

        Wanted(String source, int segmentStart, int segmentEnd, String name, int index) {
            this.source = source;
            this.segmentStart = segmentStart;
            this.segmentEnd = segmentEnd;
            this.name = name;
            this.index = index;
        }

        /** Adds a pointer below this root ({@code ""} is the root itself). */
        void add(String wanted) {
            if (wanted.isEmpty()) {
                pointer = wanted;
            }
            if (!wanted.startsWith("/")) {
                return;
            }
            Wanted node = this;
            int start = 1;
            while (start <= wanted.length()) {
                int slash = wanted.indexOf('/', start);
                int end = slash < 0 ? wanted.length() : slash;
                node = node.child(wanted, start, end);
                start = end + 1;
            }
            node.pointer = wanted;
        }

        /** The child for the segment {@code pointer[start, end)}, added when new. */
        private Wanted child(String pointer, int start, int end) {
            int length = end - start;
            if (bySegment != null) {
                Wanted known = bySegment.get(pointer.substring(start, end));
                if (known != null) {
                    return known;
                }
            } else {
                for (Wanted child : children) {
                    if (child.segmentEnd - child.segmentStart == length
                            && pointer.regionMatches(start, child.source, child.segmentStart, length)) {
                        return child;
                    }
                }
            }
            String raw = pointer.substring(start, end);
            String name = raw;
            if (raw.indexOf('~') >= 0) {
                String unescaped = JsonPointers.unescape(raw);
                name = JsonPointers.escape(unescaped).equals(raw) ? unescaped : null;
            }
            Wanted child = new Wanted(pointer, start, end, name, JsonPointers.arrayIndex(raw));
            if (children.isEmpty()) {
                children = new ArrayList<>(2);
            }
            children.add(child);
            if (bySegment != null) {
                index(child);
            } else if (children.size() > SCANNED) {
                bySegment = new HashMap<>();
                byName = new HashMap<>();
                byIndex = new HashMap<>();
                children.forEach(this::index);
            }
            return child;
        }

        private void index(Wanted child) {
            bySegment.put(child.source.substring(child.segmentStart, child.segmentEnd), child);
            if (child.name != null) {
                byName.putIfAbsent(child.name, child);
            }
            if (child.index >= 0) {
                byIndex.putIfAbsent(child.index, child);
            }
        }

        Wanted member(String key) {
            if (byName != null) {
                return byName.get(key);
            }
            for (Wanted child : children) {
                if (key.equals(child.name)) {
                    return child;
                }
            }
            return null;
        }

        Wanted element(int at) {
            if (byIndex != null) {
                return byIndex.get(at);
            }
            for (Wanted child : children) {
                if (child.index == at) {
                    return child;
                }
            }
            return null;
        }

        /** The number of nodes from this one down. */
        int size() {
            int size = 1;
            for (Wanted child : children) {
                size += child.size();
            }
            return size;
        }

        /** Adds the wanted nodes from this one down that the payload has. */
        void collectFound(List<Wanted> found) {
            if (start >= 0 && pointer != null) {
                found.add(this);
            }
            for (Wanted child : children) {
                child.collectFound(found);
            }
        }
    }
}
