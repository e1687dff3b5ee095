package dev.schemaforge.benchmarks.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;

import dev.schemaforge.validator.Violation;

/**
 * Our validator's overhead over networknt, measured in pairs: both run in one JVM, taking turns in
 * short slices, and each slice of ours is compared with the neighbouring slice of theirs.
 *
 * <p>Why not only JMH: on a shared host the throughput of one unchanged piece of code swings far
 * more than the 10% being judged (networknt on the Stripe set, tree input, one JMH fork: 114 to
 * 819 ops/s from one 2 s iteration to the next, with no garbage collection in between). Such swings
 * come from outside the JVM and last seconds, so a ratio of slices taken a fraction of a second
 * apart cancels them, where the ratio of two JMH forks minutes apart does not. Ours calls networknt
 * for the verdict, so both sides also share the JIT's view of networknt's and Jackson's code.
 *
 * <p>The plain operations read only how many violations each payload has: networknt writes an
 * error's message when asked for it, and ours writes its violations when they are first read. Where a
 * set has failing payloads, two more inputs, {@code text+read} and {@code tree+read}, also read every
 * violation's message and place on both sides: networknt's message and instance location, ours'
 * message, pointer and line (from text, found in the payload).
 *
 * <p>Prints one tab-separated line per set and input: set, input, median ops/s of ours, of theirs,
 * the median of the per-pair overheads (theirs / ours - 1), and the number of pairs.
 *
 * <pre>PairedValidation WARMUP_SECONDS PAIRS SLICE_MILLIS SET...</pre>
 */
public final class PairedValidation {

    private PairedValidation() {
    }

    /** Keeps results reachable so that the JIT cannot drop the work. */
    private static volatile int sink;

    public static void main(String[] args) {
        double warmupSeconds = Double.parseDouble(args[0]);
        int pairs = Integer.parseInt(args[1]);
        long sliceNanos = Long.parseLong(args[2]) * 1_000_000L;
        for (String set : Arrays.asList(args).subList(3, args.length)) {
            List<PayloadCase> cases = PayloadSet.loadAgreed(set);
            boolean anyFailing = cases.stream().anyMatch(c -> !c.valid());
            for (String input : anyFailing ? List.of("text", "tree", "text+read", "tree+read") : List.of("text", "tree")) {
                boolean read = input.endsWith("+read");
                Runnable ours = input.startsWith("text") ? () -> oursText(cases, read) : () -> oursTree(cases, read);
                Runnable theirs = input.startsWith("text") ? () -> theirsText(cases, read) : () -> theirsTree(cases, read);
                System.out.println(set + "\t" + input + "\t" + measure(ours, theirs, warmupSeconds, pairs, sliceNanos));
            }
        }
    }

    private static String measure(Runnable ours, Runnable theirs, double warmupSeconds, int pairs, long sliceNanos) {
        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        while (System.nanoTime() < warmupEnd) {
            rate(ours, sliceNanos);
            rate(theirs, sliceNanos);
        }
        double[] oursRates = new double[pairs];
        double[] theirsRates = new double[pairs];
        double[] overheads = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            // who goes first alternates, so neither side always follows the other's garbage
            if (i % 2 == 0) {
                oursRates[i] = rate(ours, sliceNanos);
                theirsRates[i] = rate(theirs, sliceNanos);
            } else {
                theirsRates[i] = rate(theirs, sliceNanos);
                oursRates[i] = rate(ours, sliceNanos);
            }
            overheads[i] = theirsRates[i] / oursRates[i] - 1;
        }
        return String.format(Locale.ROOT, "%.1f\t%.1f\t%.4f\t%d", median(oursRates), median(theirsRates),
                median(overheads), pairs);
    }

    /** Operations per second over one slice of about {@code sliceNanos}. */
    private static double rate(Runnable operation, long sliceNanos) {
        long start = System.nanoTime();
        long end = start + sliceNanos;
        long now;
        int operations = 0;
        do {
            operation.run();
            operations++;
            now = System.nanoTime();
        } while (now < end);
        return operations / ((now - start) / 1e9);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    // The four operations, as in ValidationBenchmark: one validates every payload of the set and
    // counts the violations, or, with read, also reads every violation's message and place.

    private static void oursText(List<PayloadCase> cases, boolean read) {
        int seen = 0;
        for (PayloadCase c : cases) {
            seen += ours(c.ours().validate(c.text()).violations(), read);
        }
        sink = seen;
    }

    private static void theirsText(List<PayloadCase> cases, boolean read) {
        int seen = 0;
        for (PayloadCase c : cases) {
            seen += theirs(c.theirs().validate(c.text(), InputFormat.JSON), read);
        }
        sink = seen;
    }

    private static void oursTree(List<PayloadCase> cases, boolean read) {
        int seen = 0;
        for (PayloadCase c : cases) {
            seen += ours(c.ours().validate(c.tree()).violations(), read);
        }
        sink = seen;
    }

    private static void theirsTree(List<PayloadCase> cases, boolean read) {
        int seen = 0;
        for (PayloadCase c : cases) {
            seen += theirs(c.theirs().validate(c.tree()), read);
        }
        sink = seen;
    }

    private static int ours(List<Violation> violations, boolean read) {
        int seen = violations.size();
        if (read) {
            for (Violation violation : violations) {
                seen += violation.message().length() + violation.pointer().length() + violation.line();
            }
        }
        return seen;
    }

    private static int theirs(List<Error> errors, boolean read) {
        int seen = errors.size();
        if (read) {
            for (Error error : errors) {
                seen += error.getMessage().length() + error.getInstanceLocation().toString().length();
            }
        }
        return seen;
    }
}
