package dev.schemaforge.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deep but finite work, on a caller's thread whose stack it overflows: a payload nested as deep as
 * the reader allows, a long string checked as a regular expression, a {@code pattern} of thousands of
 * nested groups. Before, each overflow was reported as a schema that "never ends", or as an internal
 * error, and the command line stopped at that payload.
 */
class DeepStackTest {

    /**
     * Half a default thread's 1 MB: enough for reading the payloads below, too little for networknt
     * to check them, so that the first attempt overflows on any JVM.
     */
    private static final long SMALL_STACK = 512 * 1024;

    @TempDir
    Path folder;

    /** {@code work} on a thread of its own with {@link #SMALL_STACK}, as some callers' threads have. */
    private static <T> T onSmallStack(Supplier<T> work) throws InterruptedException, ExecutionException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "small-stack", SMALL_STACK);
        thread.start();
        return result.get();
    }

    @Test
    void aPayloadNestedAsDeepAsTheReaderAllowsIsCheckedAndItsViolationFound() throws Exception {
        // each level steps into the payload: a tree, not a loop
        Files.writeString(folder.resolve("tree.json"),
                "{\"anyOf\": [{\"type\": \"integer\"}, {\"type\": \"array\", \"items\": {\"$ref\": \"#\"}}]}");
        CompiledSchema tree = SchemaValidator.builder().schemas(folder).build().schema("tree.json");
        String deep = "[".repeat(900) + "1" + "]".repeat(900);
        String deepWithString = "[".repeat(900) + "\"x\"" + "]".repeat(900);

        assertThat(onSmallStack(() -> tree.validate(deep)).valid()).isTrue();
        // read on the small stack too
        List<Violation> violations = onSmallStack(() -> List.copyOf(tree.validate(deepWithString).violations()));
        assertThat(violations.get(0).message()).startsWith("matches none of the 2 anyOf alternatives");
        Violation deepest = violations.get(violations.size() - 1);
        assertThat(deepest.pointer()).isEqualTo("/0".repeat(900));
        assertThat(deepest.line() + ":" + deepest.column()).isEqualTo("1:901");
    }

    @Test
    void aLongStringCheckedAsARegularExpressionIsTheStringsViolation() throws Exception {
        Files.writeString(folder.resolve("regex.json"), "{\"format\": \"regex\"}");
        CompiledSchema regex = SchemaValidator.builder().schemas(folder).build().schema("regex.json");

        ValidationResult result = onSmallStack(() -> regex.validate("\"" + "(".repeat(5_000) + "\""));

        assertThat(result.violations()).singleElement().extracting(Violation::keyword).isEqualTo("format");
    }

    @Test
    void aPatternOfThousandsOfNestedGroupsCompilesAndApplies() throws Exception {
        String pattern = "(".repeat(3_000) + "a" + ")".repeat(3_000);
        Files.writeString(folder.resolve("pattern.json"), "{\"pattern\": \"^" + pattern + "$\"}");
        SchemaValidator validator = SchemaValidator.builder().schemas(folder).build();

        CompiledSchema schema = onSmallStack(() -> validator.schema("pattern.json"));

        assertThat(schema.validate("\"a\"").valid()).isTrue();
        assertThat(schema.validate("\"b\"").valid()).isFalse();
    }
}
