package io.djcheck;

import io.djcheck.result.CheckResult;
import io.djcheck.pack.RulePack;
import io.djcheck.testing.Corpus;
import io.djcheck.testing.Packs;
import io.djcheck.testing.ResultInvariants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four threads check the seed reports without pause while the pack is reloaded again and again,
 * a broken edit (YAML syntax, unknown concept, DRL compile error) before each good one (new
 * thresholds). Every result must be internally consistent and exactly what a single thread gets
 * from the one pack version it is stamped with — no result mixes two versions — and every
 * replaced pack must be released once the checks that used it are done.
 */
class ReloadUnderLoadTest {

    private static final int THREADS = 4;
    private static final int CYCLES = 12;
    /** Checks the threads complete between two reloads, so that every version serves under load. */
    private static final int CHECKS_BETWEEN_RELOADS = 8;

    /** Good versions of the pack: the thresholds each sets (seed 001 states 12 sessions and 8 villages at 10万). */
    private static final int[] SESSIONS_MIN = {4, 16, 8};
    private static final int[] INCOME_MIN = {100000, 150000, 50000};

    @Test
    void checksDuringReloadsMatchASingleThreadOnTheVersionTheyNameAndOldPacksAreReleased(@TempDir Path dir)
            throws Exception {
        Packs.copyDefault(dir);
        List<Path> seeds = Corpus.seedFiles();
        Map<String, Map<Path, String>> expected = new HashMap<>();           // pack sha256 → seed → result JSON
        String[] shaOf = new String[SESSIONS_MIN.length];
        for (int v = 0; v < SESSIONS_MIN.length; v++) {
            writeVersion(dir, v);
            Checker single = Checker.builder().rulePack(RulePack.fromDirectory(dir)).acceptAnyText(true).build();
            shaOf[v] = single.pack().sha256();
            Map<Path, String> bySeed = new HashMap<>();
            for (Path seed : seeds) {
                bySeed.put(seed, ResultInvariants.stableJson(single.check(seed)));
            }
            expected.put(shaOf[v], bySeed);
        }
        assertThat(expected).as("three distinct versions").hasSize(SESSIONS_MIN.length);

        writeVersion(dir, 0);
        Checker checker = Checker.builder().rulePack(RulePack.fromDirectory(dir)).acceptAnyText(true).build();
        int rules = checker.check("述职报告", "probe.txt").findings().size();
        Map<String, AtomicInteger> checksPerVersion = new ConcurrentHashMap<>();
        AtomicInteger checks = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        List<WeakReference<Object>> replaced = new ArrayList<>();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int offset = t;
            workers.add(pool.submit(() -> {
                for (int i = offset; !stop.get(); i++) {
                    Path seed = seeds.get(i % seeds.size());
                    CheckResult r = checker.check(seed);
                    String sha = r.ruleset().sha256();
                    assertThat(expected).as("result stamped with a version that served").containsKey(sha);
                    ResultInvariants.assertConsistent(r, rules);
                    assertThat(ResultInvariants.stableJson(r)).as("%s on pack %s", seed.getFileName(), sha)
                            .isEqualTo(expected.get(sha).get(seed));
                    checksPerVersion.computeIfAbsent(sha, k -> new AtomicInteger()).incrementAndGet();
                    checks.incrementAndGet();
                }
                return null;
            }));
        }
        try {
            for (int cycle = 1; cycle <= CYCLES; cycle++) {
                awaitChecks(checks, workers);
                String serving = checker.pack().sha256();
                Edit broken = Edit.values()[cycle % Edit.values().length];
                broken.apply(dir);
                Checker.Reload refused = checker.reload();
                assertThat(refused.status()).as("%s refused", broken).isEqualTo(Checker.ReloadStatus.FAILED);
                assertThat(refused.serving().sha256()).isEqualTo(serving);
                assertThat(refused.problems()).extracting(p -> p.code()).contains(broken.code);

                awaitChecks(checks, workers);
                broken.undo(dir);
                int v = cycle % SESSIONS_MIN.length;
                writeVersion(dir, v);
                replaced.add(new WeakReference<>(checker.engine()));
                Checker.Reload reloaded = checker.reload();
                assertThat(reloaded.status()).isEqualTo(Checker.ReloadStatus.RELOADED);
                assertThat(reloaded.serving().sha256()).isEqualTo(shaOf[v]);
            }
            awaitChecks(checks, workers);
        } finally {
            stop.set(true);
            pool.shutdown();
        }
        for (Future<?> w : workers) {
            w.get(2, TimeUnit.MINUTES);                       // rethrows what failed in a worker
        }

        System.out.printf("reload under load: %d checks on %d threads across %d reloads (%d refused), per version %s%n",
                checks.get(), THREADS, 2 * CYCLES, CYCLES, checksPerVersion);
        assertThat(checksPerVersion.keySet()).as("every version served checks").containsExactlyInAnyOrder(shaOf);
        assertThat(replacedStillReachable(replaced)).as("replaced packs kept alive after %d reloads", CYCLES).isZero();
    }

    /** A broken edit of the pack and the code the reload must report for it. */
    private enum Edit {
        YAML_SYNTAX("rules/zuzhi.yaml", "yaml-syntax") {
            @Override
            String broken(String text) {
                return text + "\n  - id: [unclosed\n";
            }
        },
        UNKNOWN_CONCEPT("rules/zuzhi.yaml", "unknown-concept") {
            @Override
            String broken(String text) {
                return text.replace("mention: practice.sanhui_yike", "mention: practice.sanhui");
            }
        },
        DRL_COMPILE("rules/jiti.drl", "drl-compile") {
            @Override
            String broken(String text) {
                return text.replaceFirst("then", "then\n    outcomes.fial(kcontext, \\$count);");   // no such method
            }
        };

        final String file;
        final String code;
        private String original;

        Edit(String file, String code) {
            this.file = file;
            this.code = code;
        }

        abstract String broken(String text);

        void apply(Path dir) throws IOException {
            original = Files.readString(dir.resolve(file));
            Files.writeString(dir.resolve(file), broken(original));
        }

        void undo(Path dir) throws IOException {
            Files.writeString(dir.resolve(file), original);
        }
    }

    private static void writeVersion(Path dir, int v) throws IOException {
        ReloadTest.setParam(dir, "committee_dj_sessions_min", Integer.toString(SESSIONS_MIN[v]));
        ReloadTest.setParam(dir, "collective_income_min_yuan", Integer.toString(INCOME_MIN[v]));
    }

    /** Waits until the workers have done a few more checks (or one has failed, which the test reports). */
    private static void awaitChecks(AtomicInteger checks, List<Future<?>> workers) throws InterruptedException {
        int target = checks.get() + CHECKS_BETWEEN_RELOADS;
        while (checks.get() < target && workers.stream().noneMatch(Future::isDone)) {
            Thread.sleep(5);
        }
    }

    private static long replacedStillReachable(List<WeakReference<Object>> replaced) throws InterruptedException {
        for (int i = 0; i < 10 && replaced.stream().anyMatch(r -> r.get() != null); i++) {
            System.gc();
            Thread.sleep(50);
        }
        return replaced.stream().filter(r -> r.get() != null).count();
    }
}
