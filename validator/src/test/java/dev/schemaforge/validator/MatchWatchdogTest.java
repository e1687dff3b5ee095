package dev.schemaforge.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.jcodings.specific.UTF8Encoding;
import org.joni.Matcher;
import org.joni.Option;
import org.joni.Regex;
import org.junit.jupiter.api.Test;

/**
 * The watchdog stops a search that outlives its allowance, never sooner, each search on its own
 * allowance, and leaves no thread behind when nothing is searched.
 */
class MatchWatchdogTest {

    /** Backtracks about 2^40 times on {@link #NEVER_ENDS}: the search does not end by itself. */
    private static final Regex NESTED = regex("^(a+)+$");
    private static final byte[] NEVER_ENDS = ("a".repeat(40) + "!").getBytes(StandardCharsets.US_ASCII);
    private static final long LONG_ENOUGH = TimeUnit.SECONDS.toNanos(30);

    @Test
    void aSearchThatRunsTooLongIsStoppedButNotBeforeItsAllowance() {
        long allowed = TimeUnit.MILLISECONDS.toNanos(40);
        long start = System.nanoTime();

        int found = MatchWatchdog.search(matcher(NESTED, NEVER_ENDS), NEVER_ENDS.length, allowed);

        assertThat(found).isEqualTo(Matcher.INTERRUPTED);
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(allowed);
    }

    @Test
    void aSearchWithinItsAllowanceAnswersAsJoniDoes() {
        Regex word = regex("b+");
        byte[] abbc = "abbc".getBytes(StandardCharsets.US_ASCII);
        byte[] ac = "ac".getBytes(StandardCharsets.US_ASCII);

        assertThat(MatchWatchdog.search(matcher(word, abbc), abbc.length, LONG_ENOUGH)).isEqualTo(1);
        assertThat(MatchWatchdog.search(matcher(word, ac), ac.length, LONG_ENOUGH)).isEqualTo(Matcher.FAILED);
    }

    @Test
    void eachSearchIsHeldToItsOwnAllowance() throws Exception {
        // A Joni matcher borrows the backtracking stack of the thread that makes it: make it where it runs.
        CompletableFuture<Matcher> patient = new CompletableFuture<>();
        CompletableFuture<Integer> patientSearch = CompletableFuture.supplyAsync(() -> {
            patient.complete(matcher(NESTED, NEVER_ENDS));
            return MatchWatchdog.search(patient.join(), NEVER_ENDS.length, LONG_ENOUGH);
        });
        patient.get(10, TimeUnit.SECONDS);

        int hasty = MatchWatchdog.search(matcher(NESTED, NEVER_ENDS), NEVER_ENDS.length,
                TimeUnit.MILLISECONDS.toNanos(20));

        assertThat(hasty).isEqualTo(Matcher.INTERRUPTED);
        assertThat(patientSearch).as("the search with 30 s to go still runs").isNotDone();
        patient.join().interrupt();
        assertThat(patientSearch.get(10, TimeUnit.SECONDS)).isEqualTo(Matcher.INTERRUPTED);
    }

    @Test
    void aStoppedSearchLeavesTheThreadInterruptedWhenItWasBefore() {
        Thread.currentThread().interrupt();

        int found = MatchWatchdog.search(matcher(NESTED, NEVER_ENDS), NEVER_ENDS.length,
                TimeUnit.MILLISECONDS.toNanos(20));

        assertThat(found).isEqualTo(Matcher.INTERRUPTED);
        assertThat(Thread.interrupted()).as("interrupted still, as before the search").isTrue();
    }

    @Test
    void theWatchingThreadEndsWhenNothingIsSearchedAndComesBackForTheNextSearch() throws InterruptedException {
        // stopped, so a watchdog saw it running a moment ago and has its idle second still ahead
        MatchWatchdog.search(matcher(NESTED, NEVER_ENDS), NEVER_ENDS.length, TimeUnit.MILLISECONDS.toNanos(20));
        assertThat(watchdogThreadAlive()).isTrue();

        long idle = MatchWatchdog.ROUND_NANOS * MatchWatchdog.IDLE_ROUNDS;
        long giveUp = System.nanoTime() + 10 * idle;
        while (watchdogThreadAlive() && System.nanoTime() < giveUp) {
            Thread.sleep(Duration.ofNanos(MatchWatchdog.ROUND_NANOS).toMillis());
        }
        assertThat(watchdogThreadAlive()).as("a watchdog thread after %s ms without a search", 10 * idle / 1_000_000)
                .isFalse();
        assertThat(MatchWatchdog.watching()).isFalse();

        int found = MatchWatchdog.search(matcher(NESTED, NEVER_ENDS), NEVER_ENDS.length,
                TimeUnit.MILLISECONDS.toNanos(20));
        assertThat(found).as("stopped by a new watchdog").isEqualTo(Matcher.INTERRUPTED);
    }

    private static boolean watchdogThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals("schemaforge-pattern-watchdog") && thread.isAlive());
    }

    private static Regex regex(String pattern) {
        byte[] bytes = pattern.getBytes(StandardCharsets.US_ASCII);
        return new Regex(bytes, 0, bytes.length, Option.NONE, UTF8Encoding.INSTANCE);
    }

    private static Matcher matcher(Regex regex, byte[] value) {
        return regex.matcher(value, 0, value.length);
    }
}
