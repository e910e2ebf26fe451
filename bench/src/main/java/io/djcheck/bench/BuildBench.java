package io.djcheck.bench;

import io.djcheck.Checker;
import io.djcheck.pack.RulePack;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Building a checker from the default pack's files: reading them, compiling the YAML rules to DRL,
 * Drools compiling the DRL into a KieBase, scoring model and parameters.
 *
 * <p>{@code cold}: once per fresh JVM, nothing of djcheck or Drools loaded or compiled before: the
 * time a command-line run or a service start pays. Run (each fork is one sample):
 * {@code java -jar bench/target/benchmarks.jar 'BuildBench.cold' -f 10}
 *
 * <p>{@code reload}: what a rule editor's change costs a running service: a copy of the pack has
 * one YAML rule edited (DY-01 gets a new id each time, so the DRL is new and Drools compiles it
 * again), then {@code Checker.reload()}. {@code reloadParams}: the
 * same for an edited threshold in params.yaml, which changes no DRL (the compiled rules are
 * reused). Run: {@code java -jar bench/target/benchmarks.jar 'BuildBench.reload'}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BuildBench {

    /** Where the default pack lies; nothing is built, so that {@code cold} stays cold. */
    @State(Scope.Benchmark)
    public static class Pack {
        Path dir;

        @Setup(Level.Trial)
        public void locate() {
            dir = Repo.defaultPackDir();
        }
    }

    /** A checker over a copy of the default pack, whose files the reload benchmarks edit. */
    @State(Scope.Benchmark)
    public static class Editable {
        private Path copy;
        private Checker checker;
        private int edits;

        @Setup(Level.Trial)
        public void copyAndBuild() throws IOException {
            Path packDir = Repo.defaultPackDir();
            copy = Files.createTempDirectory("djcheck-reload-bench");
            try (Stream<Path> files = Files.walk(packDir)) {
                for (Path p : files.toList()) {
                    Path to = copy.resolve(packDir.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
            checker = Checker.builder().rulePack(RulePack.fromDirectory(copy)).build();
        }

        @TearDown(Level.Trial)
        public void clean() throws IOException {
            try (Stream<Path> files = Files.walk(copy)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }

        Checker.Reload reloaded() {
            Checker.Reload r = checker.reload();
            if (r.status() != Checker.ReloadStatus.RELOADED) {
                throw new IllegalStateException("the edited pack did not reload: " + r);
            }
            return r;
        }

        /** Rewrites the lines of {@code file} starting with (or, to change a number, holding) {@code marker}. */
        void edit(String file, String marker, String replacement) {
            edits++;
            Path p = copy.resolve(file);
            try {
                StringBuilder out = new StringBuilder();
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    if (line.startsWith(marker) || (replacement == null && line.contains(marker))) {
                        line = replacement != null ? replacement + edits : line.replaceFirst(":\\s*\\d+", ": " + (100 + edits));
                    }
                    out.append(line).append('\n');
                }
                Files.writeString(p, out, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Benchmark
    @Fork(10)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Checker cold(Pack pack) {
        return Checker.builder().rulePack(RulePack.fromDirectory(pack.dir)).build();
    }

    @Benchmark
    @Fork(2)
    @Warmup(iterations = 10)
    @Measurement(iterations = 20)
    public Checker.Reload reload(Editable pack) {
        pack.edit("rules/duiwu.yaml", "  - id: DY-01", "  - id: DY-01-");
        return pack.reloaded();
    }

    @Benchmark
    @Fork(2)
    @Warmup(iterations = 10)
    @Measurement(iterations = 20)
    public Checker.Reload reloadParams(Editable pack) {
        pack.edit("params.yaml", "members_disciplined_max:", null);
        return pack.reloaded();
    }
}
