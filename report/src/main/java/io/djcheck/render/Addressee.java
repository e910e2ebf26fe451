package io.djcheck.render;

import io.djcheck.result.ResultView;

import java.math.BigDecimal;

/** Who a letter goes to: the reporting organisation's name, else the report's file name without its suffix. */
final class Addressee {

    private Addressee() {
    }

    static String of(ResultView r) {
        String org = r.reportInfo().organisation();
        return org != null && !org.isBlank() ? org.strip() : fileStem(r.source());
    }

    /** {@code a/b/某镇党委.docx} → {@code 某镇党委}. */
    static String fileStem(String source) {
        String name = lastSegment(source);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String lastSegment(String source) {
        String s = source.replace('\\', '/');
        return s.substring(s.lastIndexOf('/') + 1);
    }

    /** The name of a report's file in its own words: the last part of its path. */
    static String fileName(String source) {
        return lastSegment(source);
    }

    /** A score as people write it: 75.5, 80 (not 80.0). */
    static String score(double score) {
        return BigDecimal.valueOf(score).stripTrailingZeros().toPlainString();
    }
}
