package dev.schemaforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;

class SchemaforgeCommandTest {

    @Test
    void versionComesFromTheBuild() {
        CliRun run = CliRun.schemaforge("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("schemaforge \\d+\\.\\d+\\.\\d+\\S*\\R");
    }

    @Test
    void helpListsTheSubcommands() {
        CliRun run = CliRun.schemaforge("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: schemaforge").contains("generate");
    }

    @Test
    void aRunAddsOnlyTheSubcommandItRuns() {
        assertThat(SchemaforgeCommand.commandLineFor("generate", "--output", "out", "api.yaml").getSubcommands())
                .containsOnlyKeys("generate");
        assertThat(SchemaforgeCommand.commandLineFor("-v", "validate", "--schemas", "s").getSubcommands())
                .containsOnlyKeys("validate");
    }

    @Test
    void helpAndAnUnknownNameSeeEverySubcommand() {
        for (String[] args : new String[][] {{}, {"--help"}, {"help", "lint"}, {"genrate"}}) {
            assertThat(SchemaforgeCommand.commandLineFor(args).getSubcommands().keySet())
                    .containsExactly("generate", "validate", "lint", "help");
        }
        assertThat(CliRun.schemaforge("genrate").err()).contains("Did you mean: schemaforge generate");
    }

    @Test
    void aSubcommandIsRequired() {
        CliRun run = CliRun.schemaforge();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("Missing required subcommand").contains("Usage: schemaforge");
    }

    @Test
    void anUnexpectedExceptionIsOneLine() {
        CliRun run = CliRun.run(withFailingSubcommand(), "explode");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(run.err()).isEqualTo("schemaforge: internal error: boom" + System.lineSeparator());
    }

    @Test
    void verboseAddsTheStackTraceBeforeOrAfterTheSubcommand() {
        for (String[] args : new String[][] {{"explode", "--verbose"}, {"-v", "explode"}}) {
            CliRun run = CliRun.run(withFailingSubcommand(), args);

            assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL);
            assertThat(run.err())
                    .startsWith("schemaforge: internal error: boom" + System.lineSeparator())
                    .contains("java.lang.IllegalStateException: boom", "\tat ");
        }
    }

    @Test
    void anErrorIsAnInternalErrorToo() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = SchemaforgeCommand.commandLine().addSubcommand(new Overflow());
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setColorScheme(Help.defaultColorScheme(Ansi.OFF));

        int exitCode = SchemaforgeCommand.run(commandLine, "overflow");

        assertThat(exitCode).isEqualTo(ExitCodes.INTERNAL);
        assertThat(err).hasToString("schemaforge: internal error: java.lang.StackOverflowError" + System.lineSeparator());
    }

    private static CommandLine withFailingSubcommand() {
        return SchemaforgeCommand.commandLine().addSubcommand(new Explode());
    }

    @Command(name = "explode")
    static final class Explode implements Callable<Integer> {

        @Override
        public Integer call() {
            throw new IllegalStateException("boom");
        }
    }

    @Command(name = "overflow")
    static final class Overflow implements Callable<Integer> {

        @Override
        public Integer call() {
            throw new StackOverflowError();
        }
    }
}
