package dev.schemaforge.benchmarks.generation;

import java.nio.file.Path;

/**
 * One generation in a fresh JVM, for whole-process timing: {@code GenerateOnce TOOL INPUT OUT}.
 * Our own whole-process figure comes from the CLI jar instead; this serves the peers, and
 * {@code GenerateOnce --files INPUT} prints an input's files, one a line, for that CLI call.
 */
public final class GenerateOnce {

    private GenerateOnce() {
    }

    public static void main(String[] args) {
        if (args.length == 2 && args[0].equals("--files")) {
            GenerationInput.of(args[1]).files().forEach(System.out::println);
            return;
        }
        if (args.length != 3) {
            System.err.println("usage: GenerateOnce schemaforge|openapi-generator|jsonschema2pojo INPUT OUT");
            System.exit(2);
        }
        Tool.of(args[0]).generate(GenerationInput.of(args[1]), Path.of(args[2]));
    }
}
