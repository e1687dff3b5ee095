package dev.schemaforge.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    void everyFormatHasALowerCaseNameThatFindsIt() {
        assertThat(ReportFormat.ids()).containsExactly("text", "json", "junit", "sarif", "github");
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(ReportFormat.fromId(format.id())).contains(format);
            assertThat(format.report(ReportOptions.defaults())).isNotNull();
        }
        assertThat(ReportFormat.fromId(" SARIF ")).contains(ReportFormat.SARIF);
        assertThat(ReportFormat.fromId("xml")).isEmpty();
    }
}
