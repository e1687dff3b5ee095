package dev.schemaforge.maven;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

import dev.schemaforge.catalog.SchemaException;

/**
 * How failures reach the user. Problems in the project (bad schemas, bad parameters) are
 * {@link MojoFailureException}s whose message says everything, without the generator's stack
 * trace as cause; problems of the machine (I/O) are {@link MojoExecutionException}s with their cause.
 */
final class MojoFailures {

    private MojoFailures() {
    }

    /** The message already lists file:line:col, JSON pointer and reference of every problem. */
    static MojoFailureException of(SchemaException e) {
        return new MojoFailureException(e.getMessage());
    }

    static MojoFailureException of(InvalidParameterException e) {
        String where = e.parameter().equals("configuration")
                ? "Invalid schemaforge configuration"
                : "Invalid parameter " + e.parameter();
        return new MojoFailureException(where + ": " + e.getMessage());
    }

    static MojoExecutionException of(IOException e) {
        return new MojoExecutionException("Schemaforge cannot read or write a file: " + e, e);
    }

    /** The generator's own wording ("cannot write generated files: ...") is kept. */
    static MojoExecutionException of(UncheckedIOException e) {
        return new MojoExecutionException("Schemaforge " + e.getMessage(), e.getCause());
    }
}
