package dev.schemaforge.benchmarks.generation;

import java.nio.file.Path;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/** Ours against openapi-generator on the OpenAPI descriptions. */
public class OpenApiGenerationBenchmark extends GenerationShot {

    @Param({"stripe-2023", "stytch", "scalekit"})
    public String input;

    @Override
    protected String input() {
        return input;
    }

    @Benchmark
    public Path openapiGenerator() {
        return run(Tool.OPENAPI_GENERATOR);
    }
}
