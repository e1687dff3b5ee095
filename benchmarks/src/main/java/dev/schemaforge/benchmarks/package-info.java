/** Benchmarks of Schemaforge against openapi-generator, jsonschema2pojo and networknt; run by {@code benchmarks/run}. */
package dev.schemaforge.benchmarks;
