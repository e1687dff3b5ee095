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
        /** The entry point's type is {@code Object}, a map or a list of such: no generated class decides anything. */
        NO_ROOT_TYPE,
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
