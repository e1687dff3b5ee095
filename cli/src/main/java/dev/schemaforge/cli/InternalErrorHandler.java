package dev.schemaforge.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception no command expected (a bug) into one line, {@code schemaforge: internal error:
 * <message>}, plus the stack trace only under {@code --verbose}. Expected failures never get here:
 * commands report schema and input problems themselves.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        return report(e, command, verbose(parseResult));
    }

    /** Prints the one line (and the stack trace when {@code verbose}); the exit code to end with. */
    static int report(Throwable e, CommandLine command, boolean verbose) {
        PrintWriter err = command.getErr();
        String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        err.println(command.getColorScheme().errorText("schemaforge: internal error: " + message));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }

    private static boolean verbose(ParseResult parseResult) {
        for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
