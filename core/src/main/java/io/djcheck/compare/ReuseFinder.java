package io.djcheck.compare;

import io.djcheck.model.Evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentences of this year's report found word for word in last year's, joined into passages where
 * they follow each other in both. Sentences shorter than {@link #MIN_CHARS} (headings, 一是加强政治建设)
 * are left out, of the passages and of the share alike: every report shares those.
 */
final class ReuseFinder {

    static final int MIN_CHARS = 15;

    private final List<ReusedPassage> passages = new ArrayList<>();
    private final double share;

    ReuseFinder(List<TextSpan> lastSentences, List<TextSpan> currentSentences, SectionIndex lastIndex,
                SectionIndex currentIndex, String currentText) {
        Map<String, List<Integer>> lastByKey = new HashMap<>();
        for (int j = 0; j < lastSentences.size(); j++) {
            String k = lastSentences.get(j).key();
            if (k.length() >= MIN_CHARS) {
                lastByKey.computeIfAbsent(k, x -> new ArrayList<>()).add(j);
            }
        }
        long reused = 0;
        long total = 0;
        int runStart = -1;                         // first current sentence of the passage being built
        int runLastStart = -1;
        int prevJ = -2;
        for (int i = 0; i <= currentSentences.size(); i++) {
            int j = -1;
            if (i < currentSentences.size()) {
                String k = currentSentences.get(i).key();
                total += k.length() >= MIN_CHARS ? k.length() : 0;
                List<Integer> at = k.length() >= MIN_CHARS ? lastByKey.get(k) : null;
                if (at != null) {
                    reused += k.length();
                    j = at.contains(prevJ + 1) ? prevJ + 1 : at.get(0);
                }
            }
            boolean continues = j >= 0 && runStart >= 0 && j == prevJ + 1
                    && !currentText.substring(currentSentences.get(i - 1).end(), currentSentences.get(i).start()).contains("\n");
            if (!continues && runStart >= 0) {
                passages.add(passage(lastSentences, currentSentences, lastIndex, currentIndex, currentText,
                        runStart, i - 1, runLastStart, prevJ));
                runStart = -1;
            }
            if (j >= 0 && runStart < 0) {
                runStart = i;
                runLastStart = j;
            }
            prevJ = j >= 0 ? j : -2;
        }
        this.share = total == 0 ? 0 : (double) reused / total;
    }

    private static ReusedPassage passage(List<TextSpan> lastSentences, List<TextSpan> currentSentences,
                                         SectionIndex lastIndex, SectionIndex currentIndex, String currentText,
                                         int from, int to, int lastFrom, int lastTo) {
        TextSpan a = currentSentences.get(from);
        TextSpan b = currentSentences.get(to);
        Evidence current = currentIndex.evidence(a.start(), b.end());
        Evidence last = lastIndex.evidence(lastSentences.get(lastFrom).start(), lastSentences.get(lastTo).end());
        boolean paragraph = lineStart(currentText, a.start()) && lineEnd(currentText, b.end());
        return new ReusedPassage(last, current, paragraph, b.end() - a.start());
    }

    private static boolean lineStart(String t, int at) {
        return at == 0 || t.substring(0, at).replaceAll("[ \\t\\u3000]+$", "").endsWith("\n")
                || t.substring(0, at).isBlank();
    }

    private static boolean lineEnd(String t, int at) {
        int nl = t.indexOf('\n', at);
        return (nl < 0 ? t.substring(at) : t.substring(at, nl)).isBlank();
    }

    List<ReusedPassage> passages() {
        return passages;
    }

    double share() {
        return share;
    }
}
