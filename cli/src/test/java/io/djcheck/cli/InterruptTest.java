package io.djcheck.cli;

import io.djcheck.testing.BatchFixture;
import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Ctrl-C (SIGINT) at the two moments it used to go wrong, on a real djcheck process: while the rule
 * pack loads (it exited 130 saying nothing) and at the very start of a batch (it was ignored until
 * every file was checked).
 */
class InterruptTest {

    private static final int REPORTS = 200;
    /** Bounds a hung test only; every wait below ends on its condition. */
    private static final long HANG_GUARD_MINUTES = 3;

    @TempDir
    static Path shared;

    private static BatchFixture batch;

    @BeforeAll
    static void setUp() throws IOException {
        // a JVM started with SIGINT ignored (nohup, some CI runners) passes that on and never sees Ctrl-C
        assumeFalse(sigintIgnored(), "SIGINT is ignored in this environment, so a child JVM cannot receive Ctrl-C");
        batch = BatchFixture.write(shared.resolve("in"), REPORTS);
    }

    @Test
    void ctrlCWhileTheRulePackLoadsSaysSoInOneLine(@TempDir Path dir) throws Exception {
        Process p = djcheck(dir, List.of("-Xlog:class+load=info:stdout"), "check", Corpus.seed("001").toString());
        // the JVM reports each class as it loads: RuleCompiler means the pack is being compiled, before any check
        CompletableFuture<Boolean> compiling = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                boolean seen = false;
                for (String line; (line = r.readLine()) != null; ) {
                    if (!seen && line.contains(" io.djcheck.engine.RuleCompiler ")) {
                        seen = true;
                        interrupt(p);
                    }
                }
                return seen;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(p.waitFor(HANG_GUARD_MINUTES, TimeUnit.MINUTES)).isTrue();
        assertThat(compiling.get(HANG_GUARD_MINUTES, TimeUnit.MINUTES)).isTrue();

        assertThat(p.exitValue()).isEqualTo(130);
        assertThat(Files.readString(dir.resolve("stderr.txt")).lines().toList()).containsExactly(
                "djcheck: interrupted (Ctrl-C) while starting up; nothing was checked or written; run the command again");
    }

    @Test
    void ctrlCAtTheVeryStartOfABatchStopsItAndSaysToResume(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Process p = djcheck(dir, List.of(), "check", "--out", out.toString(), "--threads", "1", "-");
        Path jsonl = out.resolve("results.jsonl");
        // results.jsonl exists once the batch has taken Ctrl-C over; its input (stdin) is not written yet
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(HANG_GUARD_MINUTES);
        while (!Files.exists(jsonl) && p.isAlive() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);                // poll the condition
        }
        assertThat(Files.exists(jsonl)).as("the batch started").isTrue();
        interrupt(p);
        try (OutputStream stdin = p.getOutputStream()) {
            String list = batch.files().stream().map(Path::toString).collect(Collectors.joining("\n", "", "\n"));
            stdin.write(list.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the batch has already stopped and closed its input: what the test wants
        }
        assertThat(p.waitFor(HANG_GUARD_MINUTES, TimeUnit.MINUTES)).isTrue();

        assertThat(p.exitValue()).isEqualTo(130);
        String err = Files.readString(dir.resolve("stderr.txt"));
        assertThat(err).contains("djcheck: interrupted: the outputs in " + out, "--resume to check the rest");
        List<String> written = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        assertThat(written.size()).as("reports checked after Ctrl-C").isLessThan(REPORTS);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    /** djcheck from the test classes in a JVM of its own; stdout is the caller's to read, stderr goes to stderr.txt. */
    private static Process djcheck(Path dir, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.djcheck.cli.DjcheckCommand"));
        command.addAll(List.of(args));
        command.addAll(List.of("--lang", "en"));               // the messages asserted are the English ones
        return new ProcessBuilder(command).redirectError(dir.resolve("stderr.txt").toFile()).start();
    }

    /** Ctrl-C: SIGINT to the process. */
    private static void interrupt(Process p) {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start();
            if (!kill.waitFor(1, TimeUnit.MINUTES) || kill.exitValue() != 0) {
                throw new AssertionError("kill -INT " + p.pid() + " failed");
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** True when this process ignores SIGINT (Linux: bit 2 of SigIgn in /proc/self/status); children inherit it. */
    private static boolean sigintIgnored() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & (1L << 1)) != 0;
            }
        }
        return false;
    }
}
