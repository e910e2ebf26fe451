package io.djcheck.render;

import io.djcheck.engine.MessageTemplate;
import io.djcheck.model.Evidence;
import io.djcheck.model.Quantity;
import io.djcheck.model.Report;
import io.djcheck.model.Status;
import io.djcheck.result.CheckResult;
import io.djcheck.result.Finding;
import io.djcheck.result.ResultView;
import io.djcheck.score.ScoreCard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One report of the HTML page: a heading naming the organisation, its file, score and grade; the
 * points per category; its text with every evidence span marked beside its findings (what cost
 * points first), each with its rule's title, status and severity in Chinese, message, basis and
 * 整改建议. The section carries the filter attributes of {@link HtmlFilters}.
 */
final class HtmlReportSection {

    private HtmlReportSection() {
    }

    static String render(int n, ResultView r) {
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
            finding(list, f, ids);
        }
        // a result read back from JSON (a resumed batch) has its findings and quotes but not its text
        Report report = r instanceof CheckResult checked ? checked.report() : null;
        String text = report == null ? "" : report.text();
        for (Quantity q : report == null ? List.<Quantity>of() : report.quantities()) {
            spans.add(new HighlightedText.Span(q.evidence().start(), q.evidence().end(), null, 0, "q", q.concept() + " = "
                    + (q.value() == null ? "?" : MessageTemplate.format(q.value())) + (q.unit() == null ? "" : " " + q.unit())));
        }
        StringBuilder sb = new StringBuilder(text.length() * 2 + list.length() + 1024);
        sb.append("<section class=\"report\" id=\"").append(rid).append('"').append(HtmlFilters.attributes(r))
                .append("><h3><span class=\"org\">").append(Html.escape(Names.organisation(r))).append("</span> · ")
                .append(MessageTemplate.format(r.score()))
                .append(" 分 <span class=\"g g-").append(r.grade()).append("\">").append(Html.escape(r.gradeLabel()))
                .append("</span>").append(r.vetoed() ? "<span class=\"veto\">一票否决</span>" : "").append("</h3>\n");
        sb.append("<p class=\"info\"><span class=\"src\">").append(Html.escape(r.source())).append("</span> · ")
                .append(r.reportInfo().orgLevel().label()).append(" · ").append(r.reportInfo().genre().label())
                .append(r.reportInfo().year() == null ? "" : " · " + r.reportInfo().year() + " 年度").append("</p>\n");
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

    private static void finding(StringBuilder list, Finding f, List<String> evidenceIds) {
        list.append("<li class=\"f s-").append(f.status()).append('"');
        if (!evidenceIds.isEmpty()) {
            list.append(" data-ev=\"").append(String.join(" ", evidenceIds)).append("\" tabindex=\"0\" role=\"button\"");
        }
        list.append("><span class=\"sym\">").append(Names.symbol(f.status())).append("</span> <b>")
                .append(Html.escape(f.ruleId())).append("</b> ").append(Html.escape(f.title()))
                .append(" <span class=\"st\">").append(f.status().label()).append("</span>")
                .append("<span class=\"sev\">").append(f.severity().label()).append("</span>");
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
}
