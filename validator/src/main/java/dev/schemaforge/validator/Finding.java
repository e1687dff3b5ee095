package dev.schemaforge.validator;

/**
 * A violation before it is placed in the payload: where, which keyword, the message, and the
 * schema location as networknt names it (an IRI with a JSON-pointer fragment).
 */
record Finding(String pointer, String keyword, String message, String schemaLocation) {
}
