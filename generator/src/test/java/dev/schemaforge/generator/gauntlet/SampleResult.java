package dev.schemaforge.generator.gauntlet;

/**
 * What became of one corpus payload in the round-trip check.
 *
 * @param unit the gauntlet unit whose types the payload was read into
 * @param sample the sample's id (see {@link Sample#id()})
 * @param positive whether the corpus says the payload is valid (negative samples only count rejections)
 * @param status the outcome
 * @param detail one line: cause and first difference, the exception's first line, or why the sample was not
 *     checked; empty when it passed
 * @param cause the failure's cause for grouping ({@link FailureCause}); empty unless {@link Status#FAILED}
 */
record SampleResult(String unit, String sample, boolean positive, Status status, String detail, String cause) {

    enum Status {
        /** Read and written back unchanged. */
        PASSED,
        /** Not read, or not written back unchanged. */
        FAILED,
        /** Negative sample the model refused to read. */
        REJECTED,
        /** Negative sample the model read. */
        ACCEPTED,
        /** The entry point's type is {@code Object}, or a map or list of {@code Object}: reading it decides nothing. */
        NO_ROOT_TYPE,
        /**
         * Positive by the corpus, but not a valid instance by the validator (a boolean where the schema says
         * string, a date-time without offset): the model's answer to it says nothing about fidelity.
         */
        INVALID_SAMPLE,
        /** The schema's types did not generate or compile. */
        NOT_COMPILED,
        /** TOML: not part of the JSON data model here. */
        SKIPPED,
        /** The sample file itself is not valid JSON or YAML. */
        UNREADABLE
    }

    /** Whether the known-failures discipline applies: a positive sample that was actually checked. */
    boolean judged() {
        return positive && (status == Status.PASSED || status == Status.FAILED);
    }
}
