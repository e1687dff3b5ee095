package dev.schemaforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemaforge.cli.PayloadInputs.Payload;

class PayloadInputsTest {

    @TempDir
    Path folder;

    @Test
    void foldersExpandToPayloadFilesSortedByRelativePathBetweenFilesAndStdinAsGiven() throws IOException {
        touch("b.yaml", "a/z.json", "a/y.YML", "notes.txt", "c.json", "d.ndjson");

        List<Payload> payloads = PayloadInputs.expand(List.of("given.txt", folder.toString(), "-"), false);

        assertThat(payloads).containsExactly(
                new Payload("given.txt", Path.of("given.txt")),
                file("a/y.YML"), file("a/z.json"), file("b.yaml"), file("c.json"),
                new Payload(PayloadInputs.STDIN_SOURCE, null));
    }

    @Test
    void withNdjsonFoldersContributeLineDelimitedFiles() throws IOException {
        touch("b.yaml", "a.jsonl", "c.json", "d.NDJSON");

        List<Payload> payloads = PayloadInputs.expand(List.of(folder.toString()), true);

        assertThat(payloads).containsExactly(file("a.jsonl"), file("c.json"), file("d.NDJSON"));
    }

    @Test
    void aPathThatDoesNotExistIsKeptSoItCanBeReported() throws IOException {
        assertThat(PayloadInputs.expand(List.of("no/such.json"), false))
                .containsExactly(new Payload("no/such.json", Path.of("no/such.json")));
    }

    private void touch(String... relativePaths) throws IOException {
        for (String relative : relativePaths) {
            Path file = folder.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "{}");
        }
    }

    private Payload file(String relative) {
        Path path = folder.resolve(relative);
        return new Payload(path.toString(), path);
    }
}
