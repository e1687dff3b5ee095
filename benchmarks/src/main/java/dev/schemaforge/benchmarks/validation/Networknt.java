package dev.schemaforge.benchmarks.validation;

import java.nio.file.Path;
import java.util.Map;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.regex.JoniRegularExpressionFactory;

/**
 * networknt used directly, as its README shows, with the settings our validator also uses: formats
 * asserted, Joni for regular expressions, remote {@code $ref}s mapped to local folders. It reads
 * the schema files itself, from {@code file:} URIs only.
 */
final class Networknt {

    private static final SchemaRegistryConfig CONFIG = SchemaRegistryConfig.builder()
            .formatAssertionsEnabled(true)
            .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
            .build();

    private final SchemaRegistry registry;

    Networknt(Dialect defaultDialect, Map<String, Path> prefixes) {
        this.registry = SchemaRegistry.withDefaultDialect(defaultDialect, builder -> builder
                .schemaRegistryConfig(CONFIG)
                .schemaLoader(loader -> loader
                        .fetchRemoteResources()
                        .allow(iri -> iri.toString().startsWith("file:"))
                        .schemaIdResolvers(resolvers -> prefixes.forEach(
                                (prefix, folder) -> resolvers.mapPrefix(prefix, folder.toUri().toString())))));
    }

    /** The schema at a file, optionally at a JSON pointer inside it ({@code null} for the root). */
    Schema schema(Path file, String pointer) {
        String location = file.toUri() + (pointer == null ? "" : "#" + pointer);
        Schema schema = registry.getSchema(SchemaLocation.of(location));
        schema.initializeValidators();
        return schema;
    }
}
