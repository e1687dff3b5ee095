package dev.schemaforge.benchmarks.report;

import dev.schemaforge.benchmarks.generation.Tool;

/** Prints a configuration value the runner records for the report: {@code Settings openapi-supporting-files}. */
public final class Settings {

    private Settings() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("openapi-supporting-files")) {
            System.out.println(Tool.OPENAPI_SUPPORTING_FILES);
        } else {
            System.err.println("usage: Settings openapi-supporting-files");
            System.exit(2);
        }
    }
}
