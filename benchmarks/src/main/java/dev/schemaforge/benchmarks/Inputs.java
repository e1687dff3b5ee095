package dev.schemaforge.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the measured documents are: this checkout ({@code schemaforge.root}, default the working
 * folder) and the shared corpus ({@code schemaforge.corpus}, default {@code ../shared/corpus} of
 * the checkout), read in place, never copied.
 */
public final class Inputs {

    /** The SchemaStore schemas measured: self-contained (no remote {@code $ref}), with JSON tests. */
    public static final List<String> SCHEMASTORE_SAMPLE = List.of("babelrc", "bower", "codecov", "commitlintrc",
            "dependabot-2.0", "github-action", "github-funding", "global", "jsconfig", "launchsettings", "nodemon",
            "travis");

    private Inputs() {
    }

    public static Path root() {
        return Path.of(System.getProperty("schemaforge.root", ".")).toAbsolutePath().normalize();
    }

    public static Path corpus() {
        String configured = System.getProperty("schemaforge.corpus");
        Path corpus = configured == null ? root().resolve("../shared/corpus") : Path.of(configured);
        corpus = corpus.toAbsolutePath().normalize();
        if (!Files.isDirectory(corpus)) {
            throw new IllegalStateException("no corpus at " + corpus + "; set -Dschemaforge.corpus=DIR");
        }
        return corpus;
    }

    public static Path schemas() {
        return root().resolve("schemas");
    }

    public static Path ssoConnection() {
        return schemas().resolve("sso/connection.schema.json");
    }

    public static Path ssoStytch() {
        return schemas().resolve("sso/stytch-sso.openapi.yaml");
    }

    public static Path schemaStoreSchemas() {
        return corpus().resolve("schemastore/schemas");
    }

    public static List<Path> schemaStoreSample() {
        return SCHEMASTORE_SAMPLE.stream().map(name -> schemaStoreSchemas().resolve(name + ".json")).toList();
    }

    /** The JSON payloads SchemaStore keeps for one schema, sorted: its tests, then its negative tests. */
    public static List<Path> schemaStoreTests(String name) {
        List<Path> payloads = new java.util.ArrayList<>();
        for (String kind : List.of("test", "negative_test")) {
            Path folder = corpus().resolve("schemastore").resolve(kind).resolve(name);
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().forEach(payloads::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return payloads;
    }

    /** Every file below a folder with the given suffix, sorted. */
    public static List<Path> filesBelow(Path folder, String suffix) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
