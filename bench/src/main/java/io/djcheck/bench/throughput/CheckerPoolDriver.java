package io.djcheck.bench.throughput;

import io.djcheck.Checker;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The stand-in for djcheck's batch runner until it exists: one shared {@link Checker}, a fixed pool
 * of {@code threads} workers each calling {@code Checker.check(Path)} (read from disk, extract, rules,
 * score), and at most {@code 16 × threads} files queued, so memory stays bounded however long the
 * batch. Results are handed to the sink and dropped, as a streaming batch would.
 *
 * <pre>{@code
 * new CheckerPoolDriver(checker).run(files, 2, sink);
 * }</pre>
 */
public final class CheckerPoolDriver implements BatchDriver {

    private static final int QUEUED_PER_THREAD = 16;

    private final Checker checker;

    public CheckerPoolDriver(Checker checker) {
        this.checker = checker;
    }

    @Override
    public String describe() {
        return "Checker.check(Path) on a fixed thread pool, bounded queue (stand-in until the batch runner exists)";
    }

    @Override
    public void run(Iterator<Path> files, int threads, Sink sink) throws InterruptedException {
        ExecutorService pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        Semaphore room = new Semaphore(QUEUED_PER_THREAD * threads);
        try {
            while (files.hasNext()) {
                Path file = files.next();
                room.acquire();
                pool.execute(() -> {
                    try {
                        sink.checked(checker.check(file));
                    } catch (RuntimeException e) {
                        sink.failed(file, e);
                    } finally {
                        room.release();
                    }
                });
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.DAYS);
        }
    }
}
