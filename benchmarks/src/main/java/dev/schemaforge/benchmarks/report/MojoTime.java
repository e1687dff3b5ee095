package dev.schemaforge.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time Maven spent in our {@code generate} goal, from a log written with
 * {@code -Dorg.slf4j.simpleLogger.showDateTime=true}: from the goal's {@code --- ...:generate}
 * header to the next {@code ---} line Maven prints after it. That span includes loading the
 * plugin's class realm and configuring the Mojo, which a user waits for too. Prints milliseconds.
 */
public final class MojoTime {

    private static final Pattern LINE = Pattern.compile("^(\\d\\d:\\d\\d:\\d\\d\\.\\d{3}) \\[\\w+\\] (.*)$");

    private MojoTime() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println(millis(Files.readAllLines(Path.of(args[0]))));
    }

    static long millis(List<String> log) {
        LocalTime start = null;
        for (String line : log) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String message = m.group(2);
            if (start == null && message.startsWith("--- ") && message.contains(":generate ")) {
                start = LocalTime.parse(m.group(1));
            } else if (start != null && message.startsWith("---")) {
                return Duration.between(start, LocalTime.parse(m.group(1))).toMillis();
            }
        }
        throw new IllegalArgumentException("no timed generate goal in the log");
    }
}
