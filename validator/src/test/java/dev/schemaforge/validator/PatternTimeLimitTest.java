package dev.schemaforge.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.schemaforge.catalog.Problem;
import dev.schemaforge.catalog.SchemaException;

import tools.jackson.databind.json.JsonMapper;

/**
 * A regular expression that backtracks without end on a value, {@code ^(a+)+$} on {@code "aaaa…!"}:
 * before, checking such a payload never ended (networknt's Joni search has no time limit). Now the
 * match is stopped after the limit, and the check ends in a schema error at the pattern that names
 * the payload's value. The limit here is small, so that each stopped match ends quickly.
 */
class PatternTimeLimitTest {

    private static final Duration SMALL_LIMIT = Duration.ofMillis(50);
    /** Enough for the pattern below never to finish (about 2^40 steps). */
    private static final String CATASTROPHIC = "a".repeat(40) + "!";

    @TempDir
    static Path folder;

    private static SchemaValidator validator;

    @BeforeAll
    static void schemas() throws IOException {
        Files.writeString(folder.resolve("pattern.json"), """
                {"type": "object",
                 "properties": {
                   "id": {"type": "string"},
                   "name": {"type": "string", "pattern": "^(a+)+$"}}}
                """);
        Files.writeString(folder.resolve("names.json"), """
                {"type": "object",
                 "patternProperties": {"^(a+)+$": {"type": "integer"}},
                 "additionalProperties": false}
                """);
        validator = SchemaValidator.builder().schemas(folder).patternTimeLimit(SMALL_LIMIT).build();
    }

    @Test
    void aPatternThatRunsTooLongIsASchemaErrorAtThePatternNamingTheValue() {
        CompiledSchema schema = validator.schema("pattern.json");

        SchemaException e = catchThrowableOfType(SchemaException.class,
                () -> schema.validate("{\"id\": \"x\",\n \"name\": \"" + CATASTROPHIC + "\"}"));

        assertThat(e).isNotNull();
        Problem problem = e.problems().get(0);
        assertThat(problem.location().file().getFileName()).hasToString("pattern.json");
        assertThat(problem.location().line() + ":" + problem.location().column()).isEqualTo("4:31");
        assertThat(problem.pointer()).isEqualTo("/properties/name/pattern");
        assertThat(problem.message()).isEqualTo("the regular expression \"^(a+)+$\" took longer than 0.05 s on"
                + " /name in <string>:2:2 and was stopped: it backtracks too much on such a value (as nested"
                + " repetition like (a+)+ does on \"aaaa…!\"); rewrite it so that each part of a value can match in"
                + " only one way");
    }

    /** Before, networknt logged "Failed to apply pattern" at ERROR for each stopped match, besides the exception. */
    @Test
    void aStoppedMatchIsReportedOnceAsTheSchemaErrorAndNotLoggedAsAnErrorToo() {
        CompiledSchema schema = validator.schema("pattern.json");
        RecordingLogs.clear();

        SchemaException e = catchThrowableOfType(SchemaException.class,
                () -> schema.validate("{\"name\": \"" + CATASTROPHIC + "\"}"));

        assertThat(e).isNotNull();
        assertThat(RecordingLogs.recorded()).isEmpty();
    }

    @Test
    void anNdjsonRecordIsNamedAtItsLineInTheFile() {
        CompiledSchema schema = validator.schema("pattern.json");
        byte[] record = ("{\"name\": \"" + CATASTROPHIC + "\"}").getBytes(StandardCharsets.UTF_8);

        SchemaException e = catchThrowableOfType(SchemaException.class,
                () -> schema.validateRecord(record, "events.ndjson", 7));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains(" on /name in events.ndjson:7:2 and was stopped");
    }

    @Test
    void aPayloadFileIsNamedAndTheValidatorGoesOnCheckingOtherPayloads() throws IOException {
        CompiledSchema schema = validator.schema("pattern.json");
        Path payload = Files.writeString(folder.resolve("payload.json"), "{\"name\": \"" + CATASTROPHIC + "\"}\n");

        SchemaException e = catchThrowableOfType(SchemaException.class, () -> schema.validate(payload));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains(" on /name in " + payload + ":1:2 and was stopped");
        assertThat(schema.validate("{\"name\": \"aaaa\"}").valid()).as("a short value still matches").isTrue();
        assertThat(schema.validate("{\"name\": \"aaab\"}").violations()).extracting(Violation::keyword)
                .containsExactly("pattern");
    }

    @Test
    void aPatternPropertiesKeyThatRunsTooLongOnAMemberNameIsReportedAtThatKey() {
        CompiledSchema schema = validator.schema("names.json");

        SchemaException e = catchThrowableOfType(SchemaException.class,
                () -> schema.validate("{\"ok\": 1,\n \"" + CATASTROPHIC + "\": 2}"));

        assertThat(e).isNotNull();
        Problem problem = e.problems().get(0);
        assertThat(problem.pointer()).isEqualTo("/patternProperties/^(a+)+$");
        assertThat(problem.location().line() + ":" + problem.location().column()).isEqualTo("2:24");
        assertThat(problem.message()).contains(" on /" + CATASTROPHIC + " in <string>:2:2 and was stopped");
    }

    @Test
    void aTreeHasNoLinesSoTheValueIsNamedByItsPointer() {
        CompiledSchema schema = validator.schema("pattern.json");

        SchemaException e = catchThrowableOfType(SchemaException.class, () -> schema.validate(
                JsonMapper.builder().build().readTree("{\"name\": \"" + CATASTROPHIC + "\"}")));

        assertThat(e).isNotNull();
        assertThat(e.problems().get(0).pointer()).isEqualTo("/properties/name/pattern");
        assertThat(e.getMessage()).contains(" on /name in <tree> and was stopped");
    }

    @Test
    void theLimitIsTwoSecondsUnlessSetAndMustBePositive() {
        assertThat(SchemaValidator.builder().schemas(folder).build().patternTimeLimit()).hasSeconds(2);
        assertThatThrownBy(() -> SchemaValidator.builder().patternTimeLimit(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
