package dev.schemaforge.generator.naming;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.lang.model.SourceVersion;

import dev.schemaforge.generator.model.NamedType;

/**
 * Turns schema names into Java identifiers, and hands each out once per scope. The escapes are
 * stable and documented: characters that cannot appear in a Java name split words; a name that
 * would start with a digit gets a leading {@code _}; a keyword or reserved member gets a trailing
 * {@code _}; a name already taken in its scope gets the smallest free number ({@code Status2}).
 */
public final class Identifiers {

    private final Set<String> reserved;
    private final boolean ignoreCase;
    private final Map<String, String> byKey = new HashMap<>();
    private final Map<String, Boolean> taken = new HashMap<>();

    /**
     * A scope in which {@code reserved} names are never handed out.
     *
     * @param ignoreCase whether names differing only in case collide: true for types, which become
     *     files on case-insensitive file systems; false for members and constants
     */
    public Identifiers(Set<String> reserved, boolean ignoreCase) {
        this.reserved = reserved;
        this.ignoreCase = ignoreCase;
    }

    /** The identifier for {@code key}: the same key always gets the same name within this scope. */
    public String allocate(String key, String candidate) {
        String existing = byKey.get(key);
        if (existing != null) {
            return existing;
        }
        String base = candidate;
        if (SourceVersion.isKeyword(base) || reserved.contains(base)) {
            base = base + "_";
        }
        String name = base;
        for (int n = 2; taken.containsKey(comparable(name)); n++) {
            name = base + n;
        }
        taken.put(comparable(name), Boolean.TRUE);
        byKey.put(key, name);
        return name;
    }

    private String comparable(String name) {
        return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
    }

    /** {@code api_sso_v1_Connection} becomes {@code ApiSsoV1Connection}. */
    public static String typeName(String schemaName) {
        String pascal = pascalWords(schemaName);
        return legalStart(pascal.isEmpty() ? "Type" : pascal);
    }

    /** {@code organization_id} becomes {@code organizationId}, {@code ID} becomes {@code id}. */
    public static String memberName(String wireName) {
        String pascal = pascalWords(wireName);
        if (pascal.isEmpty()) {
            return "value";
        }
        int upper = 0;
        while (upper < pascal.length() && Character.isUpperCase(pascal.charAt(upper))) {
            upper++;
        }
        String camel;
        if (upper <= 1) {
            camel = Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
        } else if (upper == pascal.length()) {
            camel = pascal.toLowerCase(Locale.ROOT);
        } else {
            // URLPath: the last capital starts the next word.
            camel = pascal.substring(0, upper - 1).toLowerCase(Locale.ROOT) + pascal.substring(upper - 1);
        }
        return legalStart(camel);
    }

    /**
     * An enum constant for a value: the value itself where it is a legal identifier ({@code AUTH0},
     * {@code openid}), else its words in upper snake case ({@code text/plain} becomes {@code TEXT_PLAIN}).
     */
    public static String constantName(String value) {
        if (SourceVersion.isIdentifier(value) && !SourceVersion.isKeyword(value) && !value.equals("_")) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        forEachWord(value, (start, end) -> {
            if (out.length() > 0) {
                out.append('_');
            }
            for (int i = start; i < end; i++) {
                out.append(Character.toUpperCase(value.charAt(i)));
            }
        });
        return out.length() == 0 ? "EMPTY" : legalStart(out.toString());
    }

    /**
     * A constant for a value of an enum of the given kind: strings as {@link #constantName(String)};
     * numbers {@code VALUE_1}, {@code VALUE_MINUS_2_5}; booleans {@code TRUE}, {@code FALSE}. Values of
     * a mixed enum are JSON text, so a string there is unquoted first.
     */
    public static String constantName(NamedType.EnumKind kind, String value) {
        if (kind == NamedType.EnumKind.STRING) {
            return constantName(value);
        }
        if (value.startsWith("\"")) {
            return constantName(value.substring(1, value.length() - 1).replace("\\\"", "\""));
        }
        if (value.equals("true") || value.equals("false")) {
            return value.toUpperCase(Locale.ROOT);
        }
        return "VALUE_" + value.replace("-", "MINUS_").replace("+", "").replaceAll("[^A-Za-z0-9]", "_")
                .toUpperCase(Locale.ROOT);
    }

    /**
     * The words of a name, each capitalised, joined without separators: {@code organization_id}
     * becomes {@code OrganizationId}. Unlike {@link #typeName} the result may be empty or start with a digit.
     */
    public static String pascalWords(String name) {
        StringBuilder out = new StringBuilder(name.length());
        forEachWord(name, (start, end) ->
                out.append(Character.toUpperCase(name.charAt(start))).append(name, start + 1, end));
        return out.toString();
    }

    /** Where a word of a name starts and ends (exclusive). */
    private interface WordRange {
        void accept(int start, int end);
    }

    /**
     * The words of a name: its runs of ASCII letters and digits; every other character, {@code _}
     * included, separates words. A hand-written scan, because the generator names thousands of
     * members and a {@code String.split} with a pattern compiles that pattern on every call.
     */
    private static void forEachWord(String name, WordRange word) {
        int start = -1;
        for (int i = 0; i <= name.length(); i++) {
            boolean letterOrDigit = i < name.length() && isAsciiLetterOrDigit(name.charAt(i));
            if (letterOrDigit && start < 0) {
                start = i;
            } else if (!letterOrDigit && start >= 0) {
                word.accept(start, i);
                start = -1;
            }
        }
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static String legalStart(String name) {
        return Character.isJavaIdentifierStart(name.charAt(0)) ? name : "_" + name;
    }
}
