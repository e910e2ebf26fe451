package io.djcheck.render;

import io.djcheck.model.Evidence;
import io.djcheck.model.Status;
import io.djcheck.result.Finding;
import io.djcheck.result.ResultView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The 反馈意见 letter an organisation department sends back on one report: addressed to the
 * reporting organisation (by name, else by the report's file name), it gives the score and grade,
 * then a table of every requirement the report failed or did not evidence — the rule's title, what
 * was found, the sentences quoted from the report, the regulation behind the rule and the 整改建议 —
 * and closes with the date. Laid out by {@link OfficialDocument}.
 */
final class FeedbackLetter {

    static final List<String> HEADER = List.of("序号", "检查要求", "存在问题", "报告原文", "依据", "整改建议");
    private static final double[] WIDTHS_MM = {12, 23, 30, 33, 24, 34};
    /** Quotes shown per finding; the rest are counted, so one finding cannot fill pages. */
    static final int MAX_QUOTES = 3;

    private final LocalDate date;

    FeedbackLetter(LocalDate date) {
        this.date = date;
    }

    /** Writes the letter on {@code r} into {@code doc}, starting on a new page when {@code newPage}. */
    void write(OfficialDocument doc, ResultView r, boolean newPage) {
        String org = Addressee.of(r);
        List<Finding> problems = r.findings().stream()
                .filter(f -> f.status() == Status.FAIL || f.status() == Status.NOT_EVIDENCED).toList();
        long failed = problems.stream().filter(f -> f.status() == Status.FAIL).count();

        doc.title("关于" + org + "基层党建工作述职报告的反馈意见", newPage);
        doc.flushLeft(org + "：");
        doc.body("经审核你单位报送的《" + Addressee.fileName(r.source()) + "》，共检查" + r.findings().size()
                + "项要求，得分" + Addressee.score(r.score()) + "分，等次为“" + r.gradeLabel() + "”"
                + (r.vetoed() ? "（有一票否决事项）" : "") + "。其中不合格" + failed
                + "项，报告中未体现" + (problems.size() - failed) + "项"
                + (r.complete() ? "" : "；另有规则未能完成检查，本次结果仅供参考") + "。现将有关问题反馈如下。");

        doc.heading("一、存在的问题和整改建议");
        if (problems.isEmpty()) {
            doc.body("本次检查未发现不合格或未体现的要求。");
        } else {
            var table = doc.table(HEADER, WIDTHS_MM);
            int n = 0;
            for (Finding f : problems) {
                OfficialDocument.row(table, List.of(
                        List.of(String.valueOf(++n)),
                        List.of(f.title()),
                        List.of(statusLabel(f.status()) + "：" + f.message()),
                        quotes(f),
                        List.of(orDash(f.basis())),
                        List.of(orDash(f.suggestion()))));
            }
        }

        doc.heading("二、整改要求");
        doc.body("请对照以上问题逐项研究整改措施，明确责任人和完成时限，整改情况按要求报送。");
        doc.blank();
        doc.date(date);
    }

    /**
     * The sentences behind a finding, each once (two facts found in one sentence quote it twice) and
     * in quotation marks; a finding with none says the report is silent.
     */
    static List<String> quotes(Finding f) {
        List<String> distinct = distinctQuotes(f);
        if (distinct.isEmpty()) {
            return List.of("（报告中未见相关表述）");
        }
        List<String> out = new ArrayList<>();
        for (String q : distinct.subList(0, Math.min(MAX_QUOTES, distinct.size()))) {
            out.add("“" + q + "”");
        }
        if (distinct.size() > MAX_QUOTES) {
            out.add("（另有" + (distinct.size() - MAX_QUOTES) + "处）");
        }
        return out;
    }

    static List<String> distinctQuotes(Finding f) {
        return f.evidence().stream().map(Evidence::quote).map(String::strip).filter(q -> !q.isEmpty())
                .distinct().toList();
    }

    static String statusLabel(Status s) {
        return switch (s) {
            case PASS -> "合格";
            case FAIL -> "不合格";
            case NOT_EVIDENCED -> "未体现";
            case ERROR -> "出错";
        };
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s.strip();
    }
}
