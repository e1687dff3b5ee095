package dev.schemaforge.benchmarks.validation;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import com.networknt.schema.InputFormat;

/**
 * Our {@code SchemaValidator} against networknt called directly: one operation validates every
 * payload of a set, from JSON text (parse included) or from an already parsed tree. The setup
 * refuses to measure unless both give the same verdict on every payload.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ValidationBenchmark {

    @Param({"sso", "stripe", "schemastore"})
    public String set;

    private List<PayloadCase> cases;

    @Setup(Level.Trial)
    public void load() {
        cases = PayloadSet.loadAgreed(set);
    }

    @Benchmark
    public void schemaforgeText(Blackhole sink) {
        for (PayloadCase c : cases) {
            sink.consume(c.ours().validate(c.text()));
        }
    }

    @Benchmark
    public void networkntText(Blackhole sink) {
        for (PayloadCase c : cases) {
            sink.consume(c.theirs().validate(c.text(), InputFormat.JSON));
        }
    }

    @Benchmark
    public void schemaforgeTree(Blackhole sink) {
        for (PayloadCase c : cases) {
            sink.consume(c.ours().validate(c.tree()));
        }
    }

    @Benchmark
    public void networkntTree(Blackhole sink) {
        for (PayloadCase c : cases) {
            sink.consume(c.theirs().validate(c.tree()));
        }
    }
}
