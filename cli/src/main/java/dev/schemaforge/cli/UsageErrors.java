package dev.schemaforge.cli;

import java.util.function.IntSupplier;

import dev.schemaforge.catalog.SchemaException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How every subcommand ends on a schema that cannot be read or resolved, or an input it cannot use:
 * the message on standard error, no stack trace, exit code 2.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    /** Runs a command's body, turning schema and input problems into their message and exit code 2. */
    static int run(CommandSpec spec, IntSupplier body) {
        try {
            return body.getAsInt();
        } catch (SchemaException e) {
            return report(spec, e.getMessage());
        } catch (UserInputException e) {
            return report(spec, "schemaforge: " + e.getMessage());
        }
    }

    static int report(CommandSpec spec, String message) {
        spec.commandLine().getErr().println(spec.commandLine().getColorScheme().errorText(message));
        return ExitCodes.USAGE;
    }
}
