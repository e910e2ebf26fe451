package io.djcheck.bench.throughput;

import io.djcheck.batch.BatchRunner;
import io.djcheck.Checker;

import java.nio.file.Path;
import java.util.Iterator;

/**
 * Hands the files to djcheck's own {@link BatchRunner} — the pipeline {@code djcheck check --out DIR}
 * uses: {@code threads} workers over one shared {@link Checker}, a bounded window of files in
 * flight, results delivered in input order on the calling thread (here handed to the sink and
 * dropped, as a streaming batch writer would).
 *
 * <pre>{@code
 * new BatchRunnerDriver(checker).run(files, 2, sink);
 * }</pre>
 */
public final class BatchRunnerDriver implements BatchDriver {

    private final Checker checker;

    public BatchRunnerDriver(Checker checker) {
        this.checker = checker;
    }

    @Override
    public String describe() {
        return "djcheck's BatchRunner (ordered, bounded window of 16 files per thread, 60 s time limit per report)";
    }

    @Override
    public void run(Iterator<Path> files, int threads, Sink sink) {
        BatchRunner.builder(checker).threads(threads).build().run(files, item -> {
            switch (item.status()) {
                case CHECKED -> sink.checked(item.result());
                case FAILED -> sink.failed(item.path(), item.failure() instanceof Exception e ? e
                        : new IllegalStateException(item.error()));
                case SKIPPED -> { }
            }
        });
    }
}
