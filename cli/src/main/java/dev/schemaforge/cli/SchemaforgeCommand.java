package dev.schemaforge.cli;

import java.util.Arrays;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code schemaforge} command: a parent for the subcommands and the jar's entry point. */
@Command(name = "schemaforge",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Typed Java models and payload validation from JSON Schema and OpenAPI documents.",
        subcommands = {GenerateCommand.class, ValidateCommand.class, LintCommand.class, HelpCommand.class},
        exitCodeOnExecutionException = ExitCodes.INTERNAL)
public final class SchemaforgeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Inherited, so it may follow the subcommand; {@link InternalErrorHandler} reads it from the parse result. */
    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Print the stack trace of an internal error.")
    private boolean verbose;

    public static void main(String[] args) {
        System.exit(run(commandLine(), args));
    }

    /**
     * Runs a command line as {@link #main} does. picocli hands only exceptions to the
     * {@link InternalErrorHandler}; an {@link Error} (out of memory, a stack overflow) would end the
     * JVM with a stack trace and exit code 1, which means "some payload is invalid". It is an
     * internal error like any other: one line, exit code 3.
     */
    static int run(CommandLine commandLine, String... args) {
        try {
            return commandLine.execute(args);
        } catch (Error e) {
            boolean verbose = Arrays.asList(args).contains("-v") || Arrays.asList(args).contains("--verbose");
            return InternalErrorHandler.report(e, commandLine, verbose);
        }
    }

    /**
     * The command line {@link #main} runs. Parse errors get picocli's standard handling (message and
     * usage, exit 2); an exception no command expected becomes one line, see {@link InternalErrorHandler}.
     */
    public static CommandLine commandLine() {
        return new CommandLine(new SchemaforgeCommand()).setExecutionExceptionHandler(new InternalErrorHandler());
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }
}
