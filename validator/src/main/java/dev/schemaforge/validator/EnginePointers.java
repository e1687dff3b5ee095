package dev.schemaforge.validator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.schemaforge.catalog.Catalog;
import dev.schemaforge.catalog.SchemaException;
import dev.schemaforge.catalog.SchemaWalker;
import dev.schemaforge.catalog.SourceDocument;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * JSON pointers spelled so that networknt follows them to where the catalog does. networknt reads
 * every token made only of digits as an array index, also where it names an object member, so the
 * member {@code 09338} becomes index 9338 and {@code #/definitions/09338} cannot be resolved. Such a
 * token is handed over with its first digit percent-encoded ({@code %309338}): by RFC 3986 the same
 * fragment, which networknt decodes back into the member's name. Tokens that step into an array
 * keep their spelling; networknt reads those as the catalog does.
 */
final class EnginePointers {

    /** The reference keywords whose JSON-pointer fragments networknt follows. */
    private static final List<String> REFERENCES = List.of("$ref", "$dynamicRef");
    private static final List<String> UNIONS = List.of("oneOf", "anyOf");
    private static final String MAPPING = "/discriminator/mapping";

    /**
     * A token networknt would misread: digits only, which it takes for an index, but no array index
     * by RFC 6901 (a leading zero, or more digits than an index has).
     */
    private static final Pattern MISREAD = Pattern.compile("/(0[0-9]+|[0-9]{10,})(?=/|$)");

    /** A string member of the object at {@code holder} that networknt is to read as {@code text}. */
    private record Respelling(String holder, String member, String text) {
    }

    private EnginePointers() {
    }

    /** The fragment that names the value at {@code pointer} in {@code document} for networknt. */
    static String fragment(SourceDocument document, String pointer) {
        return respell(pointer, document::at);
    }

    /**
     * The tree networknt is to read for {@code document}: a copy in which the references it would
     * misread are respelled, or the document's own tree when there are none. An OpenAPI
     * discriminator's mapping values are respelled too, as networknt compares them with the
     * {@code $ref} text of the branches.
     */
    static JsonNode tree(Catalog catalog, SourceDocument document) {
        return respelled(document.root(), (from, reference) -> target(catalog, document, from, reference));
    }

    /**
     * The tree networknt is to read for a schema that lives in no file ({@link SchemaValidator#inline}):
     * like {@link #tree}, for the references that stay inside it ({@code #/...}, read from the
     * resource they are written in: the schema, or the nearest enclosing subschema with an
     * {@code $id}). References to other documents are handed over as written.
     */
    static JsonNode inlineTree(JsonNode root) {
        // "#" itself is asked for when the first token of a fragment is one networknt would misread
        return respelled(root, (from, reference) -> reference.equals("#") || reference.startsWith("#/")
                ? resourceRoot(root, from).at(reference.substring(1)) : MissingNode.getInstance());
    }

    /** What a reference written in the schema at {@code from} points at; missing when it does not resolve. */
    private interface Targets {
        JsonNode of(String from, String reference);
    }

    /**
     * {@code root}, or a copy of it in which every reference (and discriminator mapping value) that
     * networknt would misread is respelled; {@code targets} says what a prefix of a reference names.
     */
    private static JsonNode respelled(JsonNode root, Targets targets) {
        List<Respelling> respellings = new ArrayList<>();
        SchemaWalker.walk(root, (pointer, object) -> {
            for (String keyword : REFERENCES) {
                addRespelling(targets, pointer, pointer, keyword, object.path(keyword), respellings);
            }
            JsonNode discriminator = object.path("discriminator");
            JsonNode mapping = discriminator.path("mapping");
            for (Map.Entry<String, JsonNode> entry : mapping.properties()) {
                addRespelling(targets, pointer, pointer + MAPPING, entry.getKey(), entry.getValue(), respellings);
            }
            if (discriminator.isObject()) {
                for (String union : UNIONS) {
                    for (JsonNode branch : object.path(union)) {
                        addImplicitMapping(targets, pointer, mapping, branch.path("$ref"), respellings);
                    }
                }
            }
        });
        if (respellings.isEmpty()) {
            return root;
        }
        JsonNode copy = root.deepCopy();
        for (Respelling respelling : respellings) {
            // withObject also makes the discriminator mapping an implicit entry needs
            copy.withObject(JsonPointer.compile(respelling.holder())).put(respelling.member(), respelling.text());
        }
        return copy;
    }

    /** Adds the respelling of {@code reference}, a value in the schema at {@code from}, when it needs one. */
    private static void addRespelling(Targets targets, String from, String holder, String member,
            JsonNode reference, List<Respelling> respellings) {
        String respelled = respelledReference(targets, from, reference);
        if (respelled != null) {
            respellings.add(new Respelling(holder, member, respelled));
        }
    }

    /**
     * An OpenAPI discriminator value without a mapping entry picks the branch whose {@code $ref} ends
     * in {@code /value} (networknt's implicit mapping). A respelled {@code $ref} no longer ends in the
     * component's name, so the entry that was implicit is written out, with the respelled text.
     */
    private static void addImplicitMapping(Targets targets, String from, JsonNode mapping, JsonNode reference,
            List<Respelling> respellings) {
        String respelled = respelledReference(targets, from, reference);
        if (respelled == null) {
            return;
        }
        String text = reference.stringValue();
        String name = text.substring(text.lastIndexOf('/') + 1);
        if (!mapping.has(name) && !respelled.endsWith("/" + name)) {
            respellings.add(new Respelling(from + MAPPING, name, respelled));
        }
    }

    /** {@code reference}, a value in the schema at {@code from}, respelled; null when it needs no respelling. */
    private static String respelledReference(Targets targets, String from, JsonNode reference) {
        String text = reference.isString() ? reference.stringValue() : "";
        int hash = text.indexOf('#');
        if (hash < 0) {
            return null;
        }
        String beforeFragment = text.substring(0, hash + 1);
        String fragment = text.substring(hash + 1);
        String respelled = respell(fragment, prefix -> targets.of(from, beforeFragment + prefix));
        return respelled.equals(fragment) ? null : beforeFragment + respelled;
    }

    /** The root of the resource the schema at {@code pointer} belongs to: the nearest object with an {@code $id}. */
    private static JsonNode resourceRoot(JsonNode root, String pointer) {
        for (String at = pointer; !at.isEmpty(); at = at.substring(0, at.lastIndexOf('/'))) {
            JsonNode node = root.at(at);
            if (node.path("$id").isString()) {
                return node;
            }
        }
        return root;
    }

    /** The value {@code reference} from the schema at {@code from} points at; missing when it does not resolve. */
    private static JsonNode target(Catalog catalog, SourceDocument document, String from, String reference) {
        try {
            return catalog.resolve(document.schemaAt(from), reference).node();
        } catch (SchemaException e) {
            return MissingNode.getInstance();
        }
    }

    /**
     * {@code fragment} with each token networknt would misread respelled where the tokens before it
     * lead to an object ({@code valueAt} gives the value a prefix of the fragment names). Anything
     * but a JSON pointer, such as an anchor, stays as it is.
     */
    private static String respell(String fragment, Function<String, JsonNode> valueAt) {
        if (!fragment.startsWith("/")) {
            return fragment;
        }
        Matcher token = MISREAD.matcher(fragment);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        while (token.find()) {
            if (valueAt.apply(fragment.substring(0, token.start())).isObject()) {
                // "%3" before the first digit percent-encodes it: '0' to '9' are %30 to %39
                out.append(fragment, copied, token.start(1)).append("%3");
                copied = token.start(1);
            }
        }
        return copied == 0 ? fragment : out.append(fragment, copied, fragment.length()).toString();
    }
}
