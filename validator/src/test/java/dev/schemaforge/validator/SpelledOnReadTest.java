package dev.schemaforge.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** A failing payload's violations are counted at once and written when first read. */
class SpelledOnReadTest {

    private static final Path SCHEMAS = Path.of("../schemas").toAbsolutePath().normalize();
    private static final Path UNKNOWN_PROVIDER = SCHEMAS.resolve("sso/examples/invalid/connection-unknown-provider.json");
    private static final CompiledSchema CONNECTION =
            SchemaValidator.builder().schemas(SCHEMAS).build().schema("sso/connection.schema.json");

    @Test
    void theVerdictAndTheCountNeedNoMessage() throws IOException {
        ValidationResult result = CONNECTION.validate(Files.readString(UNKNOWN_PROVIDER));
        SpelledOnRead violations = (SpelledOnRead) result.violations();

        assertThat(result.valid()).isFalse();
        assertThat(violations.size()).isEqualTo(1);
        assertThat(violations.isSpelled()).isFalse();

        Violation violation = violations.get(0);
        assertThat(violations.isSpelled()).isTrue();
        assertThat(violation.pointer()).isEqualTo("/provider");
        assertThat(violation.line()).isEqualTo(3);
        assertThat(violation.column()).isEqualTo(3);
        assertThat(violation.message()).startsWith("\"OKTAA\" is not one of OKTA, ");
        assertThat(violations.get(0)).isSameAs(violation);
    }

    @Test
    void aTreeResultStaysUnwrittenAndRewrappingKeepsItSo() throws IOException {
        ValidationResult fromTree = CONNECTION.validate(JsonMapper.shared().readTree(UNKNOWN_PROVIDER.toFile()));
        ValidationResult rewrapped = new ValidationResult("again", fromTree.violations());

        assertThat(rewrapped.violations()).isSameAs(fromTree.violations());
        assertThat(((SpelledOnRead) fromTree.violations()).isSpelled()).isFalse();
        assertThat(fromTree.violations()).extracting(Violation::pointer, Violation::line).containsExactly(
                Tuple.tuple("/provider", 0));
    }

    @Test
    void threadsReadingAtOnceSeeTheSameViolations() throws Exception {
        ValidationResult result = CONNECTION.validate(Files.readString(UNKNOWN_PROVIDER));
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Violation>> reads = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                reads.add(pool.submit(() -> {
                    start.await();
                    return result.violations().get(0);
                }));
            }
            start.countDown();
            Violation first = reads.get(0).get();
            for (Future<Violation> read : reads) {
                assertThat(read.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theListCannotBeChanged() throws IOException {
        List<Violation> violations = CONNECTION.validate(Files.readString(UNKNOWN_PROVIDER)).violations();
        assertThatThrownBy(() -> violations.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(violations::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(violations).hasSize(1);
    }

    @Test
    void aWrittenResultHoldsItsViolationsAndNothingElse() throws IOException {
        ValidationResult result = CONNECTION.validate(Files.readString(UNKNOWN_PROVIDER));
        ValidationResult written = result.written();

        assertThat(written.violations()).isNotInstanceOf(SpelledOnRead.class).isEqualTo(result.violations());
        assertThat(written.source()).isEqualTo(result.source());
        assertThat(written.written()).isSameAs(written);
        ValidationResult malformed = CONNECTION.validate("{");
        assertThat(malformed.written()).isSameAs(malformed);
    }
}
