package io.djcheck.render;

import io.djcheck.compare.CarriedItem;
import io.djcheck.compare.Comparison;
import io.djcheck.compare.RepeatedFigure;
import io.djcheck.compare.ReusedPassage;
import io.djcheck.model.Evidence;

import java.util.List;
import java.util.Locale;

/**
 * A year-over-year {@link Comparison} as plain text for the console: the verdict, then each problem
 * and promise of last year with its status and the sentences of both years, the repeated figures
 * and the reused passages.
 *
 * <pre>{@code
 * System.out.print(ComparisonText.render(YearOverYear.compare(last, current)));
 * }</pre>
 */
public final class ComparisonText {

    private static final int QUOTE_MAX = 80;

    private ComparisonText() {
    }

    public static String render(Comparison c) {
        StringBuilder b = new StringBuilder();
        b.append("上年 ").append(side(c.last())).append('\n');
        b.append("本年 ").append(side(c.current())).append('\n');
        b.append("结论：").append(c.verdict()).append("\n\n");
        items(b, "上年查摆的问题", c.problems());
        items(b, "上年的承诺（下一步打算）", c.promises());
        b.append("与上年相同的数据（").append(c.repeatedFigures().size()).append("处）\n");
        for (RepeatedFigure f : c.repeatedFigures()) {
            b.append("  = ").append(f.concept()).append(' ').append(number(f.value()))
                    .append(f.unit() == null ? "" : f.unit()).append("  「").append(quote(f.current())).append("」\n");
        }
        b.append('\n');
        b.append("与上年逐句相同的段落（本年文字的")
                .append(String.format(Locale.ROOT, "%.0f%%", c.reusedShare() * 100)).append("）\n");
        for (ReusedPassage p : c.reusedPassages()) {
            b.append("  ").append(p.paragraph() ? "整段 " : "语句 ").append(p.chars()).append("字  本年@")
                    .append(p.current().start()).append(" 上年@").append(p.last().start())
                    .append("  「").append(quote(p.current())).append("」\n");
        }
        return b.toString();
    }

    private static String side(Comparison.Side s) {
        return s.source() + (s.organisation() == null ? "" : "  " + s.organisation())
                + (s.year() == null ? "" : "  " + s.year() + "年度");
    }

    private static void items(StringBuilder b, String title, List<CarriedItem> items) {
        b.append(title).append("（").append(items.size()).append("）\n");
        for (CarriedItem i : items) {
            b.append("  [").append(i.status().label()).append("] ").append(i.headline()).append('\n');
            b.append("      上年：「").append(quote(i.last())).append("」\n");
            if (i.current() != null) {
                b.append("      本年：「").append(quote(i.current())).append("」\n");
            }
            b.append("      依据：").append(i.why()).append('\n');
        }
        b.append('\n');
    }

    /** 12, not 12.0; 1.5 as it is. */
    private static String number(Double v) {
        if (v == null) {
            return "?";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString(v.longValue()) : v.toString();
    }

    private static String quote(Evidence e) {
        String q = e.quote().replace('\n', ' ');
        return q.length() > QUOTE_MAX ? q.substring(0, QUOTE_MAX) + "…" : q;
    }
}
