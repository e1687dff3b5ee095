package dev.schemaforge.cli;

import java.util.Map;
import java.util.function.Consumer;

import dev.schemaforge.catalog.Catalog;
import dev.schemaforge.catalog.JsonPointers;
import dev.schemaforge.catalog.SchemaException;
import dev.schemaforge.catalog.SchemaNode;
import dev.schemaforge.catalog.SchemaTreeWalker;
import dev.schemaforge.catalog.SourceDocument;
import tools.jackson.databind.JsonNode;

/**
 * Resolves every value of an OpenAPI discriminator's {@code mapping} as the generator does: each is a
 * reference (or a bare component name), and one that names no schema made {@code generate} fail on a
 * document {@code lint} had passed.
 */
final class DiscriminatorMappingCheck implements LintCheck {

    private final Catalog catalog;

    DiscriminatorMappingCheck(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void check(SchemaNode schema, Consumer<LintFinding> findings) {
        SourceDocument document = schema.document();
        if (document.schemaContainers().isEmpty()) {
            return;
        }
        SchemaTreeWalker.walk(schema.node(), schema.pointer(), (pointer, object) -> {
            JsonNode mapping = object.path("discriminator").path("mapping");
            for (Map.Entry<String, JsonNode> entry : mapping.properties()) {
                if (!entry.getValue().isString()) {
                    continue; // the meta-schema check reports a value of the wrong kind
                }
                String at = JsonPointers.child(JsonPointers.child(JsonPointers.child(pointer, "discriminator"),
                        "mapping"), entry.getKey());
                try {
                    // resolved from the named schema: OpenAPI components rarely set a base of their own
                    catalog.resolve(schema, document.mappingReference(entry.getValue().stringValue()));
                } catch (SchemaException e) {
                    findings.accept(new LintFinding(document.locate(at), at, LintRule.REFERENCE,
                            "mapping \"" + entry.getKey() + "\": " + e.problems().get(0).message()));
                }
            }
        });
    }
}
