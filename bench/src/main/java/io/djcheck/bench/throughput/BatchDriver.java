package io.djcheck.bench.throughput;

import io.djcheck.result.CheckResult;

import java.nio.file.Path;
import java.util.Iterator;

/**
 * Checks a stream of report files with some threads, for the throughput harness. One implementation
 * exists today, {@link CheckerPoolDriver}, because djcheck has no batch runner yet; when it has one,
 * a driver that hands the files to it is all the harness needs (and {@link Throughput#driver} picks it).
 *
 * <pre>{@code
 * BatchDriver driver = new CheckerPoolDriver(checker);
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
