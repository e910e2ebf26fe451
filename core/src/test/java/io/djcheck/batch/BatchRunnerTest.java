package io.djcheck.batch;

import io.djcheck.Checker;
import io.djcheck.ingest.Limit;
import io.djcheck.ingest.LimitExceededException;
import io.djcheck.result.CheckResult;
import io.djcheck.result.ResultJson;
import io.djcheck.testing.BatchFixture;
import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The batch pipeline: input order, failure isolation, time limits, cancelling and bounded memory. */
class BatchRunnerTest {

    private static final Duration HANG_GUARD = Duration.ofMinutes(2);

    @TempDir
    static Path dir;

    private static Checker checker;
    private static BatchFixture batch;

    @BeforeAll
    static void setUp() {
        checker = Checker.builder().rulePack(Corpus.defaultPack()).build();
        batch = BatchFixture.write(dir, 240);
    }

    private static List<BatchItem> run(BatchRunner runner, List<Path> files) {
        List<BatchItem> items = new ArrayList<>();
        assertTimeoutPreemptively(HANG_GUARD, () -> runner.run(files.iterator(), items::add));
        return items;
    }

    /** The JSON of a result without its timings, which differ from run to run. */
    private static String stable(CheckResult r) {
        var tree = ResultJson.tree(r);
        tree.remove("timings");
        return tree.toString();
    }

    @Test
    void itemsComeInInputOrderWithTheBadFilesFailedAndTheSameResultsWhateverTheThreads() {
        List<BatchItem> one = run(BatchRunner.builder(checker).threads(1).build(), batch.files());
        List<BatchItem> four = run(BatchRunner.builder(checker).threads(4).window(8).build(), batch.files());

        assertThat(one).extracting(BatchItem::path).containsExactlyElementsOf(batch.files());
        assertThat(one).extracting(BatchItem::index).containsExactlyElementsOf(
                IntStream.range(0, batch.files().size()).mapToObj(i -> (long) i).toList());
        assertThat(one).filteredOn(i -> i.status() == BatchItem.Status.FAILED).extracting(BatchItem::path)
                .containsExactlyElementsOf(batch.bad());
        assertThat(one).filteredOn(i -> i.status() == BatchItem.Status.FAILED).extracting(BatchItem::error)
                .allSatisfy(e -> assertThat(e).contains(dir.toString()))
                .anySatisfy(e -> assertThat(e).contains("damaged"))
                .anySatisfy(e -> assertThat(e).contains("empty"))
                .anySatisfy(e -> assertThat(e).contains("image"));
        assertThat(four).extracting(BatchItem::path).containsExactlyElementsOf(batch.files());
        for (int i = 0; i < one.size(); i++) {
            BatchItem a = one.get(i);
            BatchItem b = four.get(i);
            assertThat(b.status()).isEqualTo(a.status());
            assertThat(b.sha256()).isEqualTo(a.sha256());
            if (a.status() == BatchItem.Status.CHECKED) {
                assertThat(stable(b.result())).isEqualTo(stable(a.result()));
            } else {
                assertThat(b.error()).isEqualTo(a.error());
            }
        }
        Path sample = batch.files().get(7);
        assertThat(stable(one.get(7).result())).isEqualTo(stable(checker.check(sample)));
    }

    @Test
    void aFileThatIsMissingOrAFolderFailsAloneAndKeepsItsPlace() {
        List<Path> files = List.of(batch.files().get(0), dir.resolve("nope.txt"), dir, batch.files().get(1));
        List<BatchItem> items = run(BatchRunner.builder(checker).threads(2).build(), files);
        assertThat(items).extracting(BatchItem::status).containsExactly(BatchItem.Status.CHECKED,
                BatchItem.Status.FAILED, BatchItem.Status.FAILED, BatchItem.Status.CHECKED);
        assertThat(items.get(1).error()).contains("nope.txt").contains("no such file");
        assertThat(items.get(1).sha256()).isNull();
        assertThat(items.get(2).error()).contains("is a folder");
    }

    @Test
    void aCheckPastTheTimeLimitFailsAloneEvenWhenItIgnoresTheInterrupt() {
        Path sleeper = batch.files().get(3);
        Path spinner = batch.files().get(5);
        // the skip hook runs inside the worker's check, so a slow hook is a slow check
        BatchRunner runner = BatchRunner.builder(checker).threads(2).timeout(Duration.ofMillis(700))
                .skip((path, sha) -> {
                    if (path.equals(sleeper)) {
                        sleepQuietly(60_000);               // interruptible: stopped by the watchdog
                    } else if (path.equals(spinner)) {
                        long until = System.nanoTime() + 3_000_000_000L;
                        while (System.nanoTime() < until) {
                            Thread.interrupted();           // deaf to interrupts: the batch must go on without it
                        }
                    }
                    return false;
                }).build();
        List<Path> files = batch.files().subList(0, 40);
        List<BatchItem> items = run(runner, files);

        assertThat(items).extracting(BatchItem::path).containsExactlyElementsOf(files);
        assertThat(items).filteredOn(i -> i.status() == BatchItem.Status.FAILED).extracting(BatchItem::path)
                .containsExactly(sleeper, spinner);
        assertThat(items.get(3).error()).contains(sleeper.toString()).contains("time limit of 700 ms");
        assertThat(items.get(3).failure()).isInstanceOfSatisfying(LimitExceededException.class,
                e -> assertThat(e.limit()).isEqualTo(Limit.TIMEOUT));
        assertThat(items).filteredOn(i -> i.status() == BatchItem.Status.CHECKED).hasSize(38);
    }

