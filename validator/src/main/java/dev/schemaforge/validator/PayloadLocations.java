package dev.schemaforge.validator;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
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
 * the catalog's {@code DocumentReader} (a member is located at its name; columns count characters),
 * but in one streaming pass that builds no tree and skips every subtree holding none of them. The
 * pass compares member names and indexes with the wanted pointers' segments and spells out no
 * pointer of its own.
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
        Map<String, Location> out = new HashMap<>();
        try (JsonParser parser = json.tokenStreamFactory().createParser(ObjectReadContext.empty(), withoutBom(text))) {
            if (parser.nextToken() != null) {
                out.put("", location(parser.currentTokenLocation()));
                // the root is the whole payload: when nothing inside it is wanted, nothing is left to read
                if (!root.isLeaf()) {
                    value(parser, root, out);
                }
            }
        }
        return out;
    }

    private static void value(JsonParser parser, Wanted here, Map<String, Location> out) {
        out.putIfAbsent(here.pointer, location(parser.currentTokenLocation()));
        JsonToken token = parser.currentToken();
        if (here.isLeaf()) {
            parser.skipChildren();
        } else if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                Wanted child = here.members.get(parser.currentName());
                if (child != null) {
                    out.put(child.pointer, location(parser.currentTokenLocation()));
                }
                parser.nextToken();
                if (child != null) {
                    value(parser, child, out);
                } else {
                    parser.skipChildren();
                }
            }
        } else if (token == JsonToken.START_ARRAY) {
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                Wanted child = here.items.get(index++);
                if (child != null) {
                    value(parser, child, out);
                } else {
                    parser.skipChildren();
                }
            }
        }
    }

    private static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    private static Location location(TokenStreamLocation where) {
        return new Location(PAYLOAD, Math.max(where.getLineNr(), 0), Math.max(where.getColumnNr(), 0));
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
                String name = escaped ? raw.replace("~1", "/").replace("~0", "~") : raw;
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
    }
}
