package dev.schemaforge.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Typo suggestions for enum values: edit distance with transpositions, ignoring case. */
class SuggestionsTest {

    @Test
    void distanceCountsInsertionsDeletionsSubstitutionsAndTranspositions() {
        assertThat(Suggestions.distance("okta", "okta")).isZero();
        assertThat(Suggestions.distance("oktaa", "okta")).isEqualTo(1);
        assertThat(Suggestions.distance("otka", "okta")).isEqualTo(1);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("abc", "")).isEqualTo(3);
    }

    @Test
    void suggestsTheClosestCandidateOnlyWhenItIsATypo() {
        List<String> providers = List.of("OKTA", "GOOGLE", "MICROSOFT_AD", "AUTH0");
        assertThat(Suggestions.closest("OKTAA", providers)).contains("OKTA");
        assertThat(Suggestions.closest("auth0", providers)).contains("AUTH0");
        assertThat(Suggestions.closest("MICROSOFT-AD", providers)).contains("MICROSOFT_AD");
        assertThat(Suggestions.closest("SALESFORCE", providers)).isEmpty();
        assertThat(Suggestions.closest("OKTA", providers)).isEmpty();
    }

    @Test
    void cuttingComparisonsShortNeverChangesTheSuggestion() {
        List<String> zones = ZoneId.getAvailableZoneIds().stream().sorted().toList();
        Suggestions index = new Suggestions(zones);
        List<String> typos = new ArrayList<>(List.of("Europe/Londn", "europe/paris", "Amerca/New_York", "My/Timezone",
                "UTC", "utc", "Asia/Tokio", "Etc/GMT+13", "", "x"));
        Random random = new Random(5);
        for (int i = 0; i < 300; i++) {
            typos.add(typo(zones.get(random.nextInt(zones.size())), random));
        }
        for (String typo : typos) {
            assertThat(index.closest(typo)).as(typo).isEqualTo(closestOfAll(typo, zones));
        }
    }

    /** One to three random edits: a deletion, an insertion, a substitution or a transposition each. */
    private static String typo(String value, Random random) {
        StringBuilder text = new StringBuilder(value);
        for (int edits = 1 + random.nextInt(3); edits > 0 && text.length() > 1; edits--) {
            int at = random.nextInt(text.length() - 1);
            switch (random.nextInt(4)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, (char) ('a' + random.nextInt(26)));
                case 2 -> text.setCharAt(at, (char) ('a' + random.nextInt(26)));
                default -> {
                    char c = text.charAt(at);
                    text.setCharAt(at, text.charAt(at + 1));
                    text.setCharAt(at + 1, c);
                }
            }
        }
        return text.toString();
    }

    /** The definition, without shortcuts: the first candidate at the smallest distance, if close enough. */
    private static Optional<String> closestOfAll(String value, List<String> candidates) {
        String wanted = value.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = Suggestions.distance(wanted, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= Math.max(2, wanted.length() / 3) && !best.equals(value)
                ? Optional.of(best) : Optional.empty();
    }
}