    @Test
    void aCheckThatDiesOfAnErrorFailsAtOnceWithOneLineEvenWithoutATimeLimit() {
        Path missingClass = batch.files().get(2);
        Path assertion = batch.files().get(4);
        // the skip hook runs inside the worker's check: an Error there is an Error of the check
        BatchRunner runner = BatchRunner.builder(checker).threads(2).timeout(null)
                .skip((path, sha) -> {
                    if (path.equals(missingClass)) {
                        throw new NoClassDefFoundError("com/networknt/schema/SpecVersion$VersionFlag");
                    }
                    if (path.equals(assertion)) {
                        throw new AssertionError("a broken invariant");
                    }
                    return false;
                }).build();
        List<Path> files = batch.files().subList(0, 12);
        List<BatchItem> items = run(runner, files);       // no time limit: a lost item would hang until HANG_GUARD

        assertThat(items).extracting(BatchItem::path).containsExactlyElementsOf(files);
        assertThat(items).filteredOn(i -> i.status() == BatchItem.Status.FAILED).extracting(BatchItem::path)
                .containsExactly(missingClass, assertion);
        assertThat(items.get(2).error()).contains(missingClass.toString(), "NoClassDefFoundError",
                "install djcheck again").doesNotContain("\n");
        assertThat(items.get(4).error()).contains(assertion.toString(), "internal error while checking",
                "AssertionError: a broken invariant").doesNotContain("\n");
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void cancellingDeliversAPrefixOfTheInputAndReturns() {
        BatchRunner runner = BatchRunner.builder(checker).threads(2).build();
        List<BatchItem> items = new ArrayList<>();
        assertTimeoutPreemptively(HANG_GUARD, () -> runner.run(batch.files().iterator(), item -> {
            items.add(item);
            if (items.size() == 20) {
                runner.cancel();
            }
        }));
        assertThat(items.size()).isBetween(20, 20 + 2 * 16);
        assertThat(items).extracting(BatchItem::path).containsExactlyElementsOf(batch.files().subList(0, items.size()));
    }

    @Test
    void noMoreFilesAreReadAheadThanTheWindow() {
        AtomicInteger pulled = new AtomicInteger();
        Iterator<Path> source = Stream.generate(() -> batch.files().get(pulled.get() % 50)).limit(400)
                .peek(p -> pulled.incrementAndGet()).iterator();
        int window = 6;
        List<Integer> ahead = new ArrayList<>();
        AtomicInteger delivered = new AtomicInteger();
        BatchRunner runner = BatchRunner.builder(checker).threads(3).window(window).build();
        assertTimeoutPreemptively(HANG_GUARD, () -> runner.run(source, item -> {
            sleepQuietly(1);                                // a slow writer: the workers must wait for it
            ahead.add(pulled.get() - delivered.incrementAndGet());
        }));
        assertThat(delivered.get()).isEqualTo(400);
        // in flight at most: the window, plus the one the producer holds while it waits for room
        assertThat(Collections.max(ahead)).isLessThanOrEqualTo(window + 1);
    }

    @Test
    void theHeapAfterThousandsOfReportsIsWhatItWasAfterTheFirstHundreds() {
        int total = 3000;
        Iterator<Path> source = IntStream.range(0, total).mapToObj(i -> batch.files().get(i % 200)).iterator();
        long[] used = new long[2];
        AtomicInteger n = new AtomicInteger();
        BatchRunner runner = BatchRunner.builder(checker).threads(2).build();
        assertTimeoutPreemptively(HANG_GUARD, () -> runner.run(source, item -> {
            int i = n.incrementAndGet();
            if (i == 500) {
                used[0] = usedHeapAfterGc();
            } else if (i == total) {
                used[1] = usedHeapAfterGc();
            }
        }));
        assertThat(n.get()).isEqualTo(total);
        assertThat(used[1] - used[0]).as("heap growth from report 500 to 3000, bytes").isLessThan(16L << 20);
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            sleepQuietly(50);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    @Test
    void anInputThatFailsWhileBeingReadEndsTheRunAfterTheItemsBeforeIt() {
        Iterator<Path> source = new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Path next() {
                if (i == 5) {
                    throw new IllegalStateException("cannot list folder x: permission denied");
                }
                return batch.files().get(i++);
            }
        };
        List<BatchItem> items = new ArrayList<>();
        BatchRunner runner = BatchRunner.builder(checker).threads(2).build();
        assertThatThrownBy(() -> runner.run(source, items::add)).hasMessageContaining("permission denied");
        assertThat(items).extracting(BatchItem::path).containsExactlyElementsOf(batch.files().subList(0, 5));
    }

    @Test
    void aFailingCallbackStopsTheRunAndTheRunnerCanRunAgain() {
        BatchRunner runner = BatchRunner.builder(checker).threads(2).build();
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> runner.run(batch.files().iterator(), item -> {
            if (calls.incrementAndGet() == 3) {
                throw new IllegalStateException("disk full");
            }
        })).hasMessage("disk full");
        assertThat(calls.get()).isEqualTo(3);
        assertThat(run(runner, batch.files().subList(0, 4))).hasSize(4);
    }

