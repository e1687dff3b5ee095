package dev.schemaforge.validator;

import java.util.Locale;
import java.util.Optional;

/** Finds the allowed value a mistyped one most likely meant ({@code OKTAA} -> {@code OKTA}). */
final class Suggestions {

    private Suggestions() {
    }

    /** The closest candidate by edit distance (ignoring case), if it is close enough to be a typo. */
    static Optional<String> closest(String value, Iterable<String> candidates) {
        String wanted = value.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, wanted.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String lower = candidate.toLowerCase(Locale.ROOT);
            // the length difference is a lower bound of the distance: a candidate beyond it cannot be suggested
            if (Math.abs(lower.length() - wanted.length()) > allowed) {
                continue;
            }
            int distance = distance(wanted, lower);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= allowed && !best.equals(value) ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance with transpositions counted as one edit; three rows of the table suffice. */
    static int distance(String a, String b) {
        int[] twoBack = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    current[j] = Math.min(current[j], twoBack[j - 2] + 1);
                }
            }
            int[] recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.length()];
    }
}
