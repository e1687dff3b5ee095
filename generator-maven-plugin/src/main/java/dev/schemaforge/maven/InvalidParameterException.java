package dev.schemaforge.maven;

/** A plugin parameter whose value cannot be used; names the parameter so the user knows what to fix. */
final class InvalidParameterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    InvalidParameterException(String parameter, String message, Throwable cause) {
        super(message, cause);
        this.parameter = parameter;
    }

    InvalidParameterException(String parameter, String message) {
        this(parameter, message, null);
    }

    /** The parameter's name in the POM, such as {@code packageName}. */
    String parameter() {
        return parameter;
    }
}
