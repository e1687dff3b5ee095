package dev.schemaforge.generator.emit;

import dev.schemaforge.generator.model.Docs;
import dev.schemaforge.generator.model.Source;

/** Javadoc text from schema annotations, escaped so that no description can break the comment or the compile. */
final class Javadocs {

    private Javadocs() {
    }

    /** A type's Javadoc: title, description, flags, and where the schema lives. */
    static String forType(Docs docs, Source source) {
        StringBuilder out = new StringBuilder();
        appendDocs(out, docs);
        if (out.length() > 0) {
            out.append("\n\n");
        }
        out.append("<p>Schema: {@code ").append(escape(source.reference())).append("}\n");
        return out.toString();
    }

    /** A component's {@code @param} text, or null when the schema says nothing about it. */
    static String forMember(Docs docs) {
        StringBuilder out = new StringBuilder();
        appendDocs(out, docs);
        return out.length() == 0 ? null : out.toString();
    }

    private static void appendDocs(StringBuilder out, Docs docs) {
        if (docs.title() != null && docs.description() == null) {
            out.append(escape(docs.title()));
        }
        if (docs.description() != null) {
            out.append(escape(docs.description()));
        }
        if (docs.readOnly()) {
            out.append(out.length() > 0 ? " " : "").append("<p>Read-only: sent by the server, not accepted in requests.");
        }
        if (docs.writeOnly()) {
            out.append(out.length() > 0 ? " " : "").append("<p>Write-only: accepted in requests, never returned.");
        }
    }

    /** Escapes HTML, comment terminators, backslashes (unicode escapes) and tag-looking {@code @}s. */
    static String escape(String text) {
        return text.strip()
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("*/", "*&#47;")
                .replace("/*", "&#47;*")
                .replace("\\", "&#92;")
                .replace("@", "&#64;")
                .replace("\r\n", "\n")
                .replace('\r', '\n');
    }
}
