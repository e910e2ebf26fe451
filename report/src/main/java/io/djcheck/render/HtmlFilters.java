package io.djcheck.render;

import io.djcheck.model.Grade;
import io.djcheck.model.Status;
import io.djcheck.result.ResultView;

import java.util.Map;

/**
 * Search and filters of the HTML page: a search box over organisation and file names, a choice of
 * grade and one of rule (the reports that failed it). Every summary row, table-of-contents entry
 * and report section carries what they match ({@code data-org}, {@code data-grade},
 * {@code data-rules}); the page's script hides what does not match. Nothing here prints.
 */
final class HtmlFilters {

    /** The grade value of an input that could not be checked. */
    static final String FAILED = "FAILED";

    private HtmlFilters() {
    }

    /** The filter attributes of a report, with a leading space: names searched, grade, rules failed. */
    static String attributes(ResultView r) {
        String names = Names.organisation(r) + " " + Names.fileName(r.source());
        return " data-org=\"" + Html.escape(names) + "\" data-grade=\"" + r.grade() + "\" data-rules=\""
                + Html.escape(ResultTable.ruleIds(r, Status.FAIL, Status.ERROR)) + '"';
    }

    /** The filter attributes of an input that could not be checked. */
    static String failureAttributes(String source) {
        return " data-org=\"" + Html.escape(Names.fileName(source)) + "\" data-grade=\"" + FAILED + "\" data-rules=\"\"";
    }

    /**
     * The controls: search, grade (with the pack's labels), rule (each failed at least once, with
     * its title and in how many reports), how many reports are shown, and a print button.
     *
     * @param ruleTitles  rule id → title of every rule met so far
     * @param failCounts  rule id → reports that failed it (or where it erred), in the order to list them
     */
    static String controls(Map<Grade, String> gradeLabels, boolean anyFailed, Map<String, String> ruleTitles,
                           Map<String, Integer> failCounts, int reports) {
        StringBuilder sb = new StringBuilder(1024 + failCounts.size() * 64);
        sb.append("<form id=\"filters\" class=\"controls\" role=\"search\">")
                .append("<label>搜索单位 <input type=\"search\" id=\"filter-org\" placeholder=\"单位或文件名\"></label>")
                .append("<label>等次 <select id=\"filter-grade\"><option value=\"\">全部</option>");
        for (Grade g : Grade.values()) {
            sb.append("<option value=\"").append(g).append("\">")
                    .append(Html.escape(gradeLabels.getOrDefault(g, g.defaultLabel()))).append("</option>");
        }
        if (anyFailed) {
            sb.append("<option value=\"").append(FAILED).append("\">无法检查</option>");
        }
        sb.append("</select></label><label>不合格规则 <select id=\"filter-rule\"><option value=\"\">全部</option>");
        for (Map.Entry<String, Integer> e : failCounts.entrySet()) {
            sb.append("<option value=\"").append(Html.escape(e.getKey())).append("\">")
                    .append(Html.escape(e.getKey() + " " + ruleTitles.getOrDefault(e.getKey(), ""))).append("（")
                    .append(e.getValue()).append(" 份）</option>");
        }
        sb.append("</select></label><output id=\"filter-count\" data-total=\"").append(reports).append("\">共 ")
                .append(reports).append(" 份</output>")
                .append("<button type=\"button\" id=\"print\">打印 / 另存为 PDF</button></form>\n");
        return sb.toString();
    }
}
