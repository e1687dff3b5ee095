package dev.schemaforge.generator;

/** The Jackson major version that generated code targets where it needs more than annotations. */
public enum JacksonVersion {
    /** {@code com.fasterxml.jackson.databind}. */
    JACKSON_2,
    /** {@code tools.jackson.databind}, the default. */
    JACKSON_3;

    /** Reads {@code 2} or {@code 3}. */
    public static JacksonVersion parse(String text) {
        return switch (text.trim()) {
            case "2" -> JACKSON_2;
            case "3" -> JACKSON_3;
            default -> throw new IllegalArgumentException("jackson must be 2 or 3, not \"" + text + "\"");
        };
    }
}
