package io.djcheck.similar;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's text as the duplicate search compares it: only letters and masks are kept (spaces,
 * punctuation, line breaks and quotes go), every run of figures — Arabic digits, Chinese numerals,
 * years, X placeholders — becomes one {@link #FIGURE} mark, and names — the report's own
 * organisation, place names before 镇/乡/村/街道/社区/县, person names before 同志 — become one
 * {@link #NAME} mark. A copy whose numbers and names were changed reads the same as its original.
 * Each kept character remembers where it came from, so a passage found here is quoted from the
 * original text.
 */
final class MaskedText {

    static final char FIGURE = '#';
    static final char NAME = '@';

    /** Chinese numerals and their kin: 二〇二三, 十二, 两, 百, 万. */
    private static final String NUMERALS = "零〇一二两三四五六七八九十百千万亿廿卅";
    /** Two or three characters before a place suffix: 张家村, 城关镇, 大雁塔街道 (the suffix itself is kept). */
    private static final Pattern PLACE = Pattern.compile("[\\u4e00-\\u9fff]{2,3}(?=镇|乡|村|街道|社区|县)");
    /** A person named as 同志: 王建国同志. */
    private static final Pattern PERSON = Pattern.compile("[\\u4e00-\\u9fff]{2,3}(?=同志)");

    private final String text;
    private final int[] start;
    private final int[] end;

    private MaskedText(String text, int[] start, int[] end) {
        this.text = text;
        this.start = start;
        this.end = end;
    }

    /**
     * @param original     the report's text
     * @param organisation the reporting organisation's name, or null when unknown
     */
    static MaskedText of(String original, String organisation) {
        boolean[] name = names(original, organisation);
        StringBuilder out = new StringBuilder(original.length());
        int[] from = new int[original.length()];
        int[] to = new int[original.length()];
        int i = 0;
        int n = original.length();
        while (i < n) {
            char c = original.charAt(i);
            int runEnd;
            char mark;
            if (name[i]) {
                runEnd = i + 1;
                while (runEnd < n && name[runEnd]) {
                    runEnd++;
                }
                mark = NAME;
            } else if (isFigure(c)) {
                runEnd = i + 1;
                while (runEnd < n && (isFigure(original.charAt(runEnd)) || isFigureJoiner(original, runEnd))) {
                    runEnd++;
                }
                mark = FIGURE;
            } else if (Character.isLetter(c)) {
                runEnd = i + 1;
                mark = Character.toLowerCase(c);
            } else {
                i++;                                        // spaces, punctuation, quotes: not compared
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) == mark && (mark == FIGURE || mark == NAME)) {
                to[out.length() - 1] = runEnd;              // 3名 and 5人 next to each other: one mark is enough
            } else {
                from[out.length()] = i;
                to[out.length()] = runEnd;
                out.append(mark);
            }
            i = runEnd;
        }
        int len = out.length();
        return new MaskedText(out.toString(), Arrays.copyOf(from, len), Arrays.copyOf(to, len));
    }

    private static boolean isFigure(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９') || NUMERALS.indexOf(c) >= 0
                || c == 'X' || c == 'x' || c == 'Ｘ' || c == 'ｘ' || c == '*' || c == '＊' || c == '%' || c == '％';
    }

    /** A decimal point or thousands comma inside a figure: 4.6, 1,200. */
    private static boolean isFigureJoiner(String s, int i) {
        char c = s.charAt(i);
        return (c == '.' || c == ',' || c == '．') && i + 1 < s.length() && isFigure(s.charAt(i + 1));
    }

    /** Marks the characters of names: the organisation's own name wherever it appears, places and persons. */
    private static boolean[] names(String original, String organisation) {
        boolean[] name = new boolean[original.length()];
        if (organisation != null) {
            markAll(original, organisation, name);
            for (String party : new String[] {"中国共产党", "中共"}) {
                if (organisation.startsWith(party)) {
                    markAll(original, organisation.substring(party.length()), name);    // 城东街道工委 as often as 中共城东街道工委
                }
            }
        }
        for (Pattern p : new Pattern[] {PLACE, PERSON}) {
            Matcher m = p.matcher(original);
            while (m.find()) {
                Arrays.fill(name, m.start(), m.end(), true);
            }
        }
        return name;
    }

    private static void markAll(String text, String name, boolean[] marks) {
        if (name.length() < 2) {
            return;
        }
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            Arrays.fill(marks, at, at + name.length(), true);
        }
    }

    /** The compared characters. */
    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    /** Where compared character {@code i} starts in the original text. */
    int originalStart(int i) {
        return start[i];
    }

    /** Where compared character {@code i} (a mark may stand for several) ends in the original text. */
    int originalEnd(int i) {
        return end[i];
    }

    @Override
    public String toString() {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
