package io.djcheck.bench.throughput;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.djcheck.Checker;
import io.djcheck.bench.Repo;
import io.djcheck.testing.ReportGenerator;
import io.djcheck.result.CheckResult;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.stream.Stream;

/**
 * The batch throughput harness: checks report files from disk with some threads and appends one JSON
 * line to a results file: reports/s over the whole run and after the first 20 % (warm), failures,
 * peak RSS, heap limit and GC time. Run each configuration in its own JVM, so peak RSS is its own.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.djcheck.bench.throughput.Throughput \
 *      --dir /tmp/djcheck-batch --generate 2000 --count 20000 --threads 2 --label 2-threads \
 *      --out bench/results-raw/throughput.jsonl
 * </pre>
 *
 * {@code --generate N} first writes reports 0..N-1 made from the seeds ({@link ReportGenerator}) into
 * {@code --dir} where missing; {@code --count} above the number of files cycles over them (each
 * check reads its file again). {@code --failed LABEL --exit CODE --stderr FILE} records a run whose
 * JVM died (out of memory, say) instead of running one.
 */
public final class Throughput {

    private static final double WARM_AFTER = 0.2;

    private Throughput() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        Path out = Path.of(o.getOrDefault("out", "bench/results-raw/throughput.jsonl"));
        if (o.containsKey("failed")) {
            append(out, failure(o.get("failed"), o));
            return;
        }
        Path dir = Path.of(require(o, "dir"));
        if (o.containsKey("generate")) {
            ReportGenerator.fromSeedFiles(Repo.seedFiles(), ReportGenerator.DEFAULT_SEED).write(dir, Integer.parseInt(o.get("generate")));
        }
        List<Path> files = list(dir);
        long count = Long.parseLong(o.getOrDefault("count", Integer.toString(files.size())));
        int threads = Integer.parseInt(o.getOrDefault("threads", "1"));
        String label = o.getOrDefault("label", threads + "-threads");

        long b0 = System.nanoTime();
        Checker checker = Checker.builder().rulePack(Repo.defaultPack()).build();
        double buildMs = (System.nanoTime() - b0) / 1e6;
        BatchDriver driver = driver(checker);
        Map<String, Object> record = run(driver, files, count, threads);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("label", label);
        line.put("threads", threads);
        line.put("distinctFiles", files.size());
        line.put("driver", driver.describe());
        line.put("checkerBuildMs", buildMs);
        line.putAll(record);
        line.put("peakRssMiB", PeakRss.mebibytes());
        line.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / 1024.0 / 1024.0);
        line.put("gcMillis", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum());
        line.put("jvmArgs", ManagementFactory.getRuntimeMXBean().getInputArguments());
        append(out, line);
        System.out.printf("%s: %d reports in %.1f s = %.0f reports/s (warm %.0f/s), %d failed, peak RSS %.0f MiB%n",
                label, line.get("reports"), (double) line.get("seconds"), (double) line.get("reportsPerSecond"),
                (double) line.get("warmReportsPerSecond"), line.get("failed"), (double) line.get("peakRssMiB"));
    }

    /** The batch runner measured: djcheck's own BatchRunner. */
    static BatchDriver driver(Checker checker) {
        return new BatchRunnerDriver(checker);
    }

    static Map<String, Object> run(BatchDriver driver, List<Path> files, long count, int threads)
            throws InterruptedException {
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong warmAt = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        DoubleAdder scores = new DoubleAdder();
        long warmCount = (long) (count * WARM_AFTER);
        long t0 = System.nanoTime();
        driver.run(cycle(files, count), threads, new BatchDriver.Sink() {
            @Override
            public void checked(CheckResult result) {
                scores.add(result.score());
                tick();
            }

            @Override
            public void failed(Path file, Exception error) {
                failed.incrementAndGet();
                firstError.compareAndSet(null, file + ": " + error);
                tick();
            }

            private void tick() {
                if (done.incrementAndGet() == warmCount) {
                    warmAt.set(System.nanoTime());
                }
            }
        });
        long t1 = System.nanoTime();
        double seconds = (t1 - t0) / 1e9;
        double warmSeconds = warmAt.get() == 0 ? seconds : (t1 - warmAt.get()) / 1e9;
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("reports", done.get());
        r.put("expected", count);
        r.put("failed", failed.get());
        r.put("firstError", firstError.get());
        r.put("seconds", seconds);
        r.put("reportsPerSecond", done.get() / seconds);
        r.put("warmReportsPerSecond", (done.get() - warmCount) / warmSeconds);
        r.put("meanScore", done.get() == 0 ? 0 : scores.sum() / done.get());
        return r;
    }

    private static Iterator<Path> cycle(List<Path> files, long count) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no report files to check");
        }
        return new Iterator<>() {
            private long i;

            @Override
            public boolean hasNext() {
                return i < count;
            }

            @Override
            public Path next() {
                if (i >= count) {
                    throw new NoSuchElementException();
                }
                return files.get((int) (i++ % files.size()));
            }
        };
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static Map<String, Object> failure(String label, Map<String, String> o) throws IOException {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("label", label);
        line.put("exitCode", Integer.parseInt(o.getOrDefault("exit", "1")));
        String stderr = "";
        if (o.containsKey("stderr") && Files.exists(Path.of(o.get("stderr")))) {
            List<String> lines = Files.readAllLines(Path.of(o.get("stderr")));
            stderr = String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        }
        line.put("firstError", "the JVM exited with " + o.getOrDefault("exit", "1") + ": " + stderr);
        return line;
    }

    private static void append(Path out, Map<String, Object> line) throws IOException {
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, new ObjectMapper().writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got '" + args[i]
                        + "'; e.g. --dir /tmp/batch --generate 2000 --threads 2 --out results.jsonl");
            }
            o.put(args[i].substring(2), args[++i]);
        }
        return o;
    }

    private static String require(Map<String, String> o, String name) {
        String v = o.get(name);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }
}
