package dev.schemaforge.cli;

/**
 * A problem with what the options point at (a missing input, an output that is a file): the
 * message is all the user needs, so it is printed alone, without usage help or stack trace.
 */
final class UserInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UserInputException(String message) {
        super(message);
    }
}
