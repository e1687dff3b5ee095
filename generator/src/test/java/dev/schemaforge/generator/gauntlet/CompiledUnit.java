package dev.schemaforge.generator.gauntlet;

import java.util.Map;

/**
 * A unit that generated and compiled, handed out while its classes can still be loaded.
 *
 * @param unit the request
 * @param entryTypes {@code GenerationResult.entryTypes()}: Java type source text by {@code document#pointer}
 * @param loader loads the unit's compiled classes; its parent sees the test classpath (Jackson)
 */
record CompiledUnit(GauntletUnit unit, Map<String, String> entryTypes, ClassLoader loader) {
}
