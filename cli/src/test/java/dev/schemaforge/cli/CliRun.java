package dev.schemaforge.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;

/** One in-process run of a command line, with what it printed. */
record CliRun(int exitCode, String out, String err) {

    /** Runs the command line {@code main} runs for these arguments. */
    static CliRun schemaforge(String... args) {
        return run(SchemaforgeCommand.commandLineFor(args), args);
    }

    static CliRun run(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setColorScheme(Help.defaultColorScheme(Ansi.OFF));
        int exitCode = commandLine.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }
}
