package dev.schemaforge.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.schemaforge.catalog.Dialect;
import dev.schemaforge.catalog.PrefixMappings;
import dev.schemaforge.generator.GenerationRequest;
import dev.schemaforge.generator.JacksonVersion;

/**
 * The {@code generate} goal's parameters as plain values, and their translation into one
 * {@link GenerationRequest}. Every value the generator rejects comes back as an
 * {@link InvalidParameterException} naming the parameter, never as a bare runtime exception.
 *
 * @param sourceDirectory the folder the schemas are selected from; {@code $ref}s may reach anything below it
 * @param packageName the Java package of the generated types
 * @param outputDirectory where {@code .java} files go
 * @param resourceOutputDirectory where the type index goes
 * @param jackson {@code 2} or {@code 3}
 * @param builders whether records get a nested builder
 * @param defaultDialect the dialect of JSON Schema documents without {@code $schema}
 * @param mappings remote URI prefix to local folder
 */
record GenerateParameters(Path sourceDirectory, String packageName, Path outputDirectory,
        Path resourceOutputDirectory, String jackson, boolean builders, String defaultDialect,
        Map<String, Path> mappings) {

    /** Builder options whose messages the generator words with its own names, and the POM names for them. */
    private static final List<Map.Entry<String, String>> PARAMETER_OF_OPTION = List.of(
            Map.entry("packageName", "packageName"),
            Map.entry("resourceOutput", "resourceOutputDirectory"),
            Map.entry("sourceOutput", "outputDirectory"),
            Map.entry("schema inputs", "includes"));

    GenerateParameters {
        mappings = mappings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(mappings));
    }

    /**
     * The folders {@link #toRequest} makes the request's roots and mapped folders: {@code $ref}s may
     * reach any file in them, so a change to any of those files may change the output.
     */
    List<Path> trackedFolders() {
        List<Path> folders = new ArrayList<>();
        folders.add(sourceDirectory);
        for (Path folder : mappings.values()) {
            if (folder != null) {
                folders.add(folder);
            }
        }
        return folders;
    }

    /**
     * Every parameter as given, for the up-to-date check: the same text means the same request,
     * without building (and checking) one. Each value is prefixed with its length, so no two
     * configurations share a text. Built without {@code +}, as it is on the no-op path.
     */
    String settings() {
        StringBuilder text = new StringBuilder();
        value(text, "sourceDirectory", sourceDirectory);
        value(text, "packageName", packageName);
        value(text, "outputDirectory", outputDirectory);
        value(text, "resourceOutputDirectory", resourceOutputDirectory);
        value(text, "jackson", jackson);
        value(text, "builders", builders);
        value(text, "defaultDialect", defaultDialect);
        for (Map.Entry<String, Path> mapping : mappings.entrySet()) {
            value(text, "mappingPrefix", mapping.getKey());
            value(text, "mappingFolder", mapping.getValue());
        }
        return text.toString();
    }

    private static void value(StringBuilder text, String name, Object value) {
        String shown = String.valueOf(value);
        text.append(name).append('=').append(shown.length()).append(':').append(shown).append('\n');
    }

    /** The request for the selected {@code inputs}, which must not be empty. */
    GenerationRequest toRequest(List<Path> inputs) {
        JacksonVersion jacksonVersion = parse("jackson", jackson, () -> JacksonVersion.parse(jackson));
        Dialect dialect = parse("defaultDialect", defaultDialect, () -> Dialect.parse(defaultDialect)
                .orElseThrow(() -> new IllegalArgumentException("\"" + defaultDialect
                        + "\" is not a known dialect; use one of " + Arrays.stream(Dialect.values())
                                .map(Dialect::shortName).toList())));
        GenerationRequest.Builder builder = GenerationRequest.builder()
                .inputs(inputs)
                .root(sourceDirectory)
                .packageName(packageName)
                .sourceOutput(outputDirectory)
                .resourceOutput(resourceOutputDirectory)
                .jackson(jacksonVersion)
                .builders(builders)
                .defaultDialect(dialect);
        mappings.forEach((prefix, folder) -> {
            PrefixMappings.problem(prefix, folder).ifPresent(problem -> {
                throw new InvalidParameterException("mappings", "<mapping><prefix>" + (prefix == null ? "" : prefix)
                        + "</prefix><folder>" + (folder == null ? "" : folder) + "</folder></mapping>: " + problem);
            });
            builder.map(prefix, folder);
        });
        try {
            return builder.build();
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new InvalidParameterException(parameterNamedIn(e.getMessage()), e.getMessage(), e);
        }
    }

    private static <T> T parse(String parameter, String value, Supplier<T> parser) {
        if (value == null || value.isBlank()) {
            throw new InvalidParameterException(parameter, "a value is required");
        }
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(parameter, e.getMessage(), e);
        }
    }

    private static String parameterNamedIn(String message) {
        String text = String.valueOf(message);
        return PARAMETER_OF_OPTION.stream()
                .filter(option -> text.contains(option.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("configuration");
    }
}
