package io.djcheck.render;

import io.djcheck.similar.DuplicateCluster;
import io.djcheck.similar.DuplicateJson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The clusters of copied reports as the summaries show them: a row per member (the cluster's
 * number, the report, oldest or copy, its file date, its similarity to the oldest, and on the
 * cluster's first row the longest passage shared) for the {@code duplicates} sheet of the XLSX, and
 * the same as a section of the HTML page.
 */
final class DuplicateTable {

    static final String SHEET = "duplicates";

    static final List<ResultTable.Column> COLUMNS = List.of(
            new ResultTable.Column("cluster", "雷同组"), new ResultTable.Column("source", "报告"),
            new ResultTable.Column("role", "角色"), new ResultTable.Column("modified", "文件修改时间"),
            new ResultTable.Column("similarityToOldest", "与最早报告的相似度"),
            new ResultTable.Column("sharedPassage", "共有段落（最长）"));

    static final int[] WIDTHS = {8, 40, 12, 22, 12, 80};

    private DuplicateTable() {
    }

    static List<List<Object>> rows(List<DuplicateCluster> clusters) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            DuplicateCluster c = clusters.get(i);
            for (int m = 0; m < c.members().size(); m++) {
                DuplicateCluster.Member member = c.members().get(m);
                rows.add(Arrays.asList((double) (i + 1), member.source(), m == 0 ? "最早 oldest" : "疑似抄袭 copy",
                        member.modified() == null ? null : member.modified().toString(),
                        DuplicateJson.round(member.similarityToOldest()),
                        m == 0 && !c.passages().isEmpty() ? c.passages().get(0).quote() : null));
            }
        }
        return rows;
    }

    /** The page's section: one table of every cluster's members, with the passages shared under each cluster. */
    static String html(List<DuplicateCluster> clusters) {
        StringBuilder sb = new StringBuilder("<h2 id=\"duplicates\">疑似雷同报告</h2>\n");
        if (clusters.isEmpty()) {
            return sb.append("<p class=\"note\">本批报告中没有发现雷同（相互抄袭）的报告。</p>\n").toString();
        }
        sb.append("<p class=\"note\">以下各组报告的正文大部分相同（数字、单位名称已屏蔽后比较）；每组第一份为文件修改时间最早的报告。</p>\n");
        for (int i = 0; i < clusters.size(); i++) {
            DuplicateCluster c = clusters.get(i);
            sb.append("<section class=\"duplicate-cluster\"><h3>第 ").append(i + 1).append(" 组 · ").append(c.members().size())
                    .append(" 份 · 最高相似度 ").append(String.format(Locale.ROOT, "%.2f", c.similarity())).append("</h3>\n<table><thead><tr>")
                    .append("<th>报告</th><th>角色</th><th>文件修改时间</th><th>与最早报告的相似度</th></tr></thead><tbody>\n");
            for (int m = 0; m < c.members().size(); m++) {
                DuplicateCluster.Member member = c.members().get(m);
                sb.append("<tr><td>").append(Html.escape(member.source())).append("</td><td>").append(m == 0 ? "最早" : "疑似抄袭")
                        .append("</td><td>").append(member.modified() == null ? "" : Html.escape(member.modified().toString()))
                        .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%.2f", member.similarityToOldest()))
                        .append("</td></tr>\n");
            }
            sb.append("</tbody></table>\n");
            for (DuplicateCluster.Passage p : c.passages()) {
                sb.append("<blockquote class=\"shared\"><p>").append(Html.escape(p.quote())).append("</p><footer>")
                        .append(Html.escape(p.source())).append(" ").append(p.start()).append("–").append(p.end()).append(" · ")
                        .append(Html.escape(p.copy())).append(" ").append(p.copyStart()).append("–").append(p.copyEnd())
                        .append("</footer></blockquote>\n");
            }
            sb.append("</section>\n");
        }
        return sb.toString();
    }
}
