package dev.schemaforge.benchmarks.generation;

import java.nio.file.Path;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/** Ours against jsonschema2pojo on the JSON Schemas. */
public class JsonSchemaGenerationBenchmark extends GenerationShot {

    @Param({"sso", "schemastore"})
    public String input;

    @Override
    protected String input() {
        return input;
    }

    @Benchmark
    public Path jsonschema2pojo() {
        return run(Tool.JSONSCHEMA2POJO);
    }
}
