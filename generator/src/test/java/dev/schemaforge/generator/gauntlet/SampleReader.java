package dev.schemaforge.generator.gauntlet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.schemaforge.catalog.DocumentReader;
import dev.schemaforge.catalog.SchemaException;

/**
 * Reads corpus payload files into the JSON data model: JSON as JSON, every document of a YAML file
 * as its own sample, TOML as skipped. Floats are kept as {@code BigDecimal}, so the original a
 * round-trip is compared with has lost no digits. YAML is read as {@code schemaforge validate} reads
 * it (the catalog's {@link DocumentReader}: YAML 1.2's core schema, aliases as their anchored values),
 * so a sample means the same here as to the validator that judges it.
 */
final class SampleReader {

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private final DocumentReader yaml = new DocumentReader();

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
        } catch (SchemaException e) {
            return List.of(new Sample(id, null, null, e.problems().get(0).message()));
        }
        String kind = name.endsWith(".toml") ? "TOML" : "not JSON or YAML";
        return List.of(new Sample(id, null, kind, null));
    }

    /** Document n (from 1) of a multi-document file is {@code id#n}; a single document is just {@code id}. */
    private List<Sample> readYaml(Path file, String id) {
        List<DocumentReader.Parsed> documents;
        try {
            documents = yaml.readDocuments(file, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (documents.size() == 1) {
            return List.of(Sample.of(id, documents.get(0).root()));
        }
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            samples.add(Sample.of(id + "#" + (i + 1), documents.get(i).root()));
        }
        return samples;
    }

    /** The first line of an exception's message, without Jackson's source excerpt. */
    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").replaceAll(" at \\[Source: .*", "").strip();
    }
}
