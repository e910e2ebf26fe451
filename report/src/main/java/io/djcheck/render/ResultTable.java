package io.djcheck.render;

import io.djcheck.model.Evidence;
import io.djcheck.result.ResultView;
import io.djcheck.result.Finding;
import io.djcheck.model.Status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The two tables the spreadsheet formats share (CSV and XLSX): a summary row per report and a row
 * per finding. Defined once, so the columns cannot drift apart between formats. Cells are
 * {@link String}s, {@link Double}s for numbers, or null for empty.
 */
final class ResultTable {

    /** A column: its machine name (CSV header) and the Chinese label reviewers read (XLSX header). */
    record Column(String name, String label) {
    }

    static final List<Column> SUMMARY = List.of(
            new Column("source", "报告"), new Column("sha256", "SHA-256"), new Column("score", "得分"),
            new Column("grade", "等级"), new Column("gradeLabel", "等次"), new Column("vetoed", "一票否决"),
            new Column("complete", "完整"), new Column("failedRules", "不合格规则"),
            new Column("notEvidencedRules", "未体现规则"), new Column("error", "无法检查的原因"),
            new Column("organisation", "报告单位"), new Column("level", "层级"), new Column("genre", "文种"));

    static final List<Column> FINDINGS = List.of(
            new Column("source", "报告"), new Column("ruleId", "规则"), new Column("title", "规则名称"),
            new Column("category", "类别"), new Column("severity", "严重程度"), new Column("status", "结论"),
            new Column("deduction", "扣分"), new Column("message", "说明"), new Column("evidence", "原文依据"),
            new Column("suggestion", "整改建议"), new Column("organisation", "报告单位"));

    /** Indexes of columns formats style: grade, label and error in {@link #SUMMARY}, status in {@link #FINDINGS}. */
    static final int GRADE = 3;
    static final int GRADE_LABEL = 4;
    static final int ERROR = 9;
    static final int ORGANISATION = 10;
    static final int STATUS = 5;

    /** Between the rules of a summary cell: a summary row stays one line (line tools count reports). */
    static final String RULE_SEPARATOR = "；";

    private ResultTable() {
    }

    /**
     * A report's row. Values are as reviewers read them (是/否, 乡镇, rules with their titles, separated by
     * ；); {@code grade} keeps the enum name beside its label, a key that sorts and filters alike in
     * every language.
     */
    static List<Object> summary(ResultView r) {
        return Arrays.asList(r.source(), r.sha256(), r.score(), r.grade().name(), r.gradeLabel(),
                yesNo(r.vetoed()), yesNo(r.complete()), Names.rules(r, RULE_SEPARATOR, Status.FAIL, Status.ERROR),
                Names.rules(r, RULE_SEPARATOR, Status.NOT_EVIDENCED), null, Names.organisation(r),
                r.reportInfo().orgLevel().label(), r.reportInfo().genre().label());
    }

    static List<Object> failure(String source, String error) {
        List<Object> row = new ArrayList<>(java.util.Collections.nCopies(SUMMARY.size(), null));
        row.set(0, source);
        row.set(ERROR, error);
        row.set(ORGANISATION, Names.fileName(source));
        return row;
    }

    static List<Object> finding(ResultView r, Finding f) {
        return Arrays.asList(r.source(), f.ruleId(), f.title(), f.category(), f.severity().label(), f.status().label(),
                f.deduction(), f.message(), quotes(f.evidence()), f.status() == Status.PASS ? null : f.suggestion(),
                Names.organisation(r));
    }

    /** The rule ids of the findings with one of the statuses, space-separated. */
    static String ruleIds(ResultView r, Status... statuses) {
        return Names.withStatus(r, statuses).stream().map(Finding::ruleId).collect(Collectors.joining(" "));
    }

    private static String yesNo(boolean b) {
        return b ? "是" : "否";
    }

    /** Every quote of a finding, one per line. */
    static String quotes(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::quote).collect(Collectors.joining("\n"));
    }
}
