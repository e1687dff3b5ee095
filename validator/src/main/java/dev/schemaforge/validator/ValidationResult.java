package dev.schemaforge.validator;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of validating one payload.
 *
 * @param source what was validated: a file path, {@code <stdin>}, or a description
 * @param violations every violation, in payload order; empty when valid. Unmodifiable. The number
 *     is known at once; the violations themselves (messages, lines and columns) are written when
 *     the list is first read, and until then the result keeps the payload's tree (see
 *     {@link #written()}).
 */
public record ValidationResult(String source, List<Violation> violations) {

    public ValidationResult {
        Objects.requireNonNull(source, "source");
        violations = violations instanceof SpelledOnRead ? violations : List.copyOf(violations);
    }

    public boolean valid() {
        return violations.isEmpty();
    }

    /**
     * This result with its violations written out, keeping nothing of the payload: for a caller that
     * keeps many results before reading them.
     */
    public ValidationResult written() {
        return violations instanceof SpelledOnRead ? new ValidationResult(source, List.copyOf(violations)) : this;
    }
}
