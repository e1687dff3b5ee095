package dev.schemaforge.validator.conformance;

/**
 * What the validator made of one suite case.
 *
 * @param id the case id
 * @param optional whether the case is in the suite's {@code optional/} folder
 * @param passed whether the validator agreed with the suite
 * @param detail when it did not: what it said instead (violations, or the exception); empty otherwise
 */
record CaseResult(String id, boolean optional, boolean passed, String detail) {
}
