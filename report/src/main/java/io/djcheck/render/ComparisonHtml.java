package io.djcheck.render;

import io.djcheck.compare.CarriedItem;
import io.djcheck.compare.Comparison;
import io.djcheck.compare.ItemStatus;
import io.djcheck.compare.RepeatedFigure;
import io.djcheck.compare.ReusedPassage;
import io.djcheck.model.Evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A year-over-year {@link Comparison} as one self-contained web page: the verdict, a table of last
 * year's problems and promises with their status, and the two reports side by side — last year's
 * on the left, this year's on the right — with each problem or promise marked in both (coloured by
 * status, linked to each other), reused passages shaded and repeated figures underlined. No script;
 * the inline style is allowed by its hash only, and all report text is escaped.
 *
 * <pre>{@code
 * Files.writeString(Path.of("compare.html"), ComparisonHtml.render(YearOverYear.compare(last, current)));
 * }</pre>
 */
public final class ComparisonHtml {

    static final String CSS = """
            body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:1.5em;color:#222}
            h1{font-size:1.3em}h2{font-size:1.1em;margin-top:1.5em}
            .verdict{background:#f6f6f6;border-left:4px solid #666;padding:.6em 1em}
            table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}
            .sides{display:flex;gap:1.5em}.side{flex:1;min-width:0}.side pre{white-space:pre-wrap;font-family:inherit;line-height:1.7}
            .ok{background:#d9f2d9}.again{background:#ffe8b3}.dropped{background:#f8d0d0}
            .reused{background:#e4e4e4}.figure{text-decoration:underline;text-decoration-thickness:2px}
            .tag{display:inline-block;padding:0 .4em;border-radius:3px}
            a{color:inherit}
            """;

    private ComparisonHtml() {
    }

    public static String render(Comparison c) {
        List<Mark> left = new ArrayList<>();
        List<Mark> right = new ArrayList<>();
        for (ReusedPassage p : c.reusedPassages()) {
            left.add(new Mark(p.last(), "reused", null, null));
            right.add(new Mark(p.current(), "reused", null, null));
        }
        for (RepeatedFigure f : c.repeatedFigures()) {
            left.add(new Mark(f.last(), "figure", null, null));
            right.add(new Mark(f.current(), "figure", null, null));
        }
        StringBuilder rows = new StringBuilder();
        int n = 0;
        for (List<CarriedItem> items : List.of(c.problems(), c.promises())) {
            for (CarriedItem i : items) {
                n++;
                String css = css(i.status());
                left.add(new Mark(i.last(), css, "l" + n, i.current() == null ? null : "#r" + n));
                if (i.current() != null) {
                    right.add(new Mark(i.current(), css, "r" + n, "#l" + n));
                }
                rows.append("<tr><td>").append(i.kind().label()).append("</td><td><a href=\"#l").append(n).append("\">")
                        .append(Html.escape(i.headline())).append("</a></td><td><span class=\"tag ").append(css).append("\">")
                        .append(i.status().label()).append("</span></td><td>")
                        .append(i.current() == null ? "" : "<a href=\"#r" + n + "\">" + Html.escape(i.current().quote()) + "</a>")
                        .append("</td><td>").append(Html.escape(i.why())).append("</td></tr>\n");
            }
        }
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '")
                .append(HtmlResultWriter.sha256(CSS)).append("'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n<title>djcheck 年度对比</title>\n<style>").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        b.append("<h1>年度对比：").append(Html.escape(title(c.last()))).append(" → ").append(Html.escape(title(c.current())))
                .append("</h1>\n<p class=\"verdict\">").append(Html.escape(c.verdict())).append("</p>\n");
        b.append("<h2>上年查摆的问题和承诺</h2>\n<table>\n<tr><th>类别</th><th>上年</th><th>本年情况</th><th>本年依据</th><th>判断</th></tr>\n")
                .append(rows).append("</table>\n");
        b.append("<p>灰底：与上年逐句相同的文字（本年文字的")
                .append(String.format(Locale.ROOT, "%.0f%%", c.reusedShare() * 100))
                .append("）；下划线：与上年相同的数据（").append(c.repeatedFigures().size()).append("处）。</p>\n");
        b.append("<div class=\"sides\">\n<div class=\"side\"><h2>上年 ").append(Html.escape(title(c.last()))).append("</h2><pre>")
                .append(highlight(c.last().text(), left)).append("</pre></div>\n<div class=\"side\"><h2>本年 ")
                .append(Html.escape(title(c.current()))).append("</h2><pre>").append(highlight(c.current().text(), right))
                .append("</pre></div>\n</div>\n</body>\n</html>\n");
        return b.toString();
    }

    private static String css(ItemStatus s) {
        return switch (s) {
            case ADDRESSED, DELIVERED -> "ok";
            case REPEATED, STILL_PROMISED -> "again";
            case DROPPED -> "dropped";
        };
    }

    private static String title(Comparison.Side s) {
        String name = s.source().replaceAll(".*[/\\\\]", "");
        return (s.organisation() == null ? name : s.organisation() + " " + name) + (s.year() == null ? "" : " " + s.year() + "年度");
    }

    /** A span to mark: its class, an anchor id to jump to it, and where clicking it goes. */
    private record Mark(Evidence at, String css, String id, String href) {
    }

    /** The text escaped, cut at every mark's ends, each piece in the spans of the marks over it. */
    private static String highlight(String text, List<Mark> marks) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Mark m : marks) {
            cuts.add(Math.min(m.at().start(), text.length()));
            cuts.add(Math.min(m.at().end(), text.length()));
        }
        StringBuilder b = new StringBuilder();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            StringBuilder open = new StringBuilder();
            StringBuilder close = new StringBuilder();
            for (Mark m : marks) {
                if (m.at().start() <= from && m.at().end() >= to && m.at().end() > m.at().start()) {
                    boolean first = m.at().start() == from && m.id() != null;
                    String tag = m.href() != null ? "a" : "span";
                    open.append('<').append(tag).append(" class=\"").append(m.css()).append('"');
                    if (first) {
                        open.append(" id=\"").append(m.id()).append('"');
                    }
                    if (m.href() != null) {
                        open.append(" href=\"").append(m.href()).append('"');
                    }
                    open.append('>');
                    close.insert(0, "</" + tag + ">");
                }
            }
            b.append(open).append(Html.escape(text.substring(from, to))).append(close);
            from = to;
        }
        return b.toString();
    }
}
