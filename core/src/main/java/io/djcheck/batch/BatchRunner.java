package io.djcheck.batch;

import io.djcheck.Checker;
import io.djcheck.ingest.DocumentException;
import io.djcheck.ingest.DocumentReader;
import io.djcheck.ingest.Hashing;
import io.djcheck.ingest.DocumentProblem;
import io.djcheck.ingest.Limit;
import io.djcheck.ingest.LimitExceededException;
import io.djcheck.result.CheckResult;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Checks a stream of report files with several workers over one shared {@link Checker}, and hands
 * each outcome to a callback in input order, on the calling thread — so the callback may write to
 * a file without locking. A bounded window of files in flight gives back-pressure: memory stays
 * the same for ten files or a million, and a slow callback slows the workers instead of piling up
 * results.
 *
 * <pre>{@code
 * BatchRunner runner = BatchRunner.builder(checker).threads(4).timeout(Duration.ofSeconds(30)).build();
 * try (Stream<Path> files = Files.walk(dir).filter(Files::isRegularFile)) {
 *     runner.run(files.iterator(), item -> out.println(item.source() + " " + item.status()));
 * }
 * }</pre>
 *
 * A file that cannot be read, or whose check fails or passes the time limit, becomes a FAILED item
 * and the batch goes on. A check past the time limit is interrupted and its worker replaced; Java
 * cannot stop a thread by force, so a check that ignores the interrupt runs on in the background
 * (as a daemon thread) while the batch continues without it. {@link #cancel()} (e.g. from a
 * Ctrl-C hook) stops the run: the items delivered so far are a prefix of the input, in order.
 *
 * <p>Work on an outcome that needs no order (rendering its JSON line, a Word letter, a signature)
 * can run on the workers too, through {@link #run(Iterator, Function, BiConsumer)}: the calling
 * thread then only writes what was prepared, and stays off the critical path of the checks.
 */
public final class BatchRunner {

    /** The time one report may take by default before it is reported as failed. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /** Files in flight per worker: enough to keep workers busy past a slow file, few enough to bound memory. */
    private static final int WINDOW_PER_THREAD = 16;

    private static final AtomicInteger RUNS = new AtomicInteger();

    private final Checker checker;
    private final DocumentReader files;
    private final int threads;
    private final Duration timeout;
    private final int window;
    private final BiPredicate<Path, String> skip;
    private final AtomicReference<Run<?>> current = new AtomicReference<>();

    private BatchRunner(Builder b) {
        this.checker = b.checker;
        this.files = new DocumentReader(b.checker.limits());
        this.threads = b.threads;
        this.timeout = b.timeout;
        this.window = b.window > 0 ? b.window : b.threads * WINDOW_PER_THREAD;
        this.skip = b.skip;
    }

    public static Builder builder(Checker checker) {
        return new Builder(checker);
    }

    /**
     * Checks many report files with {@code checker}, one worker per core, handing each outcome to
     * {@code onItem} in the order of {@code paths}, on the calling thread; a file that cannot be read
     * or checked is a FAILED item and the rest go on. For threads, time limits, skipping or
     * cancelling, use {@link #builder(Checker)}.
     *
     * <pre>{@code
     * try (Stream<Path> files = Files.list(dir)) {
     *     BatchSummary s = BatchRunner.checkAll(checker, files, item -> System.out.println(item.source() + " " + item.status()));
     * }
     * }</pre>
     */
    public static BatchSummary checkAll(Checker checker, Stream<Path> paths, Consumer<BatchItem> onItem) {
        BatchSummary summary = new BatchSummary();
        builder(checker).build().run(paths.iterator(), item -> {
            summary.add(item);
            onItem.accept(item);
        });
        return summary.finish();
    }

    public int threads() {
        return threads;
    }

    /**
     * Checks every file of {@code paths} and calls {@code onItem} once per file, in input order, on
     * this thread; returns when all are delivered, or soon after {@link #cancel()}. One run at a
     * time per runner.
     *
     * @throws RuntimeException what {@code paths} threw while it was being read (after the items
     *                          before it were delivered), or what {@code onItem} threw (the run
     *                          stops at once)
     */
    public void run(Iterator<Path> paths, Consumer<BatchItem> onItem) {
        Objects.requireNonNull(onItem, "onItem");
        run(paths, item -> null, (item, nothing) -> onItem.accept(item));
    }

    /**
     * Like {@link #run(Iterator, Consumer)}, with a stage on the workers: {@code prepare} is called
     * with each outcome on the worker that made it, in parallel and in no particular order, and its
     * value reaches {@code onItem} with the item, in input order on this thread. An outcome the
     * workers did not finish (a file past the time limit) is prepared on this thread. The time
     * limit covers reading and checking, not {@code prepare}.
     *
     * <pre>{@code
     * runner.run(files.iterator(), item -> ResultJson.toJsonLine(item.result()), (item, line) -> out.println(line));
     * }</pre>
     *
     * @throws RuntimeException as {@link #run(Iterator, Consumer)}, and what {@code prepare} threw
     *                          (the run stops when that item's turn comes)
     */
    public <T> void run(Iterator<Path> paths, Function<BatchItem, T> prepare, BiConsumer<BatchItem, T> onItem) {
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(prepare, "prepare");
        Objects.requireNonNull(onItem, "onItem");
        Run<T> run = new Run<>(prepare);
        if (!current.compareAndSet(null, run)) {
            throw new IllegalStateException("this BatchRunner is already running a batch; build another for a second one");
        }
        try {
            run.start(paths);
            run.deliver(onItem);
            if (run.inputFailure != null && !run.cancelled) {
                throw run.inputFailure;
            }
        } finally {
            run.stop();
            current.set(null);
        }
    }

    /**
     * Stops the run in progress, from any thread: no new file is started, files being checked are
     * finished (within the time limit), and {@link #run} returns after delivering the items before
     * the first file it did not finish. Does nothing when no run is in progress.
     */
    public void cancel() {
        Run<?> run = current.get();
        if (run != null) {
            run.cancel();
        }
    }

    /** One file of the input on its way through the pipeline; completed once, by a worker or the watchdog. */
    private static final class Slot {
        private static final Slot END = new Slot(-1, Path.of(""));

        final long index;
        final Path path;
        private final CountDownLatch done = new CountDownLatch(1);
        private BatchItem item;     // guarded by this
        private boolean finished;   // guarded by this; true with item null = cancelled
        private boolean prepared;   // written before done counts down, read after
        private Object preparation;
        private RuntimeException preparationFailure;

        Slot(long index, Path path) {
            this.index = index;
            this.path = path;
        }

        /** Sets the outcome unless one is set already; {@code onWin} runs inside the lock when this call wins. */
        boolean complete(BatchItem outcome, Runnable onWin) {
            if (!claim(outcome, onWin)) {
                return false;
            }
            done.countDown();
            return true;
        }

        /** Sets the outcome like {@link #complete} but hands it on only at {@link #publish}: the winner prepares it first. */
        boolean claim(BatchItem outcome, Runnable onWin) {
            synchronized (this) {
                if (finished) {
                    return false;
                }
                finished = true;
                item = outcome;
                if (onWin != null) {
                    onWin.run();
                }
            }
            return true;
        }

        /** Hands on a claimed outcome with what was prepared from it (or why preparing failed). */
        void publish(Object value, RuntimeException failure) {
            preparation = value;
            preparationFailure = failure;
            prepared = true;
            done.countDown();
        }

        void cancel() {
            complete(null, null);
        }

        /** The outcome, or null when the slot was cancelled before it was checked. */
        BatchItem await() throws InterruptedException {
            done.await();
            synchronized (this) {
                return item;
            }
        }
    }

    /** A worker thread; retired when the watchdog gave up on its current file and started a replacement. */
    private static final class Worker {
        Thread thread;              // set before the thread starts
        volatile boolean retired;
    }

    /** The state of one run: the queues, the threads and the flags they share. */
    private final class Run<T> {
        private final Function<BatchItem, T> prepare;
        private final int id = RUNS.incrementAndGet();
        private final BlockingQueue<Slot> order = new ArrayBlockingQueue<>(window);
        private final BlockingQueue<Slot> work = new LinkedBlockingQueue<>();
        private final ScheduledThreadPoolExecutor watchdog = watchdog(id);
        private final AtomicInteger workerCount = new AtomicInteger();
        private volatile boolean cancelled;
        private volatile RuntimeException inputFailure;
        private Thread producer;

        Run(Function<BatchItem, T> prepare) {
            this.prepare = prepare;
        }

        void start(Iterator<Path> paths) {
            for (int i = 0; i < threads; i++) {
                startWorker();
            }
            producer = daemon(() -> produce(paths), "djcheck-batch-" + id + "-input");
            producer.start();
        }

        /** Reads the input into the window; blocks while the window is full (back-pressure). */
        private void produce(Iterator<Path> paths) {
            long index = 0;
            try {
                while (!cancelled && paths.hasNext()) {
                    Slot s = new Slot(index++, Objects.requireNonNull(paths.next(), "a null path in the input"));
                    order.put(s);
                    work.put(s);
                }
                order.put(Slot.END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();        // the run is stopping
            } catch (RuntimeException e) {
                inputFailure = e;
                order.offer(Slot.END);
            }
        }

        private void startWorker() {
            Worker w = new Worker();
            w.thread = daemon(() -> work(w), "djcheck-batch-" + id + "-worker-" + workerCount.incrementAndGet());
            w.thread.start();
        }

        private void work(Worker self) {
            while (true) {
                Slot s;
                try {
                    s = work.take();
                } catch (InterruptedException e) {
                    if (self.retired || cancelled) {
                        return;
                    }
                    continue;
                }
                if (s == Slot.END) {
                    work.offer(Slot.END);                   // let the other workers see it too
                    return;
                }
                if (cancelled) {
                    s.cancel();
                    continue;
                }
                long t0 = System.nanoTime();
                ScheduledFuture<?> guard = timeout == null ? null
                        : watchdog.schedule(() -> timeOut(s, self, t0), timeout.toNanos(), TimeUnit.NANOSECONDS);
                BatchItem outcome = check(s, t0);
                boolean mine = s.claim(outcome, null);
                if (guard != null) {
                    guard.cancel(false);
                }
                Thread.interrupted();                       // an interrupt meant for this file is spent
                if (!mine || self.retired) {
                    return;                                 // the watchdog gave this file up and started a replacement
                }
                try {
                    s.publish(prepare.apply(outcome), null);
                } catch (RuntimeException e) {
                    s.publish(null, e);                     // thrown where the item is delivered, in input order
                } catch (Error e) {
                    s.publish(null, new IllegalStateException("preparing " + s.path + " failed: " + e, e));
                }
            }
        }

        /** The watchdog's move when a file passes the time limit: fail it, retire its worker, start another. */
        private void timeOut(Slot s, Worker w, long t0) {
            long micros = (System.nanoTime() - t0) / 1000;
            LimitExceededException error = new LimitExceededException(s.path.toString(), Limit.TIMEOUT,
                    DocumentProblem.of("timeout", "the check took longer than the time limit of " + describe(timeout)
                    + " and was stopped; if the file is a real report, raise the limit, else report the file",
                    "limit", describe(timeout)));
            boolean won = s.complete(BatchItem.failed(s.index, s.path, null, error.getMessage(), error, micros),
                    () -> w.retired = true);
            if (won) {
                w.thread.interrupt();
                if (!cancelled) {
                    startWorker();
                }
            }
        }

        private BatchItem check(Slot s, long t0) {
            String sha256 = null;
            try {
                byte[] bytes;
                try {
                    bytes = files.bytes(s.path);
                } catch (DocumentException e) {
                    if (skip != null && skip.test(s.path, null)) {
                        return BatchItem.skipped(s.index, s.path, null, micros(t0));
                    }
                    throw e;
                }
                sha256 = Hashing.sha256(bytes);
                if (skip != null && skip.test(s.path, sha256)) {
                    return BatchItem.skipped(s.index, s.path, sha256, micros(t0));
                }
                CheckResult r = checker.check(bytes, s.path.toString(), sha256);
                return BatchItem.checked(s.index, s.path, r, micros(t0));
            } catch (DocumentException e) {
                return BatchItem.failed(s.index, s.path, sha256, e.getMessage(), e, micros(t0));
            } catch (OutOfMemoryError e) {
                return BatchItem.failed(s.index, s.path, sha256, s.path + ": ran out of memory while checking; give "
                        + "the JVM more heap (-Xmx), check with fewer threads, or lower the size limit", e, micros(t0));
            } catch (LinkageError e) {
                return BatchItem.failed(s.index, s.path, sha256, s.path + ": djcheck is missing a part it needs to "
                        + "check this file (" + e + "); the installation is incomplete: install djcheck again", e, micros(t0));
            } catch (Throwable e) {                         // any other Error too: this file fails now, never by the watchdog
                return BatchItem.failed(s.index, s.path, sha256, s.path + ": internal error while checking (" + e
                        + "); the other reports are not affected; please report this file with the error's stack trace",
                        e, micros(t0));
            }
        }

        /** Hands the items to {@code onItem} in input order until the end of the input or a cancelled slot. */
        void deliver(BiConsumer<BatchItem, T> onItem) {
            try {
                while (true) {
                    Slot s = order.poll(50, TimeUnit.MILLISECONDS);
                    if (s == null) {
                        if (cancelled) {
                            return;
                        }
                        continue;
                    }
                    if (s == Slot.END) {
                        return;
                    }
                    BatchItem item = s.await();
                    if (item == null) {
                        return;                             // cancelled: what was delivered is a prefix of the input
                    }
                    onItem.accept(item, preparation(s, item));
                }
            } catch (InterruptedException e) {
                cancel();
                Thread.currentThread().interrupt();
            }
        }

        /** What the worker prepared from the slot's item; prepared here when the watchdog, not a worker, completed it. */
        @SuppressWarnings("unchecked")
        private T preparation(Slot s, BatchItem item) {
            if (!s.prepared) {
                return prepare.apply(item);
            }
            if (s.preparationFailure != null) {
                throw s.preparationFailure;
            }
            return (T) s.preparation;
        }

        void cancel() {
            cancelled = true;
            for (Slot s; (s = work.poll()) != null; ) {
                if (s != Slot.END) {
                    s.cancel();                             // not started: never will be
                }
            }
        }

        void stop() {
            if (!cancelled) {
                cancelled = true;                           // stops the producer and idle workers at once
            }
            work.offer(Slot.END);
            if (producer != null) {
                producer.interrupt();
            }
            watchdog.shutdownNow();
        }
    }

    /**
     * One timer thread per run; a file's timer is removed from its queue when the file finishes in
     * time, so the queue holds the files in flight, not every file of the last minute.
     */
    private static ScheduledThreadPoolExecutor watchdog(int id) {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> daemon(r, "djcheck-batch-" + id + "-watchdog"));
        t.setRemoveOnCancelPolicy(true);
        return t;
    }

    private static long micros(long t0) {
        return (System.nanoTime() - t0) / 1000;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    static String describe(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    /** Options of a runner. */
    public static final class Builder {
        private final Checker checker;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Duration timeout = DEFAULT_TIMEOUT;
        private int window;
        private BiPredicate<Path, String> skip;

        private Builder(Checker checker) {
            this.checker = Objects.requireNonNull(checker, "checker");
        }

        /** Workers checking at once (default: the number of cores). */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** The time one file may take (read and check) before it fails; null for no limit. Default 60 s. */
        public Builder timeout(Duration timeout) {
            if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
                throw new IllegalArgumentException("timeout must be positive, got " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** Most files in flight (read, being checked, or waiting for their turn to be delivered); default 16 per thread. */
        public Builder window(int window) {
            if (window < 1) {
                throw new IllegalArgumentException("window must be at least 1, got " + window);
            }
            this.window = window;
            return this;
        }

        /**
         * Files to leave out: called from the workers with each file and the SHA-256 of its bytes
         * (null when it cannot be read); true gives a SKIPPED item instead of a check. Resuming a
         * batch skips what the earlier run already checked.
         */
        public Builder skip(BiPredicate<Path, String> skip) {
            this.skip = skip;
            return this;
        }

        public BatchRunner build() {
            return new BatchRunner(this);
        }
    }
}
