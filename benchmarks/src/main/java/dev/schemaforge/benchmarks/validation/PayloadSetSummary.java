package dev.schemaforge.benchmarks.validation;

import java.util.List;

/**
 * Checks that both validators agree on every payload set and prints {@code set, payloads, valid,
 * invalid} as tab-separated lines, which the report uses to turn operations into payloads.
 */
public final class PayloadSetSummary {

    private PayloadSetSummary() {
    }

    public static void main(String[] args) {
        List<String> sets = args.length == 0 ? PayloadSet.NAMES : List.of(args);
        for (String set : sets) {
            List<PayloadCase> cases = PayloadSet.loadAgreed(set);
            long valid = cases.stream().filter(PayloadCase::valid).count();
            System.out.println(set + "\t" + cases.size() + "\t" + valid + "\t" + (cases.size() - valid));
        }
    }
}
