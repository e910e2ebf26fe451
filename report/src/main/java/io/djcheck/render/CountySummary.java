package io.djcheck.render;

import io.djcheck.model.Grade;
import io.djcheck.model.Status;
import io.djcheck.result.Finding;
import io.djcheck.result.ResultView;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The county's 汇总通报 of a batch: how many reports were checked, the mean score and the grades,
 * every organisation ranked by score with its main problems (the failed requirements that cost the
 * most), the problems most organisations share, and the inputs that could not be checked. Keeps one
 * short line per report, not the results, so it adds little memory to a batch of any size; past
 * {@link #SHOWN_EACH_END} × 2 organisations the table shows the best and the worst and counts the
 * middle, so the document (built in memory) stays a size Word opens.
 */
final class CountySummary {

    static final List<String> HEADER = List.of("名次", "单位", "得分", "等次", "主要问题");
    private static final double[] WIDTHS_MM = {12, 40, 14, 14, 76};
    /** Failed requirements named per organisation; the rest are counted. */
    static final int MAIN_PROBLEMS = 3;
    /** Shared problems listed. */
    static final int COMMON_PROBLEMS = 5;
    /** Places shown at each end of a ranking too long for one document (a county has hundreds). */
    static final int SHOWN_EACH_END = 500;

    record Line(String organisation, double score, Grade grade, String gradeLabel, List<String> failedTitles,
                int notEvidenced) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final Map<String, Integer> failedBy = new LinkedHashMap<>();    // rule title -> organisations failing it
    private final Map<String, String> titles = new HashMap<>();             // one copy of each title for all lines
    private final Map<String, String> failures = new LinkedHashMap<>();     // source -> why it could not be checked

    void add(ResultView r) {
        List<String> failed = r.findings().stream().filter(f -> f.status() == Status.FAIL)
                .sorted(Comparator.comparingDouble(Finding::deduction).reversed())
                .map(f -> titles.computeIfAbsent(f.title(), k -> k)).toList();
        failed.forEach(t -> failedBy.merge(t, 1, Integer::sum));
        int notEvidenced = (int) r.findings().stream().filter(f -> f.status() == Status.NOT_EVIDENCED).count();
        lines.add(new Line(Addressee.of(r), r.score(), r.grade(), r.gradeLabel(), failed, notEvidenced));
    }

    void addFailure(String source, String error) {
        failures.put(source, error);
    }

    /** A place in the ranking. */
    record Ranked(int rank, Line line) {
    }

    /** The organisations by score, best first; equal scores share a rank (1, 2, 2, 4) and keep input order. */
    List<Ranked> ranking() {
        List<Line> sorted = lines.stream().sorted(Comparator.comparingDouble(Line::score).reversed()).toList();
        List<Ranked> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            boolean tied = i > 0 && sorted.get(i).score() == sorted.get(i - 1).score();
            out.add(new Ranked(tied ? out.get(i - 1).rank() : i + 1, sorted.get(i)));
        }
        return out;
    }

    void write(OutputStream out, LocalDate date) throws IOException {
        OfficialDocument doc = new OfficialDocument();
        doc.title("关于基层党建工作述职报告审核情况的通报", false);
        doc.body("现将本次审核的" + (lines.size() + failures.size()) + "份基层党建工作述职报告情况通报如下。");

        doc.heading("一、总体情况");
        doc.body(overview());

        doc.heading("二、得分排名");
        List<Ranked> ranked = ranking();
        if (ranked.isEmpty()) {
            doc.body("本次没有完成检查的报告。");
        } else {
            var table = doc.table(HEADER, WIDTHS_MM);
            for (int i = 0; i < ranked.size(); i++) {
                if (ranked.size() > 2 * SHOWN_EACH_END && i == SHOWN_EACH_END) {
                    int skipped = ranked.size() - 2 * SHOWN_EACH_END;
                    OfficialDocument.row(table, List.of(List.of("…"), List.of("（中间" + skipped + "个单位从略，全部得分见汇总表）"),
                            List.of(""), List.of(""), List.of("")));
                    i = ranked.size() - SHOWN_EACH_END;
                }
                Ranked place = ranked.get(i);
                Line l = place.line();
                OfficialDocument.row(table, List.of(List.of(String.valueOf(place.rank())), List.of(l.organisation()),
                        List.of(Addressee.score(l.score())), List.of(l.gradeLabel()), List.of(mainProblems(l))));
            }
        }

        doc.heading("三、共性问题");
        List<Map.Entry<String, Integer>> common = failedBy.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(COMMON_PROBLEMS).toList();
        if (common.isEmpty()) {
            doc.body("各单位报告均未发现不合格的要求。");
        }
        for (int i = 0; i < common.size(); i++) {
            doc.body((i + 1) + "．" + common.get(i).getKey() + "：" + common.get(i).getValue() + "个单位不合格。");
        }

        if (!failures.isEmpty()) {
            doc.heading("四、未能审核的报告");
            failures.forEach((source, error) -> doc.body(Addressee.fileName(source) + "：" + error));
        }
        doc.blank();
        doc.date(date);
        try (out; var d = doc.document()) {
            d.write(out);
        }
    }

    private String overview() {
        if (lines.isEmpty()) {
            return "共收到报告" + failures.size() + "份，均未能完成检查（原因见下文）。";
        }
        double mean = lines.stream().mapToDouble(Line::score).average().orElse(0);
        Map<Grade, Long> byGrade = lines.stream().collect(Collectors.groupingBy(Line::grade,
                () -> new EnumMap<>(Grade.class), Collectors.counting()));
        Map<Grade, String> labels = new EnumMap<>(Grade.class);
        lines.forEach(l -> labels.putIfAbsent(l.grade(), l.gradeLabel()));
        String grades = byGrade.entrySet().stream().map(e -> "“" + labels.get(e.getKey()) + "”" + e.getValue() + "份")
                .collect(Collectors.joining("，"));
        return "完成检查" + lines.size() + "份，平均得分" + Addressee.score(Math.round(mean * 10) / 10.0) + "分；其中等次为"
                + grades + "。" + (failures.isEmpty() ? "" : "另有" + failures.size() + "份未能完成检查。");
    }

    /** The costliest failed requirements, then how many more and how many the report does not evidence. */
    static String mainProblems(Line l) {
        List<String> titles = l.failedTitles();
        String s = String.join("；", titles.subList(0, Math.min(MAIN_PROBLEMS, titles.size())));
        if (l.failedTitles().size() > MAIN_PROBLEMS) {
            s += "等" + l.failedTitles().size() + "项不合格";
        }
        if (l.notEvidenced() > 0) {
            s += (s.isEmpty() ? "" : "；") + l.notEvidenced() + "项要求报告中未体现";
        }
        return s.isEmpty() ? "无" : s;
    }
}
