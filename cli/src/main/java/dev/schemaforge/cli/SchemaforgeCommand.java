package dev.schemaforge.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

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
        exitCodeOnExecutionException = ExitCodes.INTERNAL)
public final class SchemaforgeCommand implements Callable<Integer> {

    /**
     * The subcommands in the order help lists them. They are added by hand rather than named in the
     * annotation, so that a run adds only the one it runs: picocli reads each command's annotations
     * as it is added, which cost a cold start about 40 ms for the three it does not run.
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("generate", GenerateCommand::new);
        SUBCOMMANDS.put("validate", ValidateCommand::new);
        SUBCOMMANDS.put("lint", LintCommand::new);
        SUBCOMMANDS.put("help", HelpCommand::new);
    }

    @Spec
    private CommandSpec spec;

    /** Inherited, so it may follow the subcommand; {@link InternalErrorHandler} reads it from the parse result. */
    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Print the stack trace of an internal error.")
    private boolean verbose;

    public static void main(String[] args) {
        System.exit(run(commandLineFor(args), args));
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
        CommandLine commandLine = parent();
        SUBCOMMANDS.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
        return commandLine;
    }

    /**
     * The command line for these arguments: with only the subcommand they run when they name one
     * (the first argument that is not an option, as the parent's options take no values), else
     * with all of them, for the parent's help, {@code help} and a misspelt name.
     */
    static CommandLine commandLineFor(String... args) {
        String first = Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst().orElse("");
        Supplier<Object> command = SUBCOMMANDS.get(first);
        if (command == null || first.equals("help")) {
            return commandLine();
        }
        return parent().addSubcommand(first, command.get());
    }

    private static CommandLine parent() {
        return new CommandLine(new SchemaforgeCommand()).setExecutionExceptionHandler(new InternalErrorHandler());
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }
}