    @Test
    void skippedFilesAreDeliveredInTheirPlaceWithTheirHash() {
        Path done = batch.files().get(1);
        BatchRunner runner = BatchRunner.builder(checker).threads(2).skip((p, sha) -> p.equals(done)).build();
        List<BatchItem> items = run(runner, batch.files().subList(0, 3));
        assertThat(items).extracting(BatchItem::status).containsExactly(BatchItem.Status.CHECKED,
                BatchItem.Status.SKIPPED, BatchItem.Status.CHECKED);
        assertThat(items.get(1).sha256()).isEqualTo(checker.check(done).sha256());
    }

    @Test
    void preparedValuesAreMadeOnTheWorkersAndArriveWithTheirItemsInInputOrder() {
        List<Path> files = batch.files().subList(0, 60);
        List<String> lines = new ArrayList<>();
        List<String> preparedOn = Collections.synchronizedList(new ArrayList<>());
        String caller = Thread.currentThread().getName();
        BatchRunner runner = BatchRunner.builder(checker).threads(2).build();
        assertTimeoutPreemptively(HANG_GUARD, () -> runner.run(files.iterator(), item -> {
            preparedOn.add(Thread.currentThread().getName());
            return item.path() + " " + item.status();
        }, (item, line) -> {
            assertThat(line).isEqualTo(item.path() + " " + item.status());
            lines.add(line);
        }));

        assertThat(lines).hasSize(files.size());
        assertThat(lines).extracting(l -> l.substring(0, l.lastIndexOf(' '))).containsExactlyElementsOf(
                files.stream().map(Path::toString).toList());
        assertThat(preparedOn).hasSize(files.size()).allSatisfy(t -> assertThat(t).contains("worker").isNotEqualTo(caller));
    }

    @Test
    void aFileGivenUpByTheWatchdogIsPreparedOnTheCallingThread() {
        Path sleeper = batch.files().get(1);
        BatchRunner runner = BatchRunner.builder(checker).threads(2).timeout(Duration.ofMillis(500))
                .skip((path, sha) -> {
                    if (path.equals(sleeper)) {
                        sleepQuietly(60_000);
                    }
                    return false;
                }).build();
        List<String> threads = new ArrayList<>();
        List<String> callers = new ArrayList<>();
        assertTimeoutPreemptively(HANG_GUARD, () -> runner.run(batch.files().subList(0, 4).iterator(),
                item -> item.status() + "@" + Thread.currentThread().getName(),
                (item, prepared) -> {
                    threads.add(prepared);
                    callers.add(Thread.currentThread().getName());
                }));

        assertThat(threads).hasSize(4);
        assertThat(threads.get(1)).isEqualTo("FAILED@" + callers.get(1));
        assertThat(threads.get(0)).startsWith("CHECKED@").contains("worker");
    }

    @Test
    void aFailingPreparationStopsTheRunWhenItsItemComesAfterTheItemsBeforeIt() {
        List<Path> files = batch.files().subList(0, 10);
        Path bad = files.get(4);
        List<Path> delivered = new ArrayList<>();
        BatchRunner runner = BatchRunner.builder(checker).threads(2).build();
        assertThatThrownBy(() -> runner.run(files.iterator(), item -> {
            if (item.path().equals(bad)) {
                throw new IllegalStateException("cannot render " + item.path());
            }
            return item;
        }, (item, same) -> delivered.add(same.path()))).hasMessage("cannot render " + bad);
        assertThat(delivered).containsExactlyElementsOf(files.subList(0, 4));
    }

    @Test
    void checkAllSummarisesTheBatch() {
        BatchSummary s = BatchRunner.checkAll(checker, batch.files().stream(), item -> { });
        assertThat(s.checked()).isEqualTo(batch.files().size() - 3);
        assertThat(s.failed()).isEqualTo(3);
        assertThat(s.grades().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(s.checked());
        assertThat(s.medianScore()).isBetween(0.0, 100.0);
        assertThat(s.mostFailedRules(10)).isNotEmpty().hasSizeLessThanOrEqualTo(10);
        assertThat(s.slowest()).hasSize(10);
        assertThat(s.reportsPerSecond()).isPositive();
    }
}
