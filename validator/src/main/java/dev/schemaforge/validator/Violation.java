package dev.schemaforge.validator;

import java.util.Objects;

import dev.schemaforge.catalog.Location;

/**
 * One way a payload breaks its schema: where in the payload, which keyword, what to do about it,
 * and which part of which schema says so.
 *
 * @param pointer JSON pointer of the offending value in the payload ({@code ""} for the root)
 * @param line 1-based line of that value in the payload, 0 when the payload had no text (a tree or a model)
 * @param column 1-based column, 0 when unknown
 * @param keyword the schema keyword that failed ({@code required}, {@code enum}, ...), or
 *     {@code syntax} when the payload is not well-formed JSON
 * @param message what is wrong, in words a person can act on, without location
 * @param schema file:line:col of the failing keyword in its schema document, or null when unknown
 */
public record Violation(String pointer, int line, int column, String keyword, String message, Location schema) {

    public Violation {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(message, "message");
    }

    /** {@code /provider: message}, the form used in assertion errors and text reports. */
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "(root)" : pointer) + ": " + message;
    }
}
