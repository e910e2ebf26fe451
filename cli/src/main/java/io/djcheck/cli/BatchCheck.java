package io.djcheck.cli;

import io.djcheck.batch.BatchItem;
import io.djcheck.batch.BatchRunner;
import io.djcheck.batch.BatchSummary;
import io.djcheck.batch.DuplicateScan;
import io.djcheck.Checker;
import io.djcheck.render.ResultFormat;
import io.djcheck.result.CheckResult;
import io.djcheck.result.ResultView;
import io.djcheck.result.ResultJsonReader;
import io.djcheck.similar.DuplicateCluster;
import io.djcheck.similar.DuplicateFinder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code djcheck check --out DIR}: a batch. Every input becomes one line of DIR/results.jsonl as
 * soon as it is checked (in input order), and the summaries (summary.csv, findings.csv,
 * summary.xlsx, report.html) and the clusters of copied reports (duplicates.jsonl) are written
 * beside it; the console shows a progress bar and, at the end, a summary naming the clusters. Ctrl-C stops the workers, closes every output whole and exits with 130;
 * {@code --resume} then checks only what is missing and writes the summaries for the whole batch.
 */
final class BatchCheck {

    /** How long a Ctrl-C waits for the outputs to be closed before the JVM goes down anyway. */
    private static final long CLOSE_WAIT_SECONDS = 30;

    private final Console console;
    private final Checker checker;
    private final BatchRunner.Builder runnerSettings;
    private final Path dir;
    private final Set<ResultFormat> formats;
    private final boolean resume;
    private final boolean overwrite;
    private final boolean quiet;
    private final Double failUnder;
    private final Path previousDir;
    private PreviousYear previousYear;

    private String comparedLine;
    private long failedHere;
    private long failedBefore;
    private long below;

    BatchCheck(Console console, Checker checker, BatchRunner.Builder runnerSettings, Path dir, Set<ResultFormat> formats,
               boolean resume, boolean overwrite, boolean quiet, Double failUnder, Path previousDir) {
        this.console = console;
        this.checker = checker;
        this.runnerSettings = runnerSettings;
        this.dir = dir;
        this.formats = formats;
        this.resume = resume;
        this.overwrite = overwrite;
        this.quiet = quiet;
        this.failUnder = failUnder;
        this.previousDir = previousDir;
    }

