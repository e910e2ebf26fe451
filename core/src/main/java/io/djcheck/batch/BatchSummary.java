package io.djcheck.batch;

import io.djcheck.result.ResultView;
import io.djcheck.result.Finding;
import io.djcheck.model.Status;
import io.djcheck.model.Grade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The figures of a batch, gathered item by item in constant memory: how many reports were
 * checked, failed or skipped, the mean and median score, the grade distribution, the most-failed
 * rules, the slowest files and the rate. Feed it every item ({@link #add}) and, when resuming, the
 * results an earlier run already wrote ({@link #addPrevious}); then {@link #finish()}.
 *
 * <pre>{@code
 * BatchSummary summary = new BatchSummary();
 * runner.run(files, item -> { summary.add(item); write(item); });
 * summary.finish();
 * System.out.println(summary.checked() + " checked, median " + summary.medianScore());
 * }</pre>
 *
 * Not thread-safe: feed it from the run's callback, which runs on one thread.
 */
public final class BatchSummary {

    /** Scores are kept to the hundredth, so the median is exact for any pack's deductions. */
    private static final int SCALE = 100;
    private static final int SLOWEST = 10;

    /** A rule and how many reports it failed (FAIL or ERROR). */
    public record RuleCount(String ruleId, String title, long reports) {
    }

    /** A file and how long it took. */
    public record Timed(String source, long micros) {
    }

    private final long started = System.nanoTime();
    private long finished;
    private long checked;
    private long failed;
    private long skipped;
    private long notReports;
    private long previous;
    private long previousFailed;
    private double scoreSum;
    private final long[] scores = new long[100 * SCALE + 1];
    private final Map<Grade, Long> grades = new EnumMap<>(Grade.class);
    private final Map<Grade, String> gradeLabels = new EnumMap<>(Grade.class);
    private final Map<String, RuleCount> failedRules = new HashMap<>();
    private final PriorityQueue<Timed> slowest = new PriorityQueue<>(Comparator.comparingLong(Timed::micros));

    /** Counts one item of this run. */
    public void add(BatchItem item) {
        switch (item.status()) {
            case CHECKED -> {
                checked++;
                result(item.result());
                timed(item.source(), item.micros());
            }
            case FAILED -> {
                failed++;
                if (item.failure() instanceof io.djcheck.ingest.NotAReportException) {
                    notReports++;
                }
                timed(item.source(), item.micros());
            }
            case SKIPPED -> skipped++;
        }
    }

    /** Counts a result an earlier run wrote (a skipped item when resuming) in the scores and grades. */
    public void addPrevious(ResultView result) {
        previous++;
        result(result);
    }

    /** Counts an input an earlier run could not check (a skipped item when resuming). */
    public void addPreviousFailure() {
        previousFailed++;
    }

    private void result(ResultView r) {
        double score = Math.max(0, Math.min(100, r.score()));
        scoreSum += score;
        scores[(int) Math.round(score * SCALE)]++;
        grades.merge(r.grade(), 1L, Long::sum);
        gradeLabels.putIfAbsent(r.grade(), r.gradeLabel());
        for (Finding f : r.findings()) {
            if (f.status() == Status.FAIL || f.status() == Status.ERROR) {
                failedRules.merge(f.ruleId(), new RuleCount(f.ruleId(), f.title(), 1),
                        (a, b) -> new RuleCount(a.ruleId(), a.title(), a.reports() + 1));
            }
        }
    }

    private void timed(String source, long micros) {
        if (slowest.size() < SLOWEST) {
            slowest.add(new Timed(source, micros));
        } else if (micros > slowest.peek().micros()) {
            slowest.poll();
            slowest.add(new Timed(source, micros));
        }
    }

    /** Stops the clock: {@link #elapsedNanos()} and {@link #reportsPerSecond()} are measured up to here. */
    public BatchSummary finish() {
        if (finished == 0) {
            finished = System.nanoTime();
        }
        return this;
    }

    /** Reports checked in this run. */
    public long checked() {
        return checked;
    }

    /** Inputs of this run that could not be checked. */
    public long failed() {
        return failed;
    }

    /** Inputs this run left out (already in the results of an earlier run). */
    /** Of the failed inputs, those refused as no Party-building report (a recipe, a README). */
    public long notReports() {
        return notReports;
    }

    public long skipped() {
        return skipped;
    }

    /** Of the skipped inputs, those the earlier run had checked (with a result) and those it had failed. */
    public long previousChecked() {
        return previous;
    }

    public long previousFailed() {
        return previousFailed;
    }

    /** Reports with a score: checked now or before. */
    public long scored() {
        return checked + previous;
    }

    public double meanScore() {
        return scored() == 0 ? Double.NaN : scoreSum / scored();
    }

    /** The median score (the mean of the two middle ones for an even count); NaN when nothing was scored. */
    public double medianScore() {
        long n = scored();
        if (n == 0) {
            return Double.NaN;
        }
        return (nth((n - 1) / 2) + nth(n / 2)) / 2.0 / SCALE;
    }

    private long nth(long k) {
        long seen = 0;
        for (int i = 0; i < scores.length; i++) {
            seen += scores[i];
            if (seen > k) {
                return i;
            }
        }
        return scores.length - 1;
    }

    /** Reports per grade, from the best grade down; grades no report got are left out. */
    public Map<Grade, Long> grades() {
        return new EnumMap<>(grades);
    }

    /** The pack's label of a grade seen in this batch (好 / 较好 / 一般 / 差), else the grade's name. */
    public String gradeLabel(Grade g) {
        return gradeLabels.getOrDefault(g, g.name());
    }

    /** The {@code n} rules failed by the most reports, most first (ties by rule id). */
    public List<RuleCount> mostFailedRules(int n) {
        return failedRules.values().stream()
                .sorted(Comparator.comparingLong(RuleCount::reports).reversed().thenComparing(RuleCount::ruleId))
                .limit(n).toList();
    }

    /** The ten slowest files of this run, slowest first. */
    public List<Timed> slowest() {
        List<Timed> list = new ArrayList<>(slowest);
        list.sort(Comparator.comparingLong(Timed::micros).reversed());
        return list;
    }

    public long elapsedNanos() {
        return (finished == 0 ? System.nanoTime() : finished) - started;
    }

    /** Inputs handled by this run (checked or failed) per second of elapsed time. */
    public double reportsPerSecond() {
        double s = elapsedNanos() / 1e9;
        return s <= 0 ? 0 : (checked + failed) / s;
    }
}
