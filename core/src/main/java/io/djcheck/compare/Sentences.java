package io.djcheck.compare;

import java.util.ArrayList;
import java.util.List;

/** Splits a normalised report text into sentences (at 。！？； and line ends) and paragraphs (at line ends). */
final class Sentences {

    private Sentences() {
    }

    static List<TextSpan> of(String text, int from, int to) {
        List<TextSpan> out = new ArrayList<>();
        int s = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n';
            if (lineEnd || c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';') {
                add(out, text, s, lineEnd ? i : i + 1);
                s = i + 1;
            }
        }
        add(out, text, s, to);
        return out;
    }

    static List<TextSpan> paragraphs(String text) {
        List<TextSpan> out = new ArrayList<>();
        int s = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                add(out, text, s, i);
                s = i + 1;
            }
        }
        return out;
    }

    private static void add(List<TextSpan> out, String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new TextSpan(s, e, text.substring(s, e)));
        }
    }
}
