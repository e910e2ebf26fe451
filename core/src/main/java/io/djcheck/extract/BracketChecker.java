package io.djcheck.extract;

import io.djcheck.model.FormatIssue;
import io.djcheck.model.FormatIssueKind;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Checks that quotes and brackets pair up within each paragraph: “…” ‘…’ 《…》 （…） (…) 【…】 「…」.
 * A closing mark with no opening one (including a reversed pair ”…“) and an opening mark left
 * open at the end of the paragraph are each one {@code QUOTE_UNBALANCED} issue. The half bracket
 * of a list mark ("1）", "a)", "二）" opening a paragraph or clause) is not a bracket.
 */
final class BracketChecker {

    private static final String OPEN = "“‘《（(【「『〔";
    private static final String CLOSE = "”’》）)】」』〕";

    List<FormatIssue> check(String t, TextLayout layout, EvidenceFactory evidence) {
        List<FormatIssue> out = new ArrayList<>();
        for (int p = 0; p < layout.paragraphs(); p++) {
            Deque<Integer> open = new ArrayDeque<>();
            for (int i = layout.paragraphStart(p); i < layout.paragraphEnd(p); i++) {
                char c = t.charAt(i);
                if (!isBracket(c)) {
                    continue;                           // nearly every character, decided without a string search
                }
                if (OPEN.indexOf(c) >= 0) {
                    open.push(i);
                } else if (CLOSE.indexOf(c) >= 0) {
                    char opener = OPEN.charAt(CLOSE.indexOf(c));
                    if (!open.isEmpty() && t.charAt(open.peek()) == opener) {
                        open.pop();
                    } else if (open.stream().anyMatch(o -> t.charAt(o) == opener)) {
                        while (t.charAt(open.peek()) != opener) {
                            unclosed(t, open.pop(), evidence, out);
                        }
                        open.pop();
                    } else if (!listMark(t, i, layout.paragraphStart(p))) {
                        out.add(new FormatIssue(FormatIssueKind.QUOTE_UNBALANCED,
                                "“" + c + "”没有对应的“" + opener + "”（引号或括号反向、缺少开头）", evidence.span(i, i + 1)));
                    }
                }
            }
            while (!open.isEmpty()) {
                unclosed(t, open.removeLast(), evidence, out);
            }
        }
        out.sort((a, b) -> Integer.compare(a.evidence().start(), b.evidence().start()));
        return out;
    }

    /** Every mark lies in one of three small ranges: ( ) at 0x28, quotes at 0x2018, CJK brackets from 0x3008 on. */
    private static boolean isBracket(char c) {
        return c == '(' || c == ')' || (c >= '‘' && c <= '”') || (c >= '〈' && c <= '〕') || c == '（' || c == '）';
    }

    /** Whether the closer at {@code i} ends a list mark: 1）, 12), 二）, a) at a paragraph or clause start. */
    private static boolean listMark(String t, int i, int paraStart) {
        int k = i - 1;
        while (k >= paraStart && i - k <= 2 && (Character.isDigit(t.charAt(k)) || ChineseNumerals.isNumeral(t.charAt(k))
                || (t.charAt(k) >= 'a' && t.charAt(k) <= 'z') || (t.charAt(k) >= 'A' && t.charAt(k) <= 'Z'))) {
            k--;
        }
        if (k == i - 1) {
            return false;
        }
        return k < paraStart || "，。；：,;: 、".indexOf(t.charAt(k)) >= 0;
    }

    private static void unclosed(String t, int at, EvidenceFactory evidence, List<FormatIssue> out) {
        char c = t.charAt(at);
        out.add(new FormatIssue(FormatIssueKind.QUOTE_UNBALANCED,
                "“" + c + "”没有对应的“" + CLOSE.charAt(OPEN.indexOf(c)) + "”（缺少结尾）", evidence.span(at, at + 1)));
    }
}
