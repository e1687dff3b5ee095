package dev.schemaforge.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.schemaforge.catalog.Catalog;
import dev.schemaforge.catalog.Dialect;
import dev.schemaforge.catalog.FolderFiles;
import dev.schemaforge.catalog.PrefixMappings;
import dev.schemaforge.catalog.Problem;
import dev.schemaforge.catalog.SchemaException;
import picocli.CommandLine.Option;

/**
 * The options that say which documents make up the catalog, shared by {@code validate} and
 * {@code lint}: schema files and folders, globs to leave out, prefix mappings and the default dialect.
 */
final class CatalogOptions {

    @Option(names = "--schemas", paramLabel = "FILE|DIR",
            description = "A schema file, or a folder whose .json, .yaml and .yml files are all read as schema "
                    + "documents; $refs may reach any file below it. Repeatable.")
    List<Path> schemas = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Leave out files of --schemas folders whose path relative to the folder matches GLOB, "
                    + "e.g. '**/examples/**' (they stay reachable by $ref). Repeatable.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--map", paramLabel = "PREFIX=DIR",
            description = "Resolve $refs starting with PREFIX (an http(s) URI) to files below DIR; when DIR is a "
                    + "file, exactly the URI PREFIX resolves to it. Repeatable.")
    Map<String, Path> mappings = new LinkedHashMap<>();

    @Option(names = "--default-dialect", paramLabel = "DIALECT", defaultValue = "2020-12",
            converter = DialectConverter.class,
            description = "Dialect of JSON Schema documents without $schema, or whose $schema names no known "
                    + "dialect: draft4, draft6, draft7, 2019-09 or 2020-12 (default: ${DEFAULT-VALUE}).")
    Dialect defaultDialect;

    /**
     * Refuses {@code --map} values that could never resolve a reference, by the catalog's rule
     * ({@link PrefixMappings}): no prefix, a prefix that is no absolute URI, a missing folder.
     *
     * @throws UserInputException naming the mapping
     */
    static void checkMappings(Map<String, Path> mappings) {
        mappings.forEach((prefix, folder) -> PrefixMappings.problem(prefix, folder).ifPresent(problem -> {
            throw new UserInputException("--map " + prefix + "=" + folder + ": " + problem);
        }));
    }

    /** Whether any schema file or folder was given. */
    boolean isEmpty() {
        return schemas.isEmpty();
    }

    /**
     * Loads the catalog: every {@code --schemas} file, every file of every {@code --schemas} folder that
     * no {@code --exclude} glob matches, and {@code extraFiles}.
     *
     * @throws UserInputException when a {@code --schemas} path does not exist or nothing is left to read
     * @throws SchemaInputs.InvalidGlobException naming an {@code --exclude} glob that is not valid glob syntax
     * @throws SchemaException when a document cannot be read or a reference does not resolve
     */
    Catalog build(List<Path> extraFiles) {
        return builder(extraFiles).build();
    }

    /**
     * Loads the catalog like {@link #build}, but hands each unreadable document and unresolvable
     * reference to {@code problems} and returns what did load ({@link Catalog.Builder#buildTolerating}).
     *
     * @throws UserInputException when a {@code --schemas} path does not exist or nothing is left to read
     * @throws SchemaInputs.InvalidGlobException naming an {@code --exclude} glob that is not valid glob syntax
     */
    Catalog buildTolerating(Consumer<Problem> problems) {
        return builder(List.of()).buildTolerating(problems);
    }

    private Catalog.Builder builder(List<Path> extraFiles) {
        SchemaInputs expander = new SchemaInputs(excludes, List.of());
        Catalog.Builder builder = Catalog.builder().defaultDialect(defaultDialect);
        checkMappings(mappings);
        mappings.forEach(builder::map);
        int files = 0;
        for (Path input : schemas) {
            if (Files.isDirectory(input)) {
                builder.root(input);
                List<Path> found;
                try {
                    found = expander.expand(input);
                } catch (IOException | UncheckedIOException e) {
                    throw new UserInputException("cannot read --schemas folder " + input + ": " + e.getMessage());
                }
                found.forEach(builder::input);
                files += found.size();
            } else if (Files.isRegularFile(input)) {
                builder.input(input);
                files++;
            } else {
                throw new UserInputException("--schemas " + input + ": " + FolderFiles.missing(input));
            }
        }
        extraFiles.forEach(builder::input);
        if (files + extraFiles.size() == 0) {
            throw new UserInputException("no schema files (.json, .yaml, .yml) in " + schemas
                    + (excludes.isEmpty() ? "" : " that --exclude leaves"));
        }
        return builder;
    }
}
