package dev.schemaforge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.schemaforge.catalog.FolderFiles;
import dev.schemaforge.validator.CompiledSchema;
import dev.schemaforge.validator.ValidationResult;
import dev.schemaforge.validator.Violation;

/**
 * Reads payloads and checks them against one schema. A payload that cannot be read becomes a result
 * with one {@code syntax} violation, like a malformed one, so a run always checks every payload.
 * With NDJSON, every non-blank line is one payload, and every document of a YAML stream is one; its
 * result is named by the file and its violations carry the file's line number, so editors and CI
 * annotations land on the record.
 */
final class PayloadValidation {

    private final CompiledSchema schema;
    private final boolean ndjson;
    private final InputStream stdin;

    PayloadValidation(CompiledSchema schema, boolean ndjson, InputStream stdin) {
        this.schema = schema;
        this.ndjson = ndjson;
        this.stdin = stdin;
    }

    /**
     * One result per payload: one per document (a YAML stream may hold several), one per record of an
     * NDJSON input. Each is written out at once: the report comes after the last payload, and an
     * unread result keeps its payload's tree.
     */
    List<ValidationResult> validate(PayloadInputs.Payload payload) {
        byte[] bytes;
        try {
            bytes = payload.file() == null ? stdin.readAllBytes() : Files.readAllBytes(payload.file());
        } catch (IOException e) {
            String why = FolderFiles.unreadable(payload.file(), e);
            return List.of(unreadable(payload.source(),
                    e instanceof NoSuchFileException ? why : "cannot read the payload: " + why));
        }
        return ndjson ? records(payload.source(), bytes)
                : schema.validateDocuments(bytes, payload.source()).stream().map(ValidationResult::written).toList();
    }

    private List<ValidationResult> records(String source, byte[] bytes) {
        List<ValidationResult> results = new ArrayList<>();
        int start = 0;
        int line = 1;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int contentEnd = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            byte[] record = Arrays.copyOfRange(bytes, start, contentEnd);
            if (!isBlank(record)) {
                results.add(schema.validateRecord(record, source, line));
            }
            start = end + 1;
            line++;
        }
        return results;
    }

    private static boolean isBlank(byte[] record) {
        for (byte b : record) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static ValidationResult unreadable(String source, String message) {
        return new ValidationResult(source, List.of(new Violation("", 0, 0, CompiledSchema.SYNTAX, message, null)));
    }
}
