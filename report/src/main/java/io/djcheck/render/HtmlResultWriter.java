package io.djcheck.render;

import io.djcheck.model.Evidence;
import io.djcheck.model.Quantity;
import io.djcheck.model.Report;
import io.djcheck.result.CheckResult;
import io.djcheck.result.ResultView;
import io.djcheck.result.Finding;
import io.djcheck.engine.MessageTemplate;
import io.djcheck.model.Status;
import io.djcheck.model.Grade;
import io.djcheck.similar.DuplicateCluster;
import io.djcheck.score.ScoreCard;

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
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One self-contained web page for a run: a summary table sortable by any column, a chart of the
 * grades and one of the rules failed most, and for each report its text with every evidence span
 * highlighted beside its findings; a click on a finding scrolls to its evidence and highlights it.
 * Inline CSS and JS only; a Content-Security-Policy allows nothing else (no network, and no script
 * but the page's own, by hash), and every piece of report text is escaped.
 *
 * <p>Results stream to two temporary files (summary rows, report sections) and only counts stay in
 * memory; {@link #close()} writes the page around them. Past {@code detailLimit} reports the page
 * lists the rest in the summary only: a browser cannot show a hundred thousand report texts.
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
    private final Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
    private final Map<Grade, String> gradeLabels = new EnumMap<>(Grade.class);
    private final Map<String, Integer> fails = new HashMap<>();
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
            if (f.status() == Status.FAIL) {
                fails.merge(f.ruleId(), 1, Integer::sum);
                titles.putIfAbsent(f.ruleId(), f.title());
            }
        }
        boolean detailed = n <= detailLimit;
        long failedRules = r.findings().stream().filter(f -> f.status() == Status.FAIL || f.status() == Status.ERROR).count();
        long unknown = r.findings().stream().filter(f -> f.status() == Status.NOT_EVIDENCED).count();
        rows.write("<tr><td class=\"num\" data-v=\"" + n + "\">" + n + "</td>"
                + "<td data-v=\"" + Html.escape(r.source()) + "\">" + (detailed ? "<a href=\"#r" + n + "\">" : "")
                + Html.escape(r.source()) + (detailed ? "</a>" : "") + "</td>"
                + "<td class=\"num\" data-v=\"" + r.score() + "\">" + MessageTemplate.format(r.score()) + "</td>"
                + "<td data-v=\"" + r.grade().ordinal() + "\"><span class=\"g g-" + r.grade() + "\">"
                + Html.escape(r.gradeLabel()) + "</span>" + (r.vetoed() ? "<span class=\"veto\">一票否决</span>" : "")
                + "</td><td class=\"num\" data-v=\"" + failedRules + "\">" + failedRules + "</td>"
                + "<td class=\"num\" data-v=\"" + unknown + "\">" + unknown + "</td>"
                + "<td data-v=\"" + Html.escape(ResultTable.ruleIds(r, Status.FAIL, Status.ERROR)) + "\">"
                + Html.escape(ResultTable.ruleIds(r, Status.FAIL, Status.ERROR)) + "</td></tr>\n");
        if (detailed) {
            details.write(section(n, r));
        }
    }

    @Override
    public void acceptFailure(String source, String error) throws IOException {
        int n = ++reports;
        failed++;
        rows.write("<tr class=\"failed\"><td class=\"num\" data-v=\"" + n + "\">" + n + "</td>"
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
            out.write(charts());
            out.write("<h2>汇总</h2>\n");
            if (reports > detailLimit) {
                out.write("<p class=\"note\">下方逐份列出前 " + detailLimit + " 份报告的原文和检查结果；其余报告只在汇总表中，"
                        + "完整明细见 XLSX 或 JSONL 输出。</p>\n");
            }
            out.write("<table id=\"summary\" class=\"sortable\"><thead><tr><th data-type=\"num\">序号</th>"
                    + "<th data-type=\"text\">报告</th><th data-type=\"num\" id=\"score-header\">得分</th>"
                    + "<th data-type=\"num\">等次</th><th data-type=\"num\">不合格</th><th data-type=\"num\">未反映</th>"
                    + "<th data-type=\"text\">不合格规则 / 无法检查的原因</th></tr></thead><tbody>\n");
            copy(rowsFile);
            out.write("</tbody></table>\n");
            out.write(duplicates);
            if (reports > failed) {
                out.write("<h2>逐份报告</h2>\n");
                copy(detailsFile);
            }
            out.write("<script>" + JS + "</script>\n</body>\n</html>\n");
        } finally {
            Files.deleteIfExists(rowsFile);
            Files.deleteIfExists(detailsFile);
        }
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
        List<HtmlCharts.Bar> ruleBars = fails.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_RULES)
                .map(e -> new HtmlCharts.Bar(e.getKey() + " " + titles.get(e.getKey()), e.getValue(), "#c62828"))
                .toList();
        return "<section class=\"charts\"><figure id=\"grade-chart\"><figcaption>等次分布</figcaption>"
                + HtmlCharts.columns("等次分布", gradeBars) + "</figure><figure id=\"rule-chart\"><figcaption>不合格最多的规则"
                + "</figcaption>" + HtmlCharts.rows("不合格最多的规则", ruleBars, "没有不合格的规则") + "</figure></section>\n";
    }

    /** One report: heading, category points, its text with evidence marked, its findings beside it. */
    static String section(int n, ResultView r) {
        String rid = "r" + n;
        Map<String, String> evidenceIds = new LinkedHashMap<>();
        List<HighlightedText.Span> spans = new ArrayList<>();
        List<Finding> ordered = new ArrayList<>(r.findings());
        ordered.sort(Comparator.comparingDouble(Finding::deduction).reversed());    // what cost points first
        StringBuilder list = new StringBuilder(4096);
        for (Finding f : ordered) {
            List<String> ids = new ArrayList<>();
            for (Evidence e : f.evidence()) {
                String id = evidenceIds.computeIfAbsent(e.start() + ":" + e.end(), k -> rid + "e" + (evidenceIds.size() + 1));
                if (!ids.contains(id)) {
                    ids.add(id);
                }
                spans.add(new HighlightedText.Span(e.start(), e.end(), id, f.status().precedence() + 1, "s-" + f.status(), null));
            }
            list.append("<li class=\"f s-").append(f.status()).append('"');
            if (!ids.isEmpty()) {
                list.append(" data-ev=\"").append(String.join(" ", ids)).append("\" tabindex=\"0\" role=\"button\"");
            }
            list.append("><span class=\"sym\">").append(symbol(f.status())).append("</span> <b>")
                    .append(Html.escape(f.ruleId())).append("</b> ").append(Html.escape(f.title()));
            if (f.deduction() > 0) {
                list.append(" <span class=\"ded\">-").append(MessageTemplate.format(f.deduction())).append("</span>");
            }
            list.append("<div class=\"msg\">").append(Html.escape(f.message())).append("</div>");
            if (f.basis() != null && !f.basis().isBlank()) {
                list.append("<div class=\"basis\">依据：").append(Html.escape(f.basis())).append("</div>");
            }
            if (f.status() != Status.PASS && !f.suggestion().isBlank()) {
                list.append("<div class=\"sug\">整改建议：").append(Html.escape(f.suggestion())).append("</div>");
            }
            list.append("</li>\n");
        }
        // a result read back from JSON (a resumed batch) has its findings and quotes but not its text
        Report report = r instanceof CheckResult checked ? checked.report() : null;
        String text = report == null ? "" : report.text();
        for (Quantity q : report == null ? List.<Quantity>of() : report.quantities()) {
            spans.add(new HighlightedText.Span(q.evidence().start(), q.evidence().end(), null, 0, "q", q.concept() + " = "
                    + (q.value() == null ? "?" : MessageTemplate.format(q.value())) + (q.unit() == null ? "" : " " + q.unit())));
        }
        StringBuilder sb = new StringBuilder(text.length() * 2 + list.length() + 1024);
        sb.append("<section class=\"report\" id=\"").append(rid).append("\"><h3><span class=\"src\">")
                .append(Html.escape(r.source())).append("</span> · ")
                .append(r.reportInfo().organisation() == null ? ""
                        : "<span class=\"org\">" + Html.escape(r.reportInfo().organisation()) + "</span> · ")
                .append(MessageTemplate.format(r.score()))
                .append(" 分 <span class=\"g g-").append(r.grade()).append("\">").append(Html.escape(r.gradeLabel()))
                .append("</span>").append(r.vetoed() ? "<span class=\"veto\">一票否决</span>" : "").append("</h3>\n");
        sb.append("<div class=\"cats\">");
        for (ScoreCard.CategoryScore c : r.categories()) {
            sb.append("<span>").append(Html.escape(c.name())).append(' ').append(MessageTemplate.format(c.score()))
                    .append('/').append(MessageTemplate.format(c.weight())).append("</span>");
        }
        sb.append("</div>\n<div class=\"body\"><div class=\"text\">")
                .append(HighlightedText.render(text, spans))
                .append("</div>\n<ol class=\"findings\">\n").append(list).append("</ol></div></section>\n");
        return sb.toString();
    }

    private static String symbol(Status s) {
        return switch (s) {
            case PASS -> "✓";
            case FAIL -> "✗";
            case NOT_EVIDENCED -> "?";
            case ERROR -> "!";
        };
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
