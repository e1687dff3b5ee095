package dev.schemaforge.catalog;

import java.net.URI;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stand-ins for the standard JSON Schema meta-schemas (drafts 4, 6, 7, 2019-09, 2020-12), so that a
 * {@code $ref} to one resolves offline without their text: each is a synthetic document whose tree
 * is the empty schema {@code {}}, never read from disk or the network. Engines bring their own
 * copies of the real meta-schemas; the catalog only records that the reference is to one.
 */
final class MetaSchemas {

    private final Map<Dialect, SourceDocument> documents = new EnumMap<>(Dialect.class);

    MetaSchemas() {
        for (Dialect dialect : Dialect.values()) {
            if (dialect == Dialect.OPENAPI_3_0) {
                continue;
            }
            URI uri = URI.create(dialect.uri().endsWith("#")
                    ? dialect.uri().substring(0, dialect.uri().length() - 1) : dialect.uri());
            Path file = Path.of(uri.getHost(), uri.getPath().substring(1).split("/"));
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            documents.put(dialect, new SourceDocument(uri, file, uri.toString(), root, DocumentKind.JSON_SCHEMA,
                    dialect, DocumentLocations.none(file, root), Map.of()));
        }
    }

    /** The stand-in for the meta-schema a fragment-less URI names (either scheme, with or without {@code #}). */
    Optional<SourceDocument> named(URI resource) {
        return Dialect.fromSchemaUri(resource.toString()).map(documents::get);
    }

    /** True for the stand-ins only, not for a real copy of a meta-schema loaded from a file. */
    boolean isStandIn(SourceDocument document) {
        return documents.get(document.dialect()) == document;
    }
}
