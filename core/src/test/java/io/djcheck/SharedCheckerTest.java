package io.djcheck;

import io.djcheck.testing.Corpus;
import io.djcheck.testing.ResultInvariants;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** One Checker shared by several threads gives exactly the results of a single thread. */
class SharedCheckerTest {

    private static final int THREADS = 4;
    private static final int ROUNDS = 25;

    @Test
    void threadsSharingOneCheckerAgreeWithASingleThread() throws Exception {
        Checker checker = Checker.builder().rulePack(Corpus.defaultPack()).build();
        List<Path> seeds = Corpus.seedFiles();
        Map<Path, String> expected = new TreeMap<>();
        for (Path p : seeds) {
            expected.put(p, ResultInvariants.stableJson(checker.check(p)));
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        Map<Path, List<String>> seen = new ConcurrentHashMap<>();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int offset = t;
            futures.add(pool.submit(() -> {
                for (int round = 0; round < ROUNDS; round++) {
                    for (int i = 0; i < seeds.size(); i++) {
                        Path p = seeds.get((i + offset + round) % seeds.size());
                        seen.computeIfAbsent(p, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                                .add(ResultInvariants.stableJson(checker.check(p)));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(seen.keySet()).containsExactlyInAnyOrderElementsOf(seeds);
        for (Path p : seeds) {
            assertThat(seen.get(p)).hasSize(THREADS * ROUNDS).allSatisfy(json -> assertThat(json).isEqualTo(expected.get(p)));
        }
    }
}
