package io.djcheck.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the enumeration marks of a text: headings at line starts (第一部分, 一、, （一）, 1., 1、, （1）,
 * 1）, ①) and items within paragraphs (一是, 第一，, ①).
 */
final class EnumeratorScanner {

    List<Enumerator> scan(String t, TextLayout layout) {
        List<Enumerator> out = new ArrayList<>();
        for (int p = 0; p < layout.paragraphs(); p++) {
            int s = layout.paragraphStart(p);
            int e = layout.paragraphEnd(p);
            Enumerator head = lineStart(t, s, e);
            if (head != null) {
                out.add(head);
            }
            for (int i = head == null ? s : head.end(); i < e; i++) {
                char c = t.charAt(i);
                if (!CharKinds.is(c, CharKinds.ENUMERATOR)) {
                    continue;                           // the common case, decided by one character
                }
                Enumerator inline = inline(t, i, s, e);
                if (inline != null) {
                    out.add(inline);
                    i = inline.end() - 1;
                }
            }
        }
        return out;
    }

    private static Enumerator lineStart(String t, int s, int e) {
        char c = t.charAt(s);
        int j = s;
        if (c == '第') {
            return part(t, s, e);
        }
        if (isCircled(c)) {
            return new Enumerator("①", 4, c - '①' + 1, s, s + 1, true);
        }
        if (ChineseNumerals.digit(c) > 0 || c == '十') {
            while (j < e && ChineseNumerals.isNumeral(t.charAt(j))) {
                j++;
            }
            if (j < e && (t.charAt(j) == '、' || t.charAt(j) == '.' || t.charAt(j) == '．')) {
                int n = (int) ChineseNumerals.parse(t, s, j);
                return n > 0 ? new Enumerator("一、", 1, n, s, j + 1, true) : null;
            }
            return null;
        }
        if (c == '（' || c == '(') {
            j = s + 1;
            boolean chinese = j < e && ChineseNumerals.isNumeral(t.charAt(j));
            while (j < e && (chinese ? ChineseNumerals.isNumeral(t.charAt(j)) : Character.isDigit(t.charAt(j)))) {
                j++;
            }
            if (j > s + 1 && j < e && (t.charAt(j) == '）' || t.charAt(j) == ')')) {
                String num = t.substring(s + 1, j);
                int n = chinese ? (int) ChineseNumerals.parse(num) : Integer.parseInt(num);
                return n > 0 ? new Enumerator(chinese ? "（一）" : "（1）", chinese ? 2 : 4, n, s, j + 1, true) : null;
            }
            return null;
        }
        if (c >= '0' && c <= '9') {
            while (j < e && Character.isDigit(t.charAt(j)) && j - s < 3) {
                j++;
            }
            if (j < e && (t.charAt(j) == '.' || t.charAt(j) == '、' || t.charAt(j) == '．')
                    && (j + 1 >= e || !Character.isDigit(t.charAt(j + 1)))) {
                int n = Integer.parseInt(t.substring(s, j));
                return n > 0 ? new Enumerator("1" + t.charAt(j), 3, n, s, j + 1, true) : null;
            }
            if (j < e && (t.charAt(j) == '）' || t.charAt(j) == ')')) {
                int n = Integer.parseInt(t.substring(s, j));
                return n > 0 ? new Enumerator("1）", 4, n, s, j + 1, true) : null;
            }
        }
        return null;
    }

    /** 第一部分, 第二章, 第三篇: the outermost parts of a long report. */
    private static Enumerator part(String t, int s, int e) {
        int j = s + 1;
        while (j < e && ChineseNumerals.isNumeral(t.charAt(j)) && j - s <= 3) {
            j++;
        }
        if (j == s + 1) {
            return null;
        }
        int n = (int) ChineseNumerals.parse(t, s + 1, j);
        for (String word : PART_WORDS) {
            if (n > 0 && t.startsWith(word, j)) {
                int end = j + word.length();
                if (end < e && "：:、.．，, ".indexOf(t.charAt(end)) >= 0) {
                    end++;
                }
                return new Enumerator("第一部分", 0, n, s, end, true);
            }
        }
        return null;
    }

    private static final List<String> PART_WORDS = List.of("部分", "章", "篇");

    static boolean isCircled(char c) {
        return c >= '①' && c <= '⑳';
    }

    /** 一是, 二是 … and 第一， 第二、 … standing at the start of a clause; ① ② anywhere. */
    private static Enumerator inline(String t, int i, int paraStart, int paraEnd) {
        char c = t.charAt(i);
        if (isCircled(c)) {
            return new Enumerator("①", 4, c - '①' + 1, i, i + 1, i == paraStart);
        }
        boolean di = c == '第';
        int from = di ? i + 1 : i;
        if (from >= paraEnd || !(ChineseNumerals.digit(t.charAt(from)) > 0 || t.charAt(from) == '十')) {
            return null;
        }
        if (i > paraStart && "。；;，,：:！？!?）)".indexOf(t.charAt(i - 1)) < 0) {
            return null;
        }
        int j = from;
        while (j < paraEnd && ChineseNumerals.isNumeral(t.charAt(j)) && j - from < 3) {
            j++;
        }
        if (j >= paraEnd) {
            return null;
        }
        char after = t.charAt(j);
        int n = (int) ChineseNumerals.parse(t, from, j);
        if (n <= 0) {
            return null;
        }
        if (!di && after == '是') {
            return new Enumerator("一是", 5, n, i, j + 1, i == paraStart);
        }
        if (di && (after == '，' || after == '、' || after == '：' || after == ',')) {
            return new Enumerator("第一", 5, n, i, j + 1, i == paraStart);
        }
        return null;
    }
}
