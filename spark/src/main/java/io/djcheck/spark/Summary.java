package io.djcheck.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.djcheck.similar.DuplicateCluster;
import io.djcheck.similar.DuplicateJson;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.percentile;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * What a run found, computed by Spark from the result rows (so it costs a pass over the columns, not
 * a check): reports checked and failed, mean and median score, reports per grade, the most-failed
 * rules (FAIL or ERROR, as the CLI's batch summary counts them) and the same per organisation level.
 * Written as {@code _summary.json} beside the data (Spark's readers skip names starting with {@code _}).
 *
 * @param inputs          rows (inputs) in the results
 * @param checked         inputs checked
 * @param failed          inputs that could not be checked (a row with its error)
 * @param meanScore       mean score of the checked reports (0 when none)
 * @param medianScore     median score of the checked reports (0 when none)
 * @param grades          grade name → reports, best grade first
 * @param gradeLabels     grade name → the pack's label (好 / 较好 / 一般 / 差)
 * @param mostFailedRules the rules failed by most reports, most first (at most 10)
 * @param byLevel         per organisation level (COUNTY, TOWNSHIP, ...), most reports first
 * @param packSha256      the pack's SHA-256 of the rows (the first one when the results mix packs)
 * @param elapsedSeconds  wall time of the run that wrote the rows, or 0 when not measured
 * @param copies          the copied reports found ({@link CopiedReports}), or null when not searched
 */
public record Summary(long inputs, long checked, long failed, double meanScore, double medianScore,
                      Map<String, Long> grades, Map<String, String> gradeLabels, List<RuleCount> mostFailedRules,
                      List<LevelCount> byLevel, String packSha256, double elapsedSeconds, Copies copies) {

    /** Clusters of copied reports listed in the summary, at most (all are in {@code _duplicates.jsonl}). */
    static final int COPIES_LISTED = 10;

    static final List<String> GRADE_ORDER = List.of("EXCELLENT", "GOOD", "FAIR", "POOR");

    /** A rule and the number of reports it failed. */
    public record RuleCount(String ruleId, long reports) {
    }

    /**
     * The copied reports of a run: the threshold, the clusters and the reports in them, and the
     * largest clusters (at most {@value #COPIES_LISTED}) by their oldest member.
     */
    public record Copies(double similarityMin, int clusters, long reports, List<CopyCluster> largest) {

        static Copies of(List<DuplicateCluster> clusters, double similarityMin) {
            List<CopyCluster> largest = clusters.stream().limit(COPIES_LISTED)
                    .map(c -> new CopyCluster(c.oldest().source(), c.members().size(), DuplicateJson.round(c.similarity())))
                    .toList();
            return new Copies(similarityMin, clusters.size(), clusters.stream().mapToLong(c -> c.members().size()).sum(), largest);
        }
    }

    /** One cluster of copies: its oldest member (the likely original), its size and highest similarity. */
    public record CopyCluster(String oldest, int members, double similarity) {
    }

    /** Reports of one organisation level, their mean score and grades. */
    public record LevelCount(String level, long reports, double meanScore, Map<String, Long> grades) {
    }

    /**
     * The summary of result rows with at least the columns {@code level, score, grade, gradeLabel,
     * findings (ruleId, status), error, packSha256}: the rows of {@link DjcheckSpark#check}, or of
     * an output read back.
     */
    public static Summary of(Dataset<Row> results) {
        // three passes over the columns: totals and score quantiles; level × grade; failed rules
        Column okScore = when(col("error").isNull(), col("score"));
        Row totals = results.agg(count(lit(1)), count(okScore), first(col("packSha256"), true), avg(okScore),
                percentile(okScore, lit(0.5))).first();
        long inputs = totals.getLong(0);
        long checked = totals.getLong(1);
        Dataset<Row> ok = results.filter(col("error").isNull());
        Map<String, Long> byGrade = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Map<String, Long>> levelGrades = new LinkedHashMap<>();
        Map<String, double[]> levelTotals = new LinkedHashMap<>();      // level → reports, score sum
        for (Row r : ok.groupBy("level", "grade").agg(count(lit(1)), sum("score"), first("gradeLabel")).collectAsList()) {
            String level = r.getString(0);
            String grade = r.getString(1);
            long n = r.getLong(2);
            byGrade.merge(grade, n, Long::sum);
            labels.putIfAbsent(grade, r.getString(4));
            levelGrades.computeIfAbsent(level, k -> new LinkedHashMap<>()).put(grade, n);
            double[] t = levelTotals.computeIfAbsent(level, k -> new double[2]);
            t[0] += n;
            t[1] += r.getDouble(3);
        }
        Map<String, Long> grades = new LinkedHashMap<>();
        ordered(byGrade, grades);
        List<LevelCount> byLevel = new ArrayList<>();
        levelTotals.entrySet().stream()
                .sorted((a, b) -> a.getValue()[0] != b.getValue()[0] ? Double.compare(b.getValue()[0], a.getValue()[0])
                        : a.getKey().compareTo(b.getKey()))
                .forEach(e -> {
                    Map<String, Long> g = new LinkedHashMap<>();
                    ordered(levelGrades.get(e.getKey()), g);
                    byLevel.add(new LevelCount(e.getKey(), (long) e.getValue()[0], round(e.getValue()[1] / e.getValue()[0]), g));
                });
        List<RuleCount> rules = new ArrayList<>();
        for (Row r : ok.select(explode(col("findings")).as("f"))
                .filter(col("f.status").isin("FAIL", "ERROR"))
                .groupBy(col("f.ruleId").as("ruleId"))
                .agg(count(lit(1)).as("reports"))
                .orderBy(desc("reports"), col("ruleId"))
                .limit(10).collectAsList()) {
            rules.add(new RuleCount(r.getString(0), r.getLong(1)));
        }
        return new Summary(inputs, checked, inputs - checked,
                totals.isNullAt(3) ? 0 : round(totals.getDouble(3)), totals.isNullAt(4) ? 0 : round(totals.getDouble(4)),
                grades, labels, rules, byLevel, totals.isNullAt(2) ? null : totals.getString(2), 0, null);
    }

    /** The same summary with the run's wall time. */
    public Summary withElapsedSeconds(double seconds) {
        return new Summary(inputs, checked, failed, meanScore, medianScore, grades, gradeLabels, mostFailedRules,
                byLevel, packSha256, seconds, copies);
    }

    /** The same summary with the copied reports found among its rows. */
    public Summary withCopies(List<DuplicateCluster> clusters, double similarityMin) {
        return new Summary(inputs, checked, failed, meanScore, medianScore, grades, gradeLabels, mostFailedRules,
                byLevel, packSha256, elapsedSeconds, Copies.of(clusters, similarityMin));
    }

    /** Inputs per second of the run (0 when not measured). */
    public double reportsPerSecond() {
        return elapsedSeconds <= 0 ? 0 : inputs / elapsedSeconds;
    }

    private static void ordered(Map<String, Long> from, Map<String, Long> to) {
        for (String g : GRADE_ORDER) {
            if (from.containsKey(g)) {
                to.put(g, from.get(g));
            }
        }
        from.forEach(to::putIfAbsent);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** The summary as the JSON of {@code _summary.json}. */
    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("inputs", inputs);
        m.put("checked", checked);
        m.put("failed", failed);
        m.put("meanScore", meanScore);
        m.put("medianScore", medianScore);
        List<Map<String, Object>> g = new ArrayList<>();
        grades.forEach((k, v) -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("grade", k);
            e.put("label", gradeLabels.get(k));
            e.put("reports", v);
            g.add(e);
        });
        m.put("grades", g);
        m.put("mostFailedRules", mostFailedRules);
        m.put("byLevel", byLevel);
        m.put("copies", copies);
        m.put("packSha256", packSha256);
        m.put("elapsedSeconds", round(elapsedSeconds));
        m.put("reportsPerSecond", round(reportsPerSecond()));
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The summary as the job prints it. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%d inputs: %d checked, %d could not be read%n", inputs, checked, failed));
        b.append(String.format(Locale.ROOT, "score: mean %.2f, median %.2f%n", meanScore, medianScore));
        b.append("grades:");
        grades.forEach((k, v) -> b.append(' ').append(gradeLabels.getOrDefault(k, k)).append(' ').append(v));
        b.append(System.lineSeparator()).append("most-failed rules:");
        mostFailedRules.forEach(r -> b.append(' ').append(r.ruleId()).append(' ').append(r.reports()));
        b.append(System.lineSeparator()).append("by level:").append(System.lineSeparator());
        for (LevelCount l : byLevel) {
            b.append(String.format(Locale.ROOT, "  %-10s %8d reports, mean %.2f, grades %s%n", l.level(), l.reports(),
                    l.meanScore(), l.grades()));
        }
        if (copies != null) {
            b.append(String.format(Locale.ROOT, "copied reports: %d clusters, %d reports (similarity >= %.2f; _duplicates.jsonl has the shared passages)%n",
                    copies.clusters(), copies.reports(), copies.similarityMin()));
            int n = 0;
            for (CopyCluster c : copies.largest()) {
                b.append(String.format(Locale.ROOT, "  %d. %s (oldest) and %d more, %.2f%n", ++n, c.oldest(), c.members() - 1,
                        c.similarity()));
            }
        }
        if (elapsedSeconds > 0) {
            b.append(String.format(Locale.ROOT, "%.1f s, %.1f reports/s%n", elapsedSeconds, reportsPerSecond()));
        }
        return b.toString();
    }
}
