package dev.schemaforge.catalog;

import java.util.Objects;

/**
 * One thing wrong with a schema document: where it is, the JSON pointer of the offending value,
 * the reference text when a {@code $ref} is at fault, and what is wrong.
 *
 * @param location file:line:col of the offending value
 * @param pointer JSON pointer of the offending value within its document ({@code ""} for the root)
 * @param reference the {@code $ref} text, or {@code null} when the problem is not about a reference
 * @param message what is wrong, in a sentence without location
 */
public record Problem(Location location, String pointer, String reference, String message) {

    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line:col: #/pointer: message}. */
    @Override
    public String toString() {
        return location + ": #" + pointer + ": " + message;
    }
}
