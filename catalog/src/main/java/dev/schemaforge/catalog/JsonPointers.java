package dev.schemaforge.catalog;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** RFC 6901 JSON pointers: escaping segments, splitting pointers, and decoding URI fragments. */
public final class JsonPointers {

    /** Nine digits always fit an {@code int}; no array has more elements than that anyway. */
    private static final int MAX_INDEX_DIGITS = 9;

    private JsonPointers() {
    }

    /** Escapes one reference token: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}. */
    public static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /** Unescapes one reference token: {@code ~1} becomes {@code /}, then {@code ~0} becomes {@code ~}. */
    public static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    /** The pointer to a child of {@code parent}. */
    public static String child(String parent, String segment) {
        return parent + "/" + escape(segment);
    }

    /** The pointer to an array element of {@code parent}. */
    public static String child(String parent, int index) {
        return parent + "/" + index;
    }

    /**
     * The array index a reference token spells, or -1: {@code 0} or digits without a leading zero
     * (RFC 6901), short enough for an {@code int}.
     */
    public static int arrayIndex(String token) {
        if (token.isEmpty() || token.length() > MAX_INDEX_DIGITS || token.length() > 1 && token.charAt(0) == '0') {
            return -1;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(token);
    }

    /** The unescaped reference tokens of a pointer; {@code ""} has none. */
    public static List<String> segments(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer.isEmpty()) {
            return out;
        }
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("a JSON pointer starts with '/': " + pointer);
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            out.add(unescape(raw));
        }
        return out;
    }

    /** The last unescaped token, or {@code ""} for the root. */
    public static String lastSegment(String pointer) {
        List<String> segments = segments(pointer);
        return segments.isEmpty() ? "" : segments.get(segments.size() - 1);
    }

    /** Percent-decodes a URI fragment into the JSON pointer it spells ({@code +} stays a plus). */
    public static String fromFragment(String rawFragment) {
        return URLDecoder.decode(rawFragment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
