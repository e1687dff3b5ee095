package dev.schemaforge.cli;

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
        System.exit(commandLine().execute(args));
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
