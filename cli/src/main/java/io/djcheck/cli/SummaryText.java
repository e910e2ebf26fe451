package io.djcheck.cli;

import io.djcheck.batch.BatchSummary;
import io.djcheck.model.Grade;
import io.djcheck.similar.DuplicateCluster;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The closing summary of a batch, as a reviewer reads it on the console, in the console's language. */
final class SummaryText {

    private SummaryText() {
    }

    static void print(PrintWriter out, Messages m, BatchSummary s, long unlisted, List<Path> written) {
        double seconds = s.elapsedNanos() / 1e9;
        out.print(m.count("summary.checked", s.checked(), count(s.checked()), String.format(Locale.ROOT, "%.1f", seconds),
                String.format(Locale.ROOT, "%,.0f", s.reportsPerSecond())));
        long failed = s.failed() + unlisted;
        if (failed > 0) {
            out.print(m.get("summary.failed", count(failed)));
            if (s.notReports() > 0) {
                out.print(m.get("summary.not-reports", count(s.notReports())));
            }
        }
        if (s.skipped() > 0) {
            out.print(m.get("summary.skipped", count(s.skipped()), count(s.previousChecked()), count(s.previousFailed())));
        }
        out.println();
        if (s.scored() > 0) {
            out.println(m.count("summary.score", s.scored(), one(s.meanScore()), one(s.medianScore()), count(s.scored())));
            List<String> grades = new ArrayList<>();
            for (Map.Entry<Grade, Long> e : s.grades().entrySet()) {
                grades.add(s.gradeLabel(e.getKey()) + " " + count(e.getValue()));
            }
            out.println(m.get("summary.grades", String.join(" · ", grades)));
        }
        List<BatchSummary.RuleCount> rules = s.mostFailedRules(10);
        if (!rules.isEmpty()) {
            out.println(m.get("summary.most-failed"));
            for (BatchSummary.RuleCount r : rules) {
                out.printf(Locale.ROOT, "  %,8d  %s %s%n", r.reports(), r.ruleId(), r.title());
            }
        }
        List<BatchSummary.Timed> slow = s.slowest();
        if (!slow.isEmpty()) {
            out.println(m.get("summary.slowest"));
            for (BatchSummary.Timed t : slow) {
                out.printf(Locale.ROOT, "  %8.1f ms  %s%n", t.micros() / 1000.0, t.source());
            }
        }
        if (!written.isEmpty()) {
            out.println(m.get("summary.wrote", String.join(", ", written.stream().map(Path::toString).toList())));
        }
        out.flush();
    }

    /** How many clusters of copied reports the batch holds, and each one's members, oldest (the likely original) first. */
    static void printDuplicates(PrintWriter out, Messages m, List<DuplicateCluster> clusters, double similarityMin) {
        String min = String.format(Locale.ROOT, "%.2f", similarityMin);
        if (clusters.isEmpty()) {
            out.println(m.get("summary.duplicates-none", min));
            out.flush();
            return;
        }
        out.println(m.count("summary.duplicates", clusters.size(), count(clusters.size()), min));
        int shown = Math.min(clusters.size(), 20);
        for (int i = 0; i < shown; i++) {
            DuplicateCluster c = clusters.get(i);
            List<String> copies = new ArrayList<>();
            for (DuplicateCluster.Member member : c.members().subList(1, Math.min(c.members().size(), 6))) {
                copies.add(member.source() + String.format(Locale.ROOT, " %.2f", member.similarityToOldest()));
            }
            String more = c.members().size() > 6 ? m.get("summary.duplicates-more-members", count(c.members().size() - 6)) : "";
            out.println(m.get("summary.duplicates-cluster", i + 1, c.oldest().source(), String.join(", ", copies), more));
        }
        if (clusters.size() > shown) {
            out.println(m.get("summary.duplicates-more", count(clusters.size() - shown)));
        }
        out.flush();
    }

    private static String one(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
