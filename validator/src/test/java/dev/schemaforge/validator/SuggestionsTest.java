package dev.schemaforge.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
}
