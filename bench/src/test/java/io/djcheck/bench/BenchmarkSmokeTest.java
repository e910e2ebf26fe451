package io.djcheck.bench;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every JMH benchmark of the module once, in this JVM, through JMH's generated harness: the
 * states are set up as in a real run and each benchmark method is called exactly once (single
 * shot, no warm-up, no fork). A benchmark that breaks fails the build; none is timed here.
 */
class BenchmarkSmokeTest {

    @Test
    void everyBenchmarkRunsOnceThroughJmh() throws Exception {
        Options once = new OptionsBuilder()
                .include("io\\.djcheck\\.bench\\..*")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementBatchSize(1)
                .mode(Mode.SingleShotTime)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new Runner(once).run();

        Set<String> ran = results.stream().map(r -> r.getParams().getBenchmark()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(ran).isEqualTo(benchmarkMethods()).hasSizeGreaterThanOrEqualTo(11);
        for (RunResult r : results) {
            assertThat(r.getPrimaryResult().getSampleCount()).as(r.getParams().getBenchmark()).isEqualTo(1);
        }
    }

    /** Every {@code @Benchmark} method of the module's classes, found on disk so none is forgotten. */
    private static Set<String> benchmarkMethods() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Repo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> out = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(classes.resolve("io/djcheck/bench"))) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String rel = classes.relativize(p).toString().replace('/', '.');
                if (!rel.endsWith(".class") || rel.contains("jmh_generated") || rel.contains("$")) {
                    continue;
                }
                Class<?> c = Class.forName(rel.substring(0, rel.length() - ".class".length()));
                for (Method m : c.getDeclaredMethods()) {
                    if (m.isAnnotationPresent(Benchmark.class)) {
                        out.add(c.getName() + "." + m.getName());
                    }
                }
            }
        }
        return out;
    }
}
