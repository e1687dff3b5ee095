package dev.schemaforge.catalog;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The keywords the catalog reads as text: references, identifiers and anchors, and a document's
 * {@code $schema}. A value that is no string used to be skipped here, and was then ignored or misread
 * by the validation engine ({@code {"$ref": 5}} as a missing file {@code 5}); now it is a problem at
 * that value, for every command alike.
 */
final class StringKeywords {

    /** The keywords whose values the catalog resolves as references. */
    static final List<String> REFERENCES = List.of("$ref", "$dynamicRef", "$recursiveRef");

    private StringKeywords() {
    }

    /**
     * Adds a problem for each keyword of {@code object} (at {@code pointer} of {@code document}) that the
     * catalog reads as text and whose value is something else. The members of a map of named schemas
     * ({@code namesMembers}, such as {@code properties}) are names, not keywords, and are left alone.
     */
    static void check(SourceDocument document, String pointer, JsonNode object, boolean namesMembers,
            List<Problem> problems) {
        if (namesMembers) {
            return;
        }
        for (String keyword : REFERENCES) {
            check(document, pointer, object, keyword, problems);
        }
        if (pointer.isEmpty() && document.kind() == DocumentKind.JSON_SCHEMA) {
            check(document, pointer, object, "$schema", problems);
        }
        String idKeyword = Catalog.idKeyword(document);
        if (idKeyword != null) {
            check(document, pointer, object, idKeyword, problems);
            for (String keyword : Catalog.ANCHORS) {
                check(document, pointer, object, keyword, problems);
            }
        }
    }

    private static void check(SourceDocument document, String pointer, JsonNode object, String keyword,
            List<Problem> problems) {
        JsonNode value = object.get(keyword);
        if (value != null && !value.isString()) {
            String at = JsonPointers.child(pointer, keyword);
            problems.add(new Problem(document.locate(at), at, null, JsonTypes.wrongKind(keyword, value, "a string")));
        }
    }
}
