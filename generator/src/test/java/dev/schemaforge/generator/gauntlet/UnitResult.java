package dev.schemaforge.generator.gauntlet;

import java.util.List;
import java.util.SortedMap;

/**
 * What happened to one {@link GauntletUnit}.
 *
 * @param unit the request
 * @param entries schemas read (the catalog's entry points), or -1 when the catalog could not be built
 * @param types Java types generated (0 when generation failed)
 * @param generateFailure why generation failed ({@code null} when it succeeded)
 * @param compiled whether javac accepted every generated source (false when nothing was generated)
 * @param errorsByFile javac error count per generated file (relative path), sorted
 * @param errorKinds javac error count per diagnostic code, sorted
 * @param warningKinds javac {@code -Xlint:all} warning count per diagnostic code, sorted
 * @param firstError the first javac error, one line, or {@code null}
 */
record UnitResult(GauntletUnit unit, int entries, int types, String generateFailure, boolean compiled,
        SortedMap<String, Integer> errorsByFile, SortedMap<String, Integer> errorKinds,
        SortedMap<String, Integer> warningKinds, String firstError) {

    boolean generated() {
        return generateFailure == null;
    }

    boolean passed() {
        return generated() && compiled;
    }

    int errorCount() {
        return errorKinds.values().stream().mapToInt(Integer::intValue).sum();
    }

    int warningCount() {
        return warningKinds.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** One line saying why the unit fails, or {@code null} when it passes. */
    String reason() {
        if (!generated()) {
            String r = "generate: " + generateFailure;
            return r.length() > 300 ? r.substring(0, 300) + "…" : r;
        }
        if (compiled) {
            return null;
        }
        StringBuilder kinds = new StringBuilder();
        errorKinds.forEach((k, n) -> kinds.append(kinds.length() == 0 ? "" : ", ").append(k).append(" x").append(n));
        return "compile: " + errorCount() + " errors in " + errorsByFile.size() + " files [" + kinds + "]" + (firstError == null ? "" : "; first: " + firstError);
    }

    List<String> failingFiles() {
        return List.copyOf(errorsByFile.keySet());
    }
}
