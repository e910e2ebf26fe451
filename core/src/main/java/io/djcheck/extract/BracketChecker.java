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
 * open at the end of the paragraph are each one {@code QUOTE_UNBALANCED} issue.
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
                    } else {
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

    private static void unclosed(String t, int at, EvidenceFactory evidence, List<FormatIssue> out) {
        char c = t.charAt(at);
        out.add(new FormatIssue(FormatIssueKind.QUOTE_UNBALANCED,
                "“" + c + "”没有对应的“" + CLOSE.charAt(OPEN.indexOf(c)) + "”（缺少结尾）", evidence.span(at, at + 1)));
    }
}
