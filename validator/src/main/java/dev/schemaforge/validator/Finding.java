package dev.schemaforge.validator;

import java.util.Arrays;
import java.util.Objects;

import com.networknt.schema.Error;

/**
 * A violation before it is placed in the payload: where, which keyword, the schema location as
 * networknt names it (an IRI with a JSON-pointer fragment), and the message. The message of a
 * networknt error is written when first asked for, as networknt's own is: counting a payload's
 * violations, or finding that two are the same, rarely needs it.
 */
final class Finding {

    private final String pointer;
    private final String keyword;
    private final String schemaLocation;
    /** The error the message is written from, or null when the message was given. */
    private final Error error;
    private final Messages messages;
    /** Written once; a String is immutable, so a thread that sees it sees all of it. */
    private String message;

    private Finding(String pointer, String keyword, String schemaLocation, Error error, Messages messages,
            String message) {
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.keyword = Objects.requireNonNull(keyword, "keyword");
        this.schemaLocation = schemaLocation;
        this.error = error;
        this.messages = messages;
        this.message = message;
    }

    /** One of networknt's errors, its message written by {@code messages} when first read. */
    static Finding of(Error error, String pointer, Messages messages) {
        return new Finding(pointer, error.getKeyword() == null ? "" : error.getKeyword(),
                messages.schemaLocation(error), error, messages, null);
    }

    /** A finding whose message is already written (a union's summary). */
    static Finding withMessage(String pointer, String keyword, String message, String schemaLocation) {
        return new Finding(pointer, keyword, schemaLocation, null, null, Objects.requireNonNull(message, "message"));
    }

    String pointer() {
        return pointer;
    }

    String keyword() {
        return keyword;
    }

    String schemaLocation() {
        return schemaLocation;
    }

    String message() {
        String written = message;
        if (written == null) {
            written = messages.describe(error);
            message = written;
        }
        return written;
    }

    /**
     * The same place, keyword, schema location and message. The message is compared last, and is
     * written only when the two errors it would be written from differ in what a message is made of.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Finding that && pointer.equals(that.pointer) && keyword.equals(that.keyword)
                && Objects.equals(schemaLocation, that.schemaLocation)
                && (sameMessageInputs(that) || message().equals(that.message()));
    }

    /**
     * Whether both messages would be written from the same things: the same value and schema value
     * (the very nodes), property and arguments. With place, keyword and schema location already
     * equal, such messages are equal.
     */
    private boolean sameMessageInputs(Finding that) {
        return error != null && that.error != null && error.getInstanceNode() == that.error.getInstanceNode()
                && error.getSchemaNode() == that.error.getSchemaNode()
                && Objects.equals(error.getMessageKey(), that.error.getMessageKey())
                && Objects.equals(error.getProperty(), that.error.getProperty())
                && Arrays.equals(error.getArguments(), that.error.getArguments());
    }

    /** Leaves the message out, so hashing never writes it; equal findings still hash alike. */
    @Override
    public int hashCode() {
        return Objects.hash(pointer, keyword, schemaLocation);
    }

    @Override
    public String toString() {
        return pointer + " " + keyword + ": " + message();
    }
}
