package io.djcheck.pack;

import io.djcheck.model.Status;
import io.djcheck.Checker;
import io.djcheck.testing.Packs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The watcher calls back once per settled edit, ignores editor scratch files, and together with
 * {@link Checker#reload()} keeps a checker on the newest good pack. Waits are generous: they bound
 * how long an event may take to arrive on a busy machine, they measure nothing.
 */
class RulePackWatcherTest {

    private static final long WAIT_SECONDS = 30;

    @Test
    void aBurstOfWritesGivesOneCallback(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("rules"));
        BlockingQueue<Integer> calls = new LinkedBlockingQueue<>();
        AtomicInteger n = new AtomicInteger();
        try (RulePackWatcher w = RulePackWatcher.watch(dir, Duration.ofMillis(700), () -> calls.add(n.incrementAndGet()))) {
            for (int i = 0; i < 5; i++) {
                Files.writeString(dir.resolve("rules/r" + i + ".yaml"), "rules: []\n");
            }
            Files.writeString(dir.resolve("params.yaml"), "defaults: {}\n");
            assertThat(calls.poll(WAIT_SECONDS, TimeUnit.SECONDS)).as("one call for the burst").isEqualTo(1);
            assertThat(calls.poll(2, TimeUnit.SECONDS)).as("and no second one").isNull();

            Files.writeString(dir.resolve("rules/.r0.yaml.swp"), "scratch");
            Files.writeString(dir.resolve("rules/r0.yaml~"), "backup");
            assertThat(calls.poll(2, TimeUnit.SECONDS)).as("editor scratch files are not edits").isNull();

            Files.writeString(dir.resolve("rules/r0.yaml"), "rules: [] # edited\n");
            assertThat(calls.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(2);
        }
    }

    @Test
    void aFolderCreatedByTheEditIsWatchedToo(@TempDir Path dir) throws Exception {
        BlockingQueue<Integer> calls = new LinkedBlockingQueue<>();
        try (RulePackWatcher w = RulePackWatcher.watch(dir, Duration.ofMillis(300), () -> calls.add(1))) {
            Files.createDirectories(dir.resolve("tests"));
            assertThat(calls.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isNotNull();
            Files.writeString(dir.resolve("tests/new.yaml"), "cases: []\n");
            assertThat(calls.poll(WAIT_SECONDS, TimeUnit.SECONDS)).as("a file in the new folder").isNotNull();
        }
    }

    @Test
    void aMissingFolderIsRefusedAtOnce(@TempDir Path dir) {
        assertThatThrownBy(() -> RulePackWatcher.watch(dir.resolve("nope"), () -> { }))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("nope").hasMessageContaining("does not exist");
    }

    @Test
    void withReloadTheCheckerFollowsGoodEditsAndIgnoresBrokenOnes(@TempDir Path dir) throws Exception {
        Packs.copyDefault(dir);
        BlockingQueue<Checker.Reload> reloads = new LinkedBlockingQueue<>();
        Checker checker = Checker.builder().rulePack(RulePack.fromDirectory(dir)).onReload(reloads::add).acceptAnyText(true).build();
        String first = checker.pack().sha256();
        try (RulePackWatcher w = RulePackWatcher.watch(dir, Duration.ofMillis(300), checker::reload)) {
            Path params = dir.resolve("params.yaml");
            Files.writeString(params, Files.readString(params).replace("new_members_min: 1", "new_members_min: 3"));
            Checker.Reload r = next(reloads, Checker.ReloadStatus.RELOADED);
            assertThat(r.serving().sha256()).isNotEqualTo(first).isEqualTo(checker.pack().sha256());
            assertThat(checker.params()).containsEntry("new_members_min", 3.0);

            Files.writeString(dir.resolve("rules/broken.yaml"), "rules:\n  - id: [\n");
            Checker.Reload broken = next(reloads, Checker.ReloadStatus.FAILED);
            assertThat(broken.problems()).extracting(PackProblem::code).contains("yaml-syntax");
            assertThat(checker.pack().sha256()).isEqualTo(r.serving().sha256());
            assertThat(checker.check("全年发展党员2名。", "t.txt").finding("DY-01").orElseThrow().status())
                    .isEqualTo(Status.FAIL);
        }
    }

    /** The next reload with {@code status}, skipping UNCHANGED ones (an editor may save twice). */
    private static Checker.Reload next(BlockingQueue<Checker.Reload> reloads, Checker.ReloadStatus status)
            throws InterruptedException {
        while (true) {
            Checker.Reload r = reloads.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(r).as("a reload within %d s", WAIT_SECONDS).isNotNull();
            if (r.status() != Checker.ReloadStatus.UNCHANGED) {
                assertThat(r.status()).isEqualTo(status);
                return r;
            }
        }
    }

    @Test
    void scratchNamesAreRecognised() {
        assertThat(RulePackWatcher.isScratch(".zuzhi.yaml.swp")).isTrue();
        assertThat(RulePackWatcher.isScratch("zuzhi.yaml~")).isTrue();
        assertThat(RulePackWatcher.isScratch("4913")).isTrue();
        assertThat(RulePackWatcher.isScratch("zuzhi.yaml")).isFalse();
    }
}
