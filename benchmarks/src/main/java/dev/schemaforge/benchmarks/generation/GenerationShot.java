package dev.schemaforge.benchmarks.generation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * In-process generation after warm-up: one whole run (read, model, write every file into an empty
 * folder) per measured shot. Subclasses name the inputs and the peer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public abstract class GenerationShot {

    private Path out;
    /**
     * Every shot's folder, deleted when the trial ends: deleting a thousand files right before a
     * shot would slow that shot's file creations on some disks (ext4 with online discard).
     */
    private final List<Path> written = new ArrayList<>();

    /** The {@link GenerationInput#key()} of this trial. */
    protected abstract String input();

    @Setup(Level.Invocation)
    public void freshOutput() {
        out = OutputFolders.fresh();
        written.add(out);
    }

    @TearDown(Level.Trial)
    public void removeOutputs() {
        written.forEach(OutputFolders::delete);
        written.clear();
    }

    /** Ours; subclasses add their peer. */
    @Benchmark
    public Path schemaforge() {
        return run(Tool.SCHEMAFORGE);
    }

    protected Path run(Tool tool) {
        tool.generate(GenerationInput.of(input()), out);
        return out;
    }
}
