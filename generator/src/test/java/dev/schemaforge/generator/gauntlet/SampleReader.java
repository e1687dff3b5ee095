package dev.schemaforge.generator.gauntlet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads corpus payload files into the JSON data model: JSON as JSON, every document of a YAML file
 * as its own sample, TOML as skipped. Floats are kept as {@code BigDecimal}, so the original a
 * round-trip is compared with has lost no digits.
 */
final class SampleReader {

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    /** Reads one document at a time from a parser: the next document is not a "trailing token". */
    private final YAMLMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /** Every sample file directly in {@code folder}, sorted by name; none when the folder is absent. */
    List<Sample> readFolder(Path folder, String idPrefix) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Sample> samples = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                samples.addAll(read(file, idPrefix + file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return samples;
    }

    /** One JSON file as a tree. */
    JsonNode readJson(Path file) {
        return json.readTree(file);
    }

    /** The samples of one file: one for JSON, one per document for YAML, one skipped for anything else. */
    List<Sample> read(Path file, String id) {
        String name = file.getFileName().toString();
        try {
            if (name.endsWith(".json")) {
                return List.of(Sample.of(id, json.readTree(file)));
            }
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                return readYaml(file, id);
            }
        } catch (JacksonException e) {
            return List.of(new Sample(id, null, null, firstLine(e)));
        }
        String kind = name.endsWith(".toml") ? "TOML" : "not JSON or YAML";
        return List.of(new Sample(id, null, kind, null));
    }

    /**
     * Document n (from 1) of a multi-document file is {@code id#n}; a single document is just {@code id}.
     * Read document by document from the parser: {@code readValues} would split a top-level list into items.
     */
    private List<Sample> readYaml(Path file, String id) {
        List<JsonNode> documents = new ArrayList<>();
        try (JsonParser parser = yaml.createParser(file)) {
            while (parser.nextToken() != null) {
                documents.add(yaml.readTree(parser));
            }
        }
        if (documents.size() == 1) {
            return List.of(Sample.of(id, documents.get(0)));
        }
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            samples.add(Sample.of(id + "#" + (i + 1), documents.get(i)));
        }
        return samples;
    }

    /** The first line of an exception's message, without Jackson's source excerpt. */
    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").replaceAll(" at \\[Source: .*", "").strip();
    }
}
