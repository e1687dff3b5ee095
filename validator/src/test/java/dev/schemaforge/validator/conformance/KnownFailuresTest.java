package dev.schemaforge.validator.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The format of known-failures.txt, and the rounding of the report's percentages. */
class KnownFailuresTest {

    @Test
    void readsIdAndReasonAndSkipsCommentsAndBlankLines() {
        KnownFailures known = KnownFailures.parse(List.of(
                "# header",
                "",
                "draft7/optional/format/iri.json#validation of IRIs/a/b case :: java.net.URI rejects it :: really"));
        assertThat(known.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo("draft7/optional/format/iri.json#validation of IRIs/a/b case");
            assertThat(entry.reason()).isEqualTo("java.net.URI rejects it :: really");
            assertThat(entry.line()).isEqualTo(3);
        });
    }

    @Test
    void aLineWithoutReasonOrListedTwiceIsAnErrorNamingTheLine() {
        assertThatThrownBy(() -> KnownFailures.parse(List.of(
                "draft4/a.json#g/t",
                "draft4/b.json#g/t ::   ",
                "draft4/c.json#g/t :: why",
                "draft4/c.json#g/t :: why again")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("known-failures.txt:1: needs")
                .hasMessageContaining("known-failures.txt:2: needs")
                .hasMessageContaining("known-failures.txt:4: draft4/c.json#g/t is already listed on line 3");
    }

    @Test
    void caseIdsTrimDescriptionsAndCollapseWhitespace() {
        assertThat(SuiteCase.id("draft7", "optional/format/uri.json", " group\t one ", "a valid puny-coded URL "))
                .isEqualTo("draft7/optional/format/uri.json#group one/a valid puny-coded URL");
    }

    @Test
    void percentagesRoundDownSoThatOnlyAllPassedShowsAHundred() {
        assertThat(ConformanceReport.percent(1299, 1299)).isEqualTo("100.0 %");
        assertThat(ConformanceReport.percent(2998, 2999)).isEqualTo("99.9 %");
        assertThat(ConformanceReport.percent(0, 0)).isEqualTo("n/a");
    }
}
