package dev.schemaforge.validator;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;

/**
 * A violation before it is placed in the payload: where (a JSON pointer), which keyword, the schema
 * location as networknt names it (an IRI with a JSON-pointer fragment), and the message. The pointer,
 * message and schema location are written when first asked for, as networknt's own message is:
 * counting a payload's violations, or finding that two are the same, rarely needs them.
 */
final class Finding {

    private final String keyword;
    /** The error the rest is written from, or null for a union's summary. */
    private final Error error;
    private final Messages messages;
    /** Where in the payload, as networknt's path; null for the root when no location is known. */
    private final NodePath place;
    /** What writes a summary's message and schema location (null for none); null for an error. */
    private final Supplier<String> summaryMessage;
    private final Supplier<String> summarySchemaLocation;
    // Each written once; a String is immutable, so a thread that sees one sees all of it.
    private String pointer;
    private String schemaLocation;
    private String message;

    private Finding(String keyword, Error error, Messages messages, NodePath place, Supplier<String> summaryMessage,
            Supplier<String> summarySchemaLocation) {
        this.keyword = Objects.requireNonNull(keyword, "keyword");
        this.error = error;
        this.messages = messages;
        this.place = place;
        this.summaryMessage = summaryMessage;
        this.summarySchemaLocation = summarySchemaLocation;
    }

    /** One of networknt's errors, written by {@code messages} when first read. */
    static Finding of(Error error, Messages messages) {
        return new Finding(error.getKeyword() == null ? "" : error.getKeyword(), error, messages,
                error.getInstanceLocation(), null, null);
    }

    /**
     * A union's summary line at {@code place} (null: the root), whose message and schema location
     * (which may give null for none) are written when first read.
     */
    static Finding summary(NodePath place, String keyword, Supplier<String> message, Supplier<String> schemaLocation) {
        return new Finding(keyword, null, null, place, Objects.requireNonNull(message, "message"),
                Objects.requireNonNull(schemaLocation, "schemaLocation"));
    }

    String pointer() {
        String written = pointer;
        if (written == null) {
            written = NodePaths.pointer(place);
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
        if (written == null) {
            written = error != null ? messages.schemaLocation(error) : summarySchemaLocation.get();
            schemaLocation = written;
        }
        return written;
    }

    String message() {
        String written = message;
        if (written == null) {
            written = error != null ? messages.describe(error) : summaryMessage.get();
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
        return place != null && that.place != null ? place.equals(that.place) : pointer().equals(that.pointer());
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
