package dev.schemaforge.generator.gauntlet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The gauntlet units (or, in {@value #ROUNDTRIP_RESOURCE}, the payloads) known to fail, each with its
 * reason, read from {@value #RESOURCE}: one {@code <id> :: <reason>} per line; blank lines and
 * {@code #} lines are ignored. A line without a reason, or naming an id twice, is an error.
 */
final class KnownFailures {

    static final String RESOURCE = "gauntlet/known-failures.txt";
    static final String SOURCE = source(RESOURCE);
    static final String ROUNDTRIP_RESOURCE = "gauntlet/roundtrip-known-failures.txt";
    static final String ROUNDTRIP_SOURCE = source(ROUNDTRIP_RESOURCE);
    static final String SEPARATOR = " :: ";

    record Entry(String id, String reason, int line) {
    }

    private final Map<String, Entry> entries;

    private KnownFailures(Map<String, Entry> entries) {
        this.entries = entries;
    }

    static KnownFailures load() {
        return load(RESOURCE);
    }

    /** The list in the test resource {@code resource}. */
    static KnownFailures load(String resource) {
        InputStream in = KnownFailures.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the test classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader.lines().toList(), source(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path of a test resource from the repository root, for messages. */
    static String source(String resource) {
        return "generator/src/test/resources/" + resource;
    }

    static KnownFailures parse(List<String> lines, String source) {
        Map<String, Entry> entries = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int separator = line.indexOf(SEPARATOR);
            String reason = separator < 0 ? "" : line.substring(separator + SEPARATOR.length()).strip();
            if (reason.isEmpty()) {
                problems.add(source + ":" + (i + 1) + ": needs \"<id>" + SEPARATOR + "<reason>\"");
                continue;
            }
            String id = line.substring(0, separator).strip();
            Entry previous = entries.putIfAbsent(id, new Entry(id, reason, i + 1));
            if (previous != null) {
                problems.add(source + ":" + (i + 1) + ": " + id + " is already listed on line " + previous.line());
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

    List<Entry> entries() {
        return List.copyOf(entries.values());
    }
}
