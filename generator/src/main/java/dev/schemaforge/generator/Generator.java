package dev.schemaforge.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.palantir.javapoet.JavaFile;

import dev.schemaforge.catalog.Catalog;
import dev.schemaforge.generator.emit.JavaEmitter;
import dev.schemaforge.generator.emit.TypeIndex;
import dev.schemaforge.generator.graph.TypeGraphBuilder;
import dev.schemaforge.generator.model.NamedType;
import dev.schemaforge.generator.model.TypeGraph;
import dev.schemaforge.generator.naming.JavaNames;

/**
 * The generator's front door: request in, files out. Reads the schemas through a {@link Catalog},
 * builds the type graph, names it, and emits Java with JavaPoet, all in memory; nothing is written
 * unless every step succeeded (see {@link OutputWriter}). Thread-safe: it keeps no state.
 */
public final class Generator {

    /**
     * Generates every type the request's schemas define. Identical input gives identical output.
     *
     * @throws dev.schemaforge.catalog.SchemaException for unreadable schemas or unresolvable references
     */
    public GenerationResult generate(GenerationRequest request) {
        return generate(catalog(request), request);
    }

    /**
     * The catalog a request describes: its inputs, roots, mappings and default dialect. For callers
     * that need the documents too (the plugin bundles them), then {@link #generate(Catalog, GenerationRequest)}.
     *
     * @throws dev.schemaforge.catalog.SchemaException for unreadable schemas or unresolvable references
     */
    public static Catalog catalog(GenerationRequest request) {
        Catalog.Builder catalog = Catalog.builder()
                .inputs(request.inputs())
                .defaultDialect(request.defaultDialect());
        request.roots().forEach(catalog::root);
        request.mappings().forEach(catalog::map);
        return catalog.build();
    }

    /** Generates from an already loaded catalog (its entry points), with the request's options. */
    public GenerationResult generate(Catalog catalog, GenerationRequest request) {
        TypeGraph graph = TypeGraphBuilder.build(catalog);
        JavaNames names = JavaNames.assign(graph);
        JavaEmitter emitter = new JavaEmitter(graph, names, request.packageName(), request.builders(),
                request.jackson());
        // Each type is built and rendered on its own, in parallel, and only its text is kept: the
        // JavaPoet model of a file is garbage as soon as it is rendered (Stripe's 1,500 types would
        // otherwise all be held until the last is rendered). Graph order is kept.
        List<GeneratedFile> files = new ArrayList<>(Parallel.map(List.copyOf(graph.types()),
                type -> source(emitter.file(type))));
        TypeIndex index = new TypeIndex();
        for (NamedType type : graph.types()) {
            index.add(emitter.className(type).canonicalName(), type.source().document(), type.source().pointer());
        }
        files.add(new GeneratedFile(GeneratedFile.Kind.RESOURCE, TypeIndex.RESOURCE, index.render()));
        Map<String, String> entryTypes = new LinkedHashMap<>();
        graph.entries().forEach((reference, type) -> entryTypes.put(reference, emitter.typeName(type).toString()));
        return new GenerationResult(files, graph.types().size(), entryTypes);
    }

    private static GeneratedFile source(JavaFile file) {
        String path = file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
        return new GeneratedFile(GeneratedFile.Kind.SOURCE, path, file.toString());
    }
}
