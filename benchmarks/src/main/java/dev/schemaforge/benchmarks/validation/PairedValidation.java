package dev.schemaforge.benchmarks.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.networknt.schema.InputFormat;

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
            for (String input : List.of("text", "tree")) {
                Runnable ours = input.equals("text") ? () -> oursText(cases) : () -> oursTree(cases);
                Runnable theirs = input.equals("text") ? () -> theirsText(cases) : () -> theirsTree(cases);
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

    // The four operations, as in ValidationBenchmark: one validates every payload of the set.

    private static void oursText(List<PayloadCase> cases) {
        int seen = 0;
        for (PayloadCase c : cases) {
            seen += c.ours().validate(c.text()).violations().size();
        }
        sink = seen;
    }

    private static void theirsText(List<PayloadCase> cases) {
        int seen = 0;
        for (PayloadCase c : cases) {
            seen += c.theirs().validate(c.text(), InputFormat.JSON).size();
        }
        sink = seen;
    }

    private static void oursTree(List<PayloadCase> cases) {
        int seen = 0;
        for (PayloadCase c : cases) {
            seen += c.ours().validate(c.tree()).violations().size();
        }
        sink = seen;
    }

    private static void theirsTree(List<PayloadCase> cases) {
        int seen = 0;
        for (PayloadCase c : cases) {
            seen += c.theirs().validate(c.tree()).size();
        }
        sink = seen;
    }
}
