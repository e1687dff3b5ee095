package dev.schemaforge.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.schemaforge.catalog.FolderFiles;

/**
 * Turns the payload arguments of {@code validate} into the payloads to check, in order: a file as
 * given (whatever its extension), {@code -} for standard input, and a folder as every payload file
 * below it sorted by relative path ({@link FolderFiles}). A path that does not exist stays in the
 * list, as does a broken symbolic link in a folder, so that it is reported like any unreadable payload
 * and the run goes on.
 */
final class PayloadInputs {

    /** The argument that stands for standard input. */
    static final String STDIN = "-";
    /** How standard input is named in reports. */
    static final String STDIN_SOURCE = "<stdin>";

    private static final Set<String> NDJSON_EXTENSIONS = Set.of(".ndjson", ".jsonl", ".json");

    /**
     * One payload to check.
     *
     * @param source how reports name it: the path as given or found, or {@value #STDIN_SOURCE}
     * @param file the file to read, or null for standard input
     */
    record Payload(String source, Path file) {
    }

    private PayloadInputs() {
    }

    /**
     * Expands the arguments; with {@code ndjson}, folders contribute {@code .ndjson}, {@code .jsonl} and
     * {@code .json} files instead of {@code .json}, {@code .yaml} and {@code .yml}.
     *
     * @throws IOException when a folder cannot be listed
     */
    static List<Payload> expand(List<String> arguments, boolean ndjson) throws IOException {
        List<Payload> payloads = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals(STDIN)) {
                payloads.add(new Payload(STDIN_SOURCE, null));
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                for (Path file : FolderFiles.below(path, ndjson ? NDJSON_EXTENSIONS : FolderFiles.JSON_AND_YAML)) {
                    payloads.add(new Payload(file.toString(), file));
                }
            } else {
                payloads.add(new Payload(argument, path));
            }
        }
        return payloads;
    }
}
