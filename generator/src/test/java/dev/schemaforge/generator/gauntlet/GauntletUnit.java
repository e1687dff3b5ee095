package dev.schemaforge.generator.gauntlet;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One generation request of the gauntlet: a stable id (the line key of the known-failures file),
 * the corpus it is counted under, its input files and the package its types go to.
 *
 * @param id e.g. {@code stripe-2022} or {@code schemastore/foo.json}
 * @param corpus the row of the coverage table it belongs to
 * @param inputs schema files, as one request
 * @param packageName the Java package of everything generated, unique across the gauntlet
 * @param mappings remote prefix to local folder
 */
record GauntletUnit(String id, String corpus, List<Path> inputs, String packageName, Map<String, Path> mappings) {

    GauntletUnit {
        inputs = List.copyOf(inputs);
        mappings = Map.copyOf(mappings);
    }
}