    int run(InputFiles inputs, List<String> paths, List<String> include, List<String> exclude) {
        Path jsonl = dir.resolve(BatchOutputs.RESULTS_JSONL);
        prepareFolder(jsonl);
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<BatchRunner> running = new AtomicReference<>();
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread hook = new Thread(() -> {
            interrupted.set(true);
            BatchRunner r = running.get();
            if (r != null) {
                r.cancel();
            }
            try {
                done.await(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);   // let the outputs close whole and the summary print
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "djcheck-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        Interrupts.handled();                                // this batch says what a Ctrl-C did
        try {
            BatchSummary summary = new BatchSummary();
            List<Path> written = new ArrayList<>();
            // a Ctrl-C before the runner has started (while the outputs open) cannot cancel it: the
            // input then ends at once instead, so the batch stops as soon as it starts
            Inputs untilInterrupted = new Inputs(inputs, interrupted);
            DuplicateScan copies = DuplicateScan.of(checker);
            List<DuplicateCluster> clusters = new ArrayList<>();
            int problems = check(untilInterrupted, jsonl, summary, copies, clusters, written, running, paths, include,
                    exclude);
            if (!quiet) {
                SummaryText.print(console.out(), console.messages(), summary, problems, written);
                SummaryText.printDuplicates(console.out(), console.messages(), clusters, copies.similarityMin());
                if (comparedLine != null) {
                    console.out().println(comparedLine);
                    console.out().flush();
                }
            }
            if (interrupted.get()) {
                if (untilInterrupted.allDelivered()) {
                    console.error(console.text("batch.interrupted-complete", dir));
                } else {
                    console.error(console.text("batch.interrupted", dir));
                }
                return ExitCode.INTERRUPTED;
            }
            if (failedHere + failedBefore + problems > 0) {
                return ExitCode.INPUT;
            }
            return below > 0 ? ExitCode.BELOW_THRESHOLD : ExitCode.OK;
        } finally {
            done.countDown();
            removeHook(hook);
        }
    }

    /**
     * The input of the batch: ends as soon as a Ctrl-C was seen, and counts what it gave and what
     * was delivered, to tell a batch stopped early from one interrupted after its last report.
     */
    private static final class Inputs implements Iterator<Path> {
        private final InputFiles files;
        private final AtomicBoolean interrupted;
        private final AtomicLong given = new AtomicLong();
        private final AtomicLong delivered = new AtomicLong();
        private volatile boolean exhausted;

        Inputs(InputFiles files, AtomicBoolean interrupted) {
            this.files = files;
            this.interrupted = interrupted;
        }

        @Override
        public boolean hasNext() {
            if (interrupted.get()) {
                return false;
            }
            boolean more = files.hasNext();
            if (!more) {
                exhausted = true;
            }
            return more;
        }

        @Override
        public Path next() {
            Path p = files.next();
            given.incrementAndGet();
            return p;
        }

        void delivered() {
            delivered.incrementAndGet();
        }

        List<InputFiles.Problem> problems() {
            return files.problems();
        }

        /** True when the whole input was read and every file of it delivered: nothing was left unchecked. */
        boolean allDelivered() {
            return exhausted && delivered.get() == given.get();
        }
    }

    /** Runs the batch into the outputs; returns how many paths given yielded nothing (empty or unlistable folders). */
    private int check(Inputs inputs, Path jsonl, BatchSummary summary, DuplicateScan copies, List<DuplicateCluster> clusters,
                      List<Path> written, AtomicReference<BatchRunner> running, List<String> paths, List<String> include, List<String> exclude) {
        try (ResultsLog log = resume ? ResultsLog.resume(jsonl) : ResultsLog.create(jsonl)) {
            if (log.droppedTornLine()) {
                console.error(console.text("batch.torn-line", jsonl));
            }
            BatchRunner runner = runnerSettings.skip(resume ? (p, sha) -> log.has(p.toString(), sha) : null).build();
            running.set(runner);
            try (BatchOutputs outputs = new BatchOutputs(dir, formats);
                 PreviousYear lastYear = previousDir == null ? null : new PreviousYear(checker, console, previousDir, dir);
                 Progress progress = Progress.start(console, console.terminal() && !quiet, paths, include, exclude)) {
                previousYear = lastYear;
                runner.run(inputs, item -> prepare(item, outputs, copies), (item, prepared) -> {
                    try {
                        take(item, prepared, log, outputs, summary);
                        copies.add(item, prepared.signature());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    inputs.delivered();
                    progress.step();
                });
                List<InputFiles.Problem> problems = inputs.problems();
                for (InputFiles.Problem p : problems) {
                    String message = p.message(console.messages());
                    console.error(message);
                    if (!log.has(p.path().toString(), null)) {
                        log.appendFailure(p.path().toString(), message);
                    }
                    outputs.acceptFailure(p.path().toString(), message);
                }
                clusters.addAll(copies.clusters());
                outputs.acceptDuplicates(dir, clusters);
                written.add(jsonl);
                written.addAll(outputs.files());
                if (lastYear != null) {
                    written.addAll(lastYear.files(dir));
                    comparedLine = lastYear.summaryLine();
                }
                return problems.size();
            } finally {
                summary.finish();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(console.text("batch.cannot-write", dir, e.getMessage()), e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException(console.text("batch.cannot-write", dir, e.getCause().getMessage()),
                    e.getCause());
        }
    }

    /**
     * What a worker makes of an item ahead of its turn — its results.jsonl line, its Word letter, its
     * signature for the copied-reports search — so that the one thread writing in input order only
     * writes, and both cores stay on checks.
     */
    private record Prepared(byte[] line, List<Object> outputs, DuplicateFinder.Signature signature) {
    }

    private static Prepared prepare(BatchItem item, BatchOutputs outputs, DuplicateScan copies) {
        try {
            return new Prepared(item.status() == BatchItem.Status.SKIPPED ? null : ResultsLog.line(item),
                    item.status() == BatchItem.Status.CHECKED ? outputs.prepare(item.result()) : null,
                    copies.sign(item));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one item: a new result or failure to results.jsonl and the summaries; a skipped one from its earlier record. */
    private void take(BatchItem item, Prepared prepared, ResultsLog log, BatchOutputs outputs, BatchSummary summary)
            throws IOException {
        summary.add(item);
        switch (item.status()) {
            case CHECKED -> {
                log.append(prepared.line());
                outputs.accept(item.result(), prepared.outputs());
                scored(item.result());
                if (previousYear != null) {
                    previousYear.accept(item.result());
                }
            }
            case FAILED -> {
                log.append(prepared.line());
                console.error(LimitOptions.message(item, console.messages()));
                outputs.acceptFailure(item.source(), LimitOptions.message(item, console.messages()));
                failedHere++;
            }
            case SKIPPED -> {
                ResultJsonReader.Record before = log.previous(item.source(), item.sha256());
                if (before.failed()) {
                    summary.addPreviousFailure();
                    outputs.acceptFailure(before.source(), before.error());
                    failedBefore++;
                } else {
                    summary.addPrevious(before.result());
                    outputs.accept(before.result());
                    scored(before.result());
                }
            }
        }
    }

    private void scored(ResultView r) {
        if (failUnder != null && r.score() < failUnder) {
            below++;
            console.error(console.text("check.below", r.source(), r.score(), failUnder));
        }
    }

    private void prepareFolder(Path jsonl) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UsageException("usage.out-cannot-create", dir, e.getMessage());
        }
        if (Files.exists(jsonl) && !resume && !overwrite) {
            throw new UsageException("usage.out-has-results", dir);
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down (Ctrl-C): the hook is running and waits for us
        }
    }
}
