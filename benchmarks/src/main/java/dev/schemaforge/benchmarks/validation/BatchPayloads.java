package dev.schemaforge.benchmarks.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.schemaforge.benchmarks.Inputs;

/**
 * Writes {@code COUNT} payload files for the CLI batch run: {@code BatchPayloads FOLDER COUNT}.
 * They are copies of the contract's valid {@code connection-*.json} examples, taken in turn, so
 * every one must pass against {@code sso/connection.schema.json}.
 */
public final class BatchPayloads {

    private BatchPayloads() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        List<Path> examples = Inputs.filesBelow(Inputs.schemas().resolve("sso/examples/valid"), ".json").stream()
                .filter(p -> p.getFileName().toString().startsWith("connection-")).toList();
        Files.createDirectories(folder);
        for (int i = 0; i < count; i++) {
            Files.copy(examples.get(i % examples.size()), folder.resolve(String.format("payload-%04d.json", i)),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
