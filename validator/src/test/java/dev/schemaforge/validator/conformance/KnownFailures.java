package dev.schemaforge.validator.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The suite cases we know fail, each with the reason, read from {@value #RESOURCE}: one
 * {@code <case id> :: <reason>} per line; blank lines and lines starting with {@code #} are ignored.
 * A line without a reason, or naming a case twice, is an error: the list is a record of decisions.
 */
final class KnownFailures {

    /** The classpath resource, in {@code validator/src/test/resources}. */
    static final String RESOURCE = "conformance/known-failures.txt";

    /** Where a person edits the list, from the repository root. */
    static final String SOURCE = "validator/src/test/resources/" + RESOURCE;

    static final String SEPARATOR = " :: ";

    /** A listed case: its id, why it fails, and the line that says so. */
    record Entry(String id, String reason, int line) {
    }

    private final Map<String, Entry> entries;

    private KnownFailures(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    static KnownFailures load() {
        InputStream in = KnownFailures.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is not on the test classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static KnownFailures parse(List<String> lines) {
        Map<String, Entry> entries = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int separator = line.indexOf(SEPARATOR);
            String reason = separator < 0 ? "" : line.substring(separator + SEPARATOR.length()).strip();
            if (reason.isEmpty()) {
                problems.add(SOURCE + ":" + number + ": needs \"<case id>" + SEPARATOR + "<reason>\"");
                continue;
            }
            String id = line.substring(0, separator).strip();
            Entry previous = entries.putIfAbsent(id, new Entry(id, reason, number));
            if (previous != null) {
                problems.add(SOURCE + ":" + number + ": " + id + " is already listed on line " + previous.line());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return new KnownFailures(entries);
    }

    Optional<Entry> find(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** Every entry, sorted by id. */
    List<Entry> entries() {
        return List.copyOf(entries.values());
    }
}
