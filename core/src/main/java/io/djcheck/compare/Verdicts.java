package io.djcheck.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The short conclusion of a comparison: the counts, then what a reviewer should look at. */
final class Verdicts {

    /** From this share of reused text on, the report is said to be largely copied from last year's. */
    static final double LARGELY_COPIED = 0.5;

    private Verdicts() {
    }

    static String of(List<CarriedItem> problems, List<CarriedItem> promises, List<RepeatedFigure> figures, double share) {
        StringBuilder b = new StringBuilder();
        b.append("上年查摆问题").append(problems.size()).append("个：")
                .append(counts(problems, ItemStatus.ADDRESSED, ItemStatus.REPEATED, ItemStatus.DROPPED, "个"))
                .append("；上年承诺").append(promises.size()).append("项：")
                .append(counts(promises, ItemStatus.DELIVERED, ItemStatus.STILL_PROMISED, ItemStatus.DROPPED, "项"))
                .append("；与上年相同的数据").append(figures.size()).append("处；本年")
                .append(String.format(Locale.ROOT, "%.0f%%", share * 100)).append("的文字与上年逐句相同。");
        List<String> concerns = new ArrayList<>();
        if (count(problems, ItemStatus.REPEATED) > 0) {
            concerns.add("有问题连续两年存在");
        }
        if (count(problems, ItemStatus.DROPPED) > 0) {
            concerns.add("有上年问题未交代整改情况");
        }
        if (count(promises, ItemStatus.DROPPED) > 0) {
            concerns.add("有上年承诺未交代落实情况");
        }
        if (share >= LARGELY_COPIED) {
            concerns.add("大段照搬上年报告");
        }
        b.append(concerns.isEmpty() ? "上年问题和承诺均有交代。" : "需关注：" + String.join("，", concerns) + "。");
        return b.toString();
    }

    private static String counts(List<CarriedItem> items, ItemStatus a, ItemStatus b, ItemStatus c, String unit) {
        return a.label() + count(items, a) + unit + "，" + b.label() + count(items, b) + unit + "，"
                + c.label() + count(items, c) + unit;
    }

    private static long count(List<CarriedItem> items, ItemStatus s) {
        return items.stream().filter(i -> i.status() == s).count();
    }
}
