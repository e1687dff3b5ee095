package dev.schemaforge.cli;

import java.util.Set;
import java.util.function.Consumer;

import dev.schemaforge.catalog.JsonPointers;
import dev.schemaforge.catalog.SchemaNode;
import dev.schemaforge.catalog.SchemaTreeWalker;

/**
 * Warns about members of schema objects that the schema's dialect does not define and that are not
 * {@code x-} extensions: usually a typo ({@code requried}) or a keyword of another draft, which
 * validators and generators silently ignore.
 */
final class UnknownKeywordCheck implements LintCheck {

    @Override
    public void check(SchemaNode schema, Consumer<LintFinding> findings) {
        Set<String> keywords = LintDialects.keywords(schema);
        String dialect = LintDialects.dialect(schema).shortName();
        SchemaTreeWalker.walk(schema.node(), schema.pointer(), (pointer, object) -> {
            for (String name : object.propertyNames()) {
                if (!keywords.contains(name) && !name.startsWith("x-")) {
                    String at = JsonPointers.child(pointer, name);
                    findings.accept(new LintFinding(schema.document().locate(at), at, LintRule.UNKNOWN_KEYWORD,
                            "\"" + name + "\" is not a keyword of " + dialect
                                    + "; validators ignore it (extensions start with x-)"));
                }
            }
        });
    }
}
