package dev.schemaforge.validator.conformance;

import dev.schemaforge.catalog.Dialect;

/** The drafts of the official suite that Schemaforge claims, with the folder that holds each and its dialect. */
enum SuiteDraft {
    DRAFT_4("draft4", Dialect.DRAFT_4),
    DRAFT_6("draft6", Dialect.DRAFT_6),
    DRAFT_7("draft7", Dialect.DRAFT_7),
    DRAFT_2019_09("draft2019-09", Dialect.DRAFT_2019_09),
    DRAFT_2020_12("draft2020-12", Dialect.DRAFT_2020_12);

    private final String folder;
    private final Dialect dialect;

    SuiteDraft(String folder, Dialect dialect) {
        this.folder = folder;
        this.dialect = dialect;
    }

    /** The folder below {@code tests/}, which is also the first segment of every case id. */
    String folder() {
        return folder;
    }

    /** The dialect of schemas without {@code $schema}, as the suite expects for this folder. */
    Dialect dialect() {
        return dialect;
    }
}
