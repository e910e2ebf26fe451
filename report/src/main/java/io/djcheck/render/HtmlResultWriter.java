package io.djcheck.render;

import io.djcheck.result.ResultView;
import io.djcheck.result.Finding;
import io.djcheck.engine.MessageTemplate;
import io.djcheck.model.Status;
import io.djcheck.model.Grade;
import io.djcheck.similar.DuplicateCluster;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One self-contained web page for a run: a summary table of the reports by organisation, sortable
 * by any column (a ranking by score); a chart of the grades and one of the rules failed most; a
 * table of contents; and for each report its text with every evidence span highlighted beside its
 * findings; a click on a finding scrolls to its evidence and highlights it. On screen a search box
 * and filters (grade, failed rule) narrow all three; printed (report.css's print rules), every
 * report comes whole — no scroll pane cut — each on a new page, after the summary and contents.
 * Inline CSS and JS only; a Content-Security-Policy allows nothing else (no network, and no script
 * but the page's own, by hash), and every piece of report text is escaped.
 *
 * <p>Results stream to two temporary files (summary rows, report sections) and only counts and the
 * contents (at most {@code detailLimit} lines) stay in memory; {@link #close()} writes the page
 * around them. Past {@code detailLimit} reports the page lists the rest in the summary only: a
 * browser cannot show a hundred thousand report texts.
 */
final class HtmlResultWriter implements ResultWriter {

    static final int DEFAULT_DETAIL_LIMIT = 1000;
    static final String CSS = resource("report.css");
    static final String JS = resource("report.js");
    private static final int TOP_RULES = 10;
    private static final Map<Grade, String> COLORS = Map.of(Grade.EXCELLENT, "#2e7d32", Grade.GOOD, "#1565c0",
            Grade.FAIR, "#f9a825", Grade.POOR, "#c62828");

    private final Writer out;
    private final int detailLimit;
    private final Path rowsFile;
    private final Path detailsFile;
    private final Writer rows;
    private final Writer details;
    private final StringBuilder contents = new StringBuilder();
    private final Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
    private final Map<Grade, String> gradeLabels = new EnumMap<>(Grade.class);
    private final Map<String, Integer> fails = new HashMap<>();
    private final Map<String, Integer> failsOrErrors = new TreeMap<>();
    private final Map<String, String> titles = new HashMap<>();
    private int reports;
    private int failed;
    private double scoreSum;
    private String pack;
    private String duplicates = "";

    HtmlResultWriter(Writer out, int detailLimit) throws IOException {
        this.out = out;
        this.detailLimit = detailLimit;
        rowsFile = Files.createTempFile("djcheck-html-rows", ".part");
        detailsFile = Files.createTempFile("djcheck-html-details", ".part");
        rows = Files.newBufferedWriter(rowsFile, StandardCharsets.UTF_8);
        details = Files.newBufferedWriter(detailsFile, StandardCharsets.UTF_8);
    }

    @Override
    public void accept(ResultView r) throws IOException {
        int n = ++reports;
        scoreSum += r.score();
        grades.merge(r.grade(), 1, Integer::sum);
        gradeLabels.putIfAbsent(r.grade(), r.gradeLabel());
        if (pack == null) {
            pack = r.ruleset().id() + " " + r.ruleset().version();
        }
        for (Finding f : r.findings()) {
            titles.putIfAbsent(f.ruleId(), f.title());
            if (f.status() == Status.FAIL) {
                fails.merge(f.ruleId(), 1, Integer::sum);
            }
            if (f.status() == Status.FAIL || f.status() == Status.ERROR) {
                failsOrErrors.merge(f.ruleId(), 1, Integer::sum);
            }
        }
        boolean detailed = n <= detailLimit;
        long failedRules = r.findings().stream().filter(f -> f.status() == Status.FAIL || f.status() == Status.ERROR).count();
        long unknown = r.findings().stream().filter(f -> f.status() == Status.NOT_EVIDENCED).count();
        String org = Html.escape(Names.organisation(r));
        String failedList = Html.escape(Names.rules(r, "；", Status.FAIL, Status.ERROR));
        rows.write("<tr" + HtmlFilters.attributes(r) + "><td class=\"num\" data-v=\"" + n + "\">" + n + "</td>"
                + "<td data-v=\"" + org + "\">" + (detailed ? "<a href=\"#r" + n + "\">" : "") + org
                + (detailed ? "</a>" : "") + "</td>"
                + "<td data-v=\"" + Html.escape(r.source()) + "\">" + Html.escape(r.source()) + "</td>"
                + "<td class=\"num\" data-v=\"" + r.score() + "\">" + MessageTemplate.format(r.score()) + "</td>"
                + "<td data-v=\"" + r.grade().ordinal() + "\"><span class=\"g g-" + r.grade() + "\">"
                + Html.escape(r.gradeLabel()) + "</span>" + (r.vetoed() ? "<span class=\"veto\">一票否决</span>" : "")
                + "</td><td class=\"num\" data-v=\"" + failedRules + "\">" + failedRules + "</td>"
                + "<td class=\"num\" data-v=\"" + unknown + "\">" + unknown + "</td>"
                + "<td data-v=\"" + failedList + "\">" + failedList + "</td></tr>\n");
        if (detailed) {
            details.write(HtmlReportSection.render(n, r));
            String file = Names.fileName(r.source());
            contents.append("<li value=\"").append(n).append('"').append(HtmlFilters.attributes(r)).append("><a href=\"#r")
                    .append(n).append("\">").append(org).append("</a> ")
                    .append(file.equals(Names.organisation(r)) ? "" : "<span class=\"src\">" + Html.escape(file) + "</span> ")
                    .append(MessageTemplate.format(r.score())).append(" 分 ").append(Html.escape(r.gradeLabel()))
                    .append("</li>\n");
        }
    }

    @Override
    public void acceptFailure(String source, String error) throws IOException {
        int n = ++reports;
        failed++;
        rows.write("<tr class=\"failed\"" + HtmlFilters.failureAttributes(source) + "><td class=\"num\" data-v=\"" + n
                + "\">" + n + "</td><td data-v=\"" + Html.escape(Names.fileName(source)) + "\">"
                + Html.escape(Names.fileName(source)) + "</td>"
                + "<td data-v=\"" + Html.escape(source) + "\">" + Html.escape(source) + "</td>"
                + "<td class=\"num\" data-v=\"-1\">—</td><td data-v=\"9\"><span class=\"g g-FAILED\">无法检查</span></td>"
                + "<td class=\"num\" data-v=\"-1\"></td><td class=\"num\" data-v=\"-1\"></td>"
                + "<td data-v=\"" + Html.escape(error) + "\">" + Html.escape(error) + "</td></tr>\n");
    }

    @Override
    public void acceptDuplicates(List<DuplicateCluster> clusters) {
        duplicates = DuplicateTable.html(clusters);
    }

    @Override
    public void close() throws IOException {
        try (out) {
            rows.close();
            details.close();
            out.write(head());
            int checked = reports - failed;
            out.write("<header><h1>党建述职报告检查结果</h1><p class=\"meta\">共 " + reports + " 份 · 已检查 " + checked
                    + " 份 · 无法检查 " + failed + " 份"
                    + (checked > 0 ? " · 平均分 " + MessageTemplate.format(Math.round(scoreSum / checked * 10) / 10.0) : "")
                    + (pack == null ? "" : " · 规则包 " + Html.escape(pack)) + "</p></header>\n");
            out.write(HtmlFilters.controls(gradeLabels, failed > 0, titles, byCount(failsOrErrors), reports));
            out.write(charts());
            out.write("<h2>汇总</h2>\n");
            if (reports > detailLimit) {
                out.write("<p class=\"note\">下方逐份列出前 " + detailLimit + " 份报告的原文和检查结果；其余报告只在汇总表中，"
                        + "完整明细见 XLSX 或 JSONL 输出。</p>\n");
            }
            out.write("<table id=\"summary\" class=\"sortable\"><thead><tr><th data-type=\"num\">序号</th>"
                    + "<th data-type=\"text\">单位</th><th data-type=\"text\">报告文件</th>"
                    + "<th data-type=\"num\" id=\"score-header\">得分</th>"
                    + "<th data-type=\"num\">等次</th><th data-type=\"num\">不合格</th><th data-type=\"num\">未体现</th>"
                    + "<th data-type=\"text\">不合格规则 / 无法检查的原因</th></tr></thead><tbody>\n");
            copy(rowsFile);
            out.write("</tbody></table>\n");
            out.write(duplicates);
            if (reports > failed) {
                out.write("<nav id=\"toc\" aria-label=\"目录\"><h2>目录</h2><ol>\n" + contents + "</ol></nav>\n");
                out.write("<h2 class=\"details\">逐份报告</h2>\n");
                copy(detailsFile);
            }
            out.write("<script>" + JS + "</script>\n</body>\n</html>\n");
        } finally {
            Files.deleteIfExists(rowsFile);
            Files.deleteIfExists(detailsFile);
        }
    }

    /** The rules most failed first, then by id. */
    private static Map<String, Integer> byCount(Map<String, Integer> counts) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static String head() {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src '"
                + sha256(CSS) + "'; script-src '" + sha256(JS) + "'\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<link rel=\"icon\" href=\"data:,\">\n<title>djcheck 检查结果</title>\n<style>" + CSS + "</style>\n"
                + "</head>\n<body>\n";
    }

    private String charts() {
        List<HtmlCharts.Bar> gradeBars = new ArrayList<>();
        for (Grade g : Grade.values()) {
            gradeBars.add(new HtmlCharts.Bar(gradeLabels.getOrDefault(g, g.defaultLabel()), grades.getOrDefault(g, 0),
                    COLORS.get(g)));
        }
        if (failed > 0) {
            gradeBars.add(new HtmlCharts.Bar("无法检查", failed, "#757575"));
        }
        List<HtmlCharts.Bar> ruleBars = byCount(fails).entrySet().stream()
                .limit(TOP_RULES)
                .map(e -> new HtmlCharts.Bar(e.getKey() + " " + titles.get(e.getKey()), e.getValue(), "#c62828"))
                .toList();
        return "<section class=\"charts\"><figure id=\"grade-chart\"><figcaption>等次分布</figcaption>"
                + HtmlCharts.columns("等次分布", gradeBars) + "</figure><figure id=\"rule-chart\"><figcaption>不合格最多的规则"
                + "</figcaption>" + HtmlCharts.rows("不合格最多的规则", ruleBars, "没有不合格的规则") + "</figure></section>\n";
    }

    private void copy(Path part) throws IOException {
        try (Reader in = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
            in.transferTo(out);
        }
    }

    /** A CSP source for inline content: {@code sha256-<base64>}. */
    static String sha256(String content) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlResultWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource io/djcheck/render/" + name + " in the djcheck jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
