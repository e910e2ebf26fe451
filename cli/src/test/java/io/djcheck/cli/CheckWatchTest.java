package io.djcheck.cli;

import io.djcheck.testing.Corpus;
import io.djcheck.testing.Packs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code djcheck check --watch}: after the first report, each saved edit of the pack re-checks and
 * prints what changed; a broken edit prints its problems and the last good pack keeps checking.
 */
class CheckWatchTest {

    /** Bounds a hung test only (every wait ends on its output); generous for a loaded machine. */
    private static final long WAIT_MILLIS = 180_000;

    @Test
    void editsRecheckAndPrintWhatChangedBrokenEditsAreReportedAndSurvived(@TempDir Path dir) throws Exception {
        Path pack = Packs.copyDefault(dir.resolve("pack"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        Future<Integer> watch = thread.submit(() -> DjcheckCommand.run(new String[] {"check", "--lang", "en", "--rules",
                pack.toString(), "--watch", Corpus.seed("001").toString()}, console, false));
        try {
            awaitOutput(out, "watching " + pack);
            assertThat(text(out)).contains("✓ ZR-01");

            Path params = pack.resolve("params.yaml");
            String original = Files.readString(params);
            Files.writeString(params, original.replace("committee_dj_sessions_min: 4 ", "committee_dj_sessions_min: 20 "));
            awaitOutput(out, "ZR-01 党委会专题研究党建工作  PASS → FAIL");
            String change = text(out).substring(text(out).indexOf("== "));
            assertThat(change).contains("rule pack reloaded: djcheck-default 1.0.0").contains("re-checked 1 report")
                    .contains("001_a6f31e7c84c24bc8.txt  ").contains("→").contains("低于要求的20");

            Files.writeString(pack.resolve("rules/broken.yaml"), "rules:\n  - id: [\n");
            awaitOutput(out, "fix the files and save again");
            String refused = text(out).substring(text(out).indexOf("the edited rule pack is invalid"));
            assertThat(refused).contains("still checking with djcheck-default 1.0.0").contains("1 error occurred:")
                    .contains("rules/broken.yaml:2:9: yaml-syntax: the [ opened here is not closed");

            Files.delete(pack.resolve("rules/broken.yaml"));
            Files.writeString(params, original);
            awaitOutput(out, "ZR-01 党委会专题研究党建工作  FAIL → PASS");
            assertThat(text(out).substring(text(out).indexOf("fix the files and save again")))
                    .containsOnlyOnce("规则包已恢复有效 / pack valid again: djcheck-default 1.0.0");
            assertThat(watch.isDone()).isFalse();
        } finally {
            thread.shutdownNow();                 // interrupts the watch, as Ctrl-C would
        }
        assertThat(watch.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(text(err)).isEmpty();
    }

    @Test
    void watchNeedsAPackFolder() {
        Cli.Run run = Cli.run("check", "--watch", Corpus.seed("001").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--watch needs --rules DIR");
    }

    private static String text(ByteArrayOutputStream out) {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Waits until {@code expected} has been printed; the limit only bounds a hung test. */
    private static void awaitOutput(ByteArrayOutputStream out, String expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (!text(out).contains(expected)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("waited for \"" + expected + "\"; the output so far:\n" + text(out));
            }
            Thread.sleep(50);                     // poll the condition
        }
    }
}
