package dev.schemaforge.validator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.schemaforge.catalog.JsonPointers;
import dev.schemaforge.catalog.Location;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds where the values a failing payload was blamed for start in its JSON text, with the rules of
 * the catalog's {@code DocumentReader} (a member is located at its name, a repeated member's last
 * occurrence counts; columns count characters), in one streaming pass that builds no tree and skips
 * every subtree holding none of them. The pass compares member names and indexes with the wanted
 * pointers' segments and spells out no pointer of its own, and it ends early once everything wanted
 * is located and the rest of the text cannot name any of it again.
 */
final class PayloadLocations {

    /** Violations show only line and column; the file of these locations is never read. */
    private static final Path PAYLOAD = Path.of("payload");

    private PayloadLocations() {
    }

    /**
     * The location of each wanted pointer found in {@code text}, which must be well-formed JSON (it
     * has been parsed once already); a pointer that names nothing in it is left out, and the
     * ancestors of wanted pointers may be in it too.
     */
    static Map<String, Location> find(JsonMapper json, String text, Collection<String> wanted) {
        Wanted root = new Wanted("");
        for (String pointer : wanted) {
            root.add(pointer);
        }
        String content = withoutBom(text);
        Map<String, Location> out = new HashMap<>();
        try (JsonParser parser = json.tokenStreamFactory().createParser(ObjectReadContext.empty(), content)) {
            if (parser.nextToken() != null) {
                out.put("", location(parser.currentTokenLocation()));
                // the root is the whole payload: when nothing inside it is wanted, nothing is left to read
                if (!root.isLeaf()) {
                    new Walk(parser, content, root, out).value(root);
                }
            }
        }
        return out;
    }

    private static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    private static Location location(TokenStreamLocation where) {
        return new Location(PAYLOAD, Math.max(where.getLineNr(), 0), Math.max(where.getColumnNr(), 0));
    }

    /**
     * One pass over the text. It may stop before the end: once every wanted value and its ancestors
     * are located, only a repeated member could still move one of them, and a repeated member would
     * spell its name in the rest of the text, between quotes, unless the rest escapes a character.
     */
    private static final class Walk {

        private final JsonParser parser;
        private final String text;
        private final Map<String, Location> out;
        /** Every member name a wanted pointer passes through; read only once everything is located. */
        private final List<String> names = new ArrayList<>();
        private int unlocated;

        Walk(JsonParser parser, String text, Wanted root, Map<String, Location> out) {
            this.parser = parser;
            this.text = text;
            this.out = out;
            this.unlocated = root.collect(names);
            root.located = true;
        }

        /** Reads the value at the current token; true when the pass can end. */
        boolean value(Wanted here) {
            if (located(here, false)) {
                return true;
            }
            JsonToken token = parser.currentToken();
            if (here.isLeaf()) {
                parser.skipChildren();
            } else if (token == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    Wanted child = here.members.get(parser.currentName());
                    if (child != null && located(child, true)) {
                        return true;
                    }
                    parser.nextToken();
                    if (child != null) {
                        if (value(child)) {
                            return true;
                        }
                    } else {
                        parser.skipChildren();
                    }
                }
            } else if (token == JsonToken.START_ARRAY) {
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    Wanted child = here.items.get(index++);
                    if (child != null) {
                        if (value(child)) {
                            return true;
                        }
                    } else {
                        parser.skipChildren();
                    }
                }
            }
            return false;
        }

        /**
         * Records where a wanted node is: at a member's name (a later repetition replaces it), else
         * at its value (the name's location stays). True when that was the last one to find and
         * nothing after it can change any.
         */
        private boolean located(Wanted node, boolean member) {
            Location at = location(parser.currentTokenLocation());
            if (member) {
                out.put(node.pointer, at);
            } else {
                out.putIfAbsent(node.pointer, at);
            }
            if (node.located) {
                return false;
            }
            node.located = true;
            return --unlocated == 0 && nothingLaterNamesThem();
        }

        private boolean nothingLaterNamesThem() {
            long rest = parser.currentLocation().getCharOffset();
            if (rest < 0 || rest > text.length() || text.indexOf('\\', (int) rest) >= 0) {
                return false;
            }
            for (String name : names) {
                if (!spelledAsIs(name) || namedAfter(name, (int) rest)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether {@code "name"}, quotes included, occurs at or after {@code from}. */
        private boolean namedAfter(String name, int from) {
            if (name.isEmpty()) {
                return text.indexOf("\"\"", from) >= 0;
            }
            for (int at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                if (at > 0 && text.charAt(at - 1) == '"' && end < text.length() && text.charAt(end) == '"') {
                    return true;
                }
            }
            return false;
        }

        /** Whether JSON text can only spell the name literally: no quote, backslash or control character. */
        private static boolean spelledAsIs(String name) {
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c == '"' || c == '\\' || c < ' ') {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * One wanted pointer or an ancestor of one, with its children by member name and by array
     * index. A segment names a member when it unescapes to the name, and an element when it spells
     * the index ({@link JsonPointers#arrayIndex}), so one segment such as {@code 0} may do both.
     */
    private static final class Wanted {

        final String pointer;
        /** Empty until a child is added: most wanted values are leaves. */
        Map<String, Wanted> members = Map.of();
        Map<Integer, Wanted> items = Map.of();
        boolean located;

        Wanted(String pointer) {
            this.pointer = pointer;
        }

        boolean isLeaf() {
            return members.isEmpty() && items.isEmpty();
        }

        /** Adds a pointer below this root; a segment no payload value can match ends it there. */
        void add(String wanted) {
            if (!wanted.startsWith("/")) {
                return;
            }
            Wanted node = this;
            int start = 1;
            while (start <= wanted.length()) {
                int slash = wanted.indexOf('/', start);
                int end = slash < 0 ? wanted.length() : slash;
                String raw = wanted.substring(start, end);
                boolean escaped = raw.indexOf('~') >= 0;
                String name = escaped ? JsonPointers.unescape(raw) : raw;
                if (escaped && !JsonPointers.escape(name).equals(raw)) {
                    return;
                }
                Wanted child = node.members.get(name);
                if (child == null) {
                    child = new Wanted(wanted.substring(0, end));
                    if (node.members.isEmpty()) {
                        node.members = new HashMap<>();
                    }
                    node.members.put(name, child);
                }
                int index = JsonPointers.arrayIndex(raw);
                if (index >= 0) {
                    if (node.items.isEmpty()) {
                        node.items = new HashMap<>();
                    }
                    node.items.putIfAbsent(index, child);
                }
                node = child;
                start = end + 1;
            }
        }

        /** Adds the member names below this node to {@code names}; the number of nodes below it. */
        int collect(List<String> names) {
            int below = 0;
            for (Map.Entry<String, Wanted> member : members.entrySet()) {
                names.add(member.getKey());
                below += 1 + member.getValue().collect(names);
            }
            return below;
        }
    }
}
