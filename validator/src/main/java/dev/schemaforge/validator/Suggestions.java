package dev.schemaforge.validator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the allowed value a mistyped one most likely meant ({@code OKTAA} -> {@code OKTA}). Built
 * once per set of candidates: an enum of hundreds of values (time zones) is lower-cased and
 * indexed once, most candidates are ruled out by the characters they contain, and each remaining
 * comparison stops as soon as the candidate can no longer be the suggestion.
 */
final class Suggestions {

    private final String[] candidates;
    private final String[] lowered;
    /** Which characters each lowered candidate has, one bit per {@code char % 64}. */
    private final long[] present;
    /** The characters of each lowered candidate, sorted. */
    private final char[][] letters;
    private final int longest;

    Suggestions(Iterable<String> candidates) {
        List<String> all = new ArrayList<>();
        candidates.forEach(all::add);
        this.candidates = all.toArray(String[]::new);
        this.lowered = new String[this.candidates.length];
        this.present = new long[this.candidates.length];
        this.letters = new char[this.candidates.length][];
        int max = 0;
        for (int i = 0; i < this.candidates.length; i++) {
            lowered[i] = this.candidates[i].toLowerCase(Locale.ROOT);
            present[i] = present(lowered[i]);
            letters[i] = sortedLetters(lowered[i]);
            max = Math.max(max, lowered[i].length());
        }
        this.longest = max;
    }

    /** The closest candidate by edit distance (ignoring case), if it is close enough to be a typo. */
    static Optional<String> closest(String value, Iterable<String> candidates) {
        return new Suggestions(candidates).closest(value);
    }

    /**
     * The first candidate at the smallest edit distance (ignoring case), if that distance is small
     * enough for a typo and the candidate is not the value itself.
     */
    Optional<String> closest(String value) {
        String wanted = value.toLowerCase(Locale.ROOT);
        long wantedPresent = present(wanted);
        char[] wantedLetters = sortedLetters(wanted);
        int allowed = Math.max(2, wanted.length() / 3);
        Rows rows = new Rows(longest);
        String best = null;
        int bestDistance = allowed + 1;
        for (int i = 0; i < candidates.length && bestDistance > 0; i++) {
            // only a candidate strictly closer than the best so far (and within a typo) can replace it
            int limit = bestDistance - 1;
            // lower bounds of the distance, cheapest first: the length difference, then how many
            // kinds of characters one has and the other lacks, then how many characters
            if (Math.abs(lowered[i].length() - wanted.length()) > limit
                    || Long.bitCount(wantedPresent & ~present[i]) > limit
                    || Long.bitCount(present[i] & ~wantedPresent) > limit
                    || letterDifference(wantedLetters, letters[i]) > limit) {
                continue;
            }
            int distance = distance(wanted, lowered[i], limit, rows);
            if (distance <= limit) {
                best = candidates[i];
                bestDistance = distance;
            }
        }
        return best != null && !best.equals(value) ? Optional.of(best) : Optional.empty();
    }

    /**
     * A lower bound of the distance: how many characters one string has that the other lacks (the
     * larger of the two counts). An edit changes either count by at most one, a transposition by none.
     */
    private static int letterDifference(char[] a, char[] b) {
        int onlyInA = 0;
        int onlyInB = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                i++;
                j++;
            } else if (a[i] < b[j]) {
                onlyInA++;
                i++;
            } else {
                onlyInB++;
                j++;
            }
        }
        return Math.max(onlyInA + a.length - i, onlyInB + b.length - j);
    }

    /**
     * One bit per kind of character (characters that share {@code char % 64} share a bit). A
     * character only one string has needs an edit, so the kinds only one string has are a lower
     * bound of the distance; shared bits can only lower the count, so it stays one.
     */
    private static long present(String text) {
        long bits = 0;
        for (int i = 0; i < text.length(); i++) {
            bits |= 1L << (text.charAt(i) & 63);
        }
        return bits;
    }

    private static char[] sortedLetters(String text) {
        char[] letters = text.toCharArray();
        Arrays.sort(letters);
        return letters;
    }

    /** Levenshtein distance with transpositions counted as one edit. */
    static int distance(String a, String b) {
        return distance(a, b, a.length() + b.length(), new Rows(b.length()));
    }

    /**
     * The distance of {@code a} and {@code b}, or some value above {@code limit} once it is certain
     * to exceed it. Only the band of cells within {@code limit} of the diagonal is computed (a cell
     * further off already counts more edits than that; its neighbours read it as {@code limit + 1}),
     * and no cell of a row is ever smaller than the smallest of the row before, so a row whose band
     * lies wholly above the limit ends the comparison. Three rows of the table suffice.
     */
    private static int distance(String a, String b, int limit, Rows rows) {
        int beyond = limit + 1;
        if (Math.abs(a.length() - b.length()) > limit) {
            return beyond;
        }
        int[] twoBack = rows.twoBack;
        int[] previous = rows.previous;
        int[] current = rows.current;
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int from = Math.max(1, i - limit);
            int to = Math.min(b.length(), i + limit);
            current[0] = i;
            if (from > 1) {
                current[from - 1] = beyond;
            }
            int rowMinimum = i;
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int cell = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    cell = Math.min(cell, twoBack[j - 2] + 1);
                }
                current[j] = cell;
                rowMinimum = Math.min(rowMinimum, cell);
            }
            if (to < b.length()) {
                current[to + 1] = beyond;
            }
            if (rowMinimum > limit) {
                return beyond;
            }
            int[] recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.length()];
    }

    /** The three rows of the table, allocated once for every candidate of one look-up. */
    private static final class Rows {

        final int[] twoBack;
        final int[] previous;
        final int[] current;

        Rows(int longest) {
            twoBack = new int[longest + 1];
            previous = new int[longest + 1];
            current = new int[longest + 1];
        }
    }
}
