package io.djcheck.bench;

import io.djcheck.Checker;
import io.djcheck.rules.RulePack;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Building a checker from the default pack's files: reading them, compiling the YAML rules to DRL,
 * Drools compiling the DRL into a KieBase, scoring model and parameters.
 *
 * <p>{@code cold}: once per fresh JVM, nothing of djcheck or Drools loaded or compiled before: the
 * time a command-line run or a service start pays. Run (each fork is one sample):
 * {@code java -jar bench/target/benchmarks.jar 'BuildBench.cold' -f 10}
 *
 * <p>{@code reload}: the same files read again and compiled in a warm JVM, what a rule editor's
 * change costs a running service. Until the checker has its own reload, this is a new
 * {@code Checker} built from {@code RulePack.reread()}. Run:
 * {@code java -jar bench/target/benchmarks.jar 'BuildBench.reload'}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class BuildBench {

    private Path packDir;
    private RulePack loaded;

    @Setup(Level.Trial)
    public void locate() {
        packDir = Repo.defaultPackDir();
    }

    @Benchmark
    @Fork(10)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Checker cold() {
        return Checker.builder().rulePack(RulePack.fromDirectory(packDir)).build();
    }

    @Benchmark
    @Fork(2)
    @Warmup(iterations = 10)
    @Measurement(iterations = 20)
    public Checker reload() {
        if (loaded == null) {
            loaded = RulePack.fromDirectory(packDir);
        }
        return Checker.builder().rulePack(loaded.reread()).build();
    }
}
