package dev.schemaforge.validator;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import dev.schemaforge.catalog.JsonPointers;
import dev.schemaforge.catalog.Location;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds where the values a failing payload was blamed for start in its JSON text, with the rules of
 * the catalog's {@code DocumentReader} (a member is located at its name; columns count characters),
 * but in one streaming pass that builds no tree and skips every subtree holding none of them.
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
        Set<String> prefixes = new HashSet<>();
        for (String pointer : wanted) {
            String p = pointer;
            while (prefixes.add(p) && !p.isEmpty()) {
                int slash = p.lastIndexOf('/');
                p = slash < 0 ? "" : p.substring(0, slash);
            }
        }
        Map<String, Location> out = new HashMap<>();
        try (JsonParser parser = json.createParser(withoutBom(text))) {
            if (parser.nextToken() != null) {
                value(parser, "", prefixes, out);
            }
        }
        return out;
    }

    private static void value(JsonParser parser, String pointer, Set<String> prefixes,
            Map<String, Location> out) {
        out.putIfAbsent(pointer, location(parser.currentTokenLocation()));
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String child = JsonPointers.child(pointer, parser.currentName());
                boolean wanted = prefixes.contains(child);
                if (wanted) {
                    out.put(child, location(parser.currentTokenLocation()));
                }
                parser.nextToken();
                if (wanted) {
                    value(parser, child, prefixes, out);
                } else {
                    parser.skipChildren();
                }
            }
        } else if (token == JsonToken.START_ARRAY) {
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                String child = JsonPointers.child(pointer, index++);
                if (prefixes.contains(child)) {
                    value(parser, child, prefixes, out);
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
}
