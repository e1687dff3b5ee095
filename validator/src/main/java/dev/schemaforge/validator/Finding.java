package dev.schemaforge.validator;

import java.util.Arrays;
import java.util.Objects;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;

/**
 * A violation before it is placed in the payload: where (a JSON pointer), which keyword, the schema
 * location as networknt names it (an IRI with a JSON-pointer fragment), and the message. For one of
 * networknt's errors, the pointer, message and schema location are written when first asked for, as
 * networknt's own message is: counting a payload's violations, or finding that two are the same,
 * rarely needs them.
 */
final class Finding {

    private final String keyword;
    /** The error the rest is written from, or null when it was given. */
    private final Error error;
    private final Messages messages;
    // Each written once; a String is immutable, so a thread that sees one sees all of it.
    private String pointer;
    private String schemaLocation;
    private String message;

    private Finding(String keyword, Error error, Messages messages, String pointer, String schemaLocation,
            String message) {
        this.keyword = Objects.requireNonNull(keyword, "keyword");
        this.error = error;
        this.messages = messages;
        this.pointer = pointer;
        this.schemaLocation = schemaLocation;
        this.message = message;
    }

    /** One of networknt's errors, written by {@code messages} when first read. */
    static Finding of(Error error, Messages messages) {
        return new Finding(error.getKeyword() == null ? "" : error.getKeyword(), error, messages, null, null, null);
    }

    /** A finding written already, a union's summary; {@code schemaLocation} null for none. */
    static Finding withMessage(String pointer, String keyword, String message, String schemaLocation) {
        return new Finding(keyword, null, null, Objects.requireNonNull(pointer, "pointer"), schemaLocation,
                Objects.requireNonNull(message, "message"));
    }

    String pointer() {
        String written = pointer;
        if (written == null) {
            written = NodePaths.pointer(error.getInstanceLocation());
            pointer = written;
        }
        return written;
    }

    String keyword() {
        return keyword;
    }

    /** Null when networknt does not say. */
    String schemaLocation() {
        String written = schemaLocation;
        if (written == null && error != null) {
            written = messages.schemaLocation(error);
            schemaLocation = written;
        }
        return written;
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
     * The same keyword, place, schema location and message. Each is compared as networknt holds it
     * where both findings come from its errors, and spelled out only where they do not, or where
     * what they are made of differs.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Finding that && keyword.equals(that.keyword) && samePlace(that)
                && (sameSchemaLocation(that) || Objects.equals(schemaLocation(), that.schemaLocation()))
                && (sameMessageInputs(that) || message().equals(that.message()));
    }

    /** Hashes the keyword and pointer only, so hashing never writes a message; equal findings hash alike. */
    @Override
    public int hashCode() {
        return 31 * keyword.hashCode() + pointer().hashCode();
    }

    @Override
    public String toString() {
        return pointer() + " " + keyword + ": " + message();
    }

    /**
     * Whether both name the same value of the payload. Two instance locations of one payload are
     * equal exactly when their steps are; the pointers are compared only when a location is missing.
     */
    private boolean samePlace(Finding that) {
        NodePath here = error == null ? null : error.getInstanceLocation();
        NodePath there = that.error == null ? null : that.error.getInstanceLocation();
        return here != null && there != null ? here.equals(there) : pointer().equals(that.pointer());
    }

    /** Whether both errors name the very same schema location object (networknt keeps one per keyword). */
    private boolean sameSchemaLocation(Finding that) {
        return error != null && that.error != null && error.getSchemaLocation() != null
                && error.getSchemaLocation() == that.error.getSchemaLocation();
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
}
