package dev.schemaforge.cli;

/** The exit codes of every {@code schemaforge} command, so scripts and CI can tell outcomes apart. */
public final class ExitCodes {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** {@code validate}: the schemas were fine, some payload was not; {@code lint}: some schema has an error. */
    public static final int INVALID = 1;
    /** Wrong usage, a bad option value, or a schema that cannot be read or resolved. */
    public static final int USAGE = 2;
    /** A bug in Schemaforge: an exception nobody expected. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
