package io.djcheck.bench.throughput;

import io.djcheck.result.CheckResult;

import java.nio.file.Path;
import java.util.Iterator;

/**
 * Checks a stream of report files with some threads, for the throughput harness:
 * {@link BatchRunnerDriver} hands them to djcheck's batch runner ({@link Throughput#driver} picks it).
 *
 * <pre>{@code
 * BatchDriver driver = new BatchRunnerDriver(checker);
 * long checked = driver.run(files, 2, sink);
 * }</pre>
 */
public interface BatchDriver {

    /** What the harness learns of each report; called from any thread. */
    interface Sink {
        void checked(CheckResult result);

        void failed(Path file, Exception error);
    }

    /** A short description for the results: what runs the batch. */
    String describe();

    /** Checks every file with {@code threads} workers; returns when all are done. */
    void run(Iterator<Path> files, int threads, Sink sink) throws InterruptedException;
}
