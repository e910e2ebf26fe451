package io.djcheck.extract;

import io.djcheck.model.Placeholder;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds what was left unfilled or masked: X, XX, xxxx (not inside Latin words), runs of *, 20XX,
 * 某某, ○○, □□, ××, ___ and empty brackets （） 【】 left for a figure. Each is a placeholder with
 * the clause it stands in. Not masks: a single X that the text uses in a formula ("10+X", "1+X"
 * 模式: a variable, wherever it recurs) and a single ○ □ ● opening a paragraph (a bullet or a
 * byline mark: "□本报记者").
 */
final class PlaceholderScanner {

    List<Placeholder> scan(String t, TextLayout layout, EvidenceFactory evidence) {
        boolean xIsAVariable = hasFormulaX(t);
        List<Placeholder> out = new ArrayList<>();
        int n = t.length();
        int i = 0;
        while (i < n) {
            if (!CharKinds.is(t.charAt(i), CharKinds.PLACEHOLDER)) {
                i++;                                             // no token starts here: the common case
                continue;
            }
            int end = tokenEnd(t, i);
            if (end == i + 1 && (xIsAVariable && isX(t.charAt(i)) || isBullet(t, i))) {
                i = end;
            } else if (end > i) {
                int start = i;
                // 20XX: the digits belong to the placeholder
                while (start > 0 && Character.isDigit(t.charAt(start - 1)) && (t.charAt(i) == 'X' || t.charAt(i) == 'x')) {
                    start--;
                }
                out.add(new Placeholder(t.substring(start, end), evidence.clause(layout.clauseAt(start))));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * Whether a single X is joined to a number or letter by a plus sign somewhere: "10+X", "X+N" name a
     * variable part. A loop over the plus signs rather than a regex, which would try every position.
     */
    static boolean hasFormulaX(String t) {
        int n = t.length();
        for (int i = 1; i + 1 < n; i++) {
            char c = t.charAt(i);
            if (c != '+' && c != '＋') {
                continue;
            }
            char before = t.charAt(i - 1);
            char after = t.charAt(i + 1);
            if (isAsciiLetterOrDigit(before) && isX(after) && !(i + 2 < n && isLatin(t.charAt(i + 2)))) {
                return true;                                     // 10+X, not 10+Xi
            }
            if (isX(before) && !(i >= 2 && isLatin(t.charAt(i - 2))) && isAsciiLetterOrDigit(after)) {
                return true;                                     // X+N, not AX+N
            }
        }
        return false;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isLatin(c) || (c >= '0' && c <= '9');
    }

    /** End of the placeholder starting at {@code i}, or {@code i} when none starts there. */
    private static int tokenEnd(String t, int i) {
        char c = t.charAt(i);
        int n = t.length();
        switch (c) {
            case '*':
                return run(t, i, '*');
            case '_':
                return run(t, i, '_') - i >= 2 ? run(t, i, '_') : i;
            case '○': case '□': case '●':
                return run(t, i, c) - i >= 2 || nextIsCjk(t, run(t, i, c)) ? run(t, i, c) : i;
            case '×':
                // ××县, ×名; but 3×4 is a multiplication
                return i > 0 && Character.isDigit(t.charAt(i - 1)) && i + 1 < n && Character.isDigit(t.charAt(i + 1))
                        ? i : run(t, i, '×');
            case '（': case '(': case '【': case '[':
                return i + 1 < n && t.charAt(i + 1) == closerOf(c) ? i + 2 : i;
            case '某':
                return i + 1 < n && t.charAt(i + 1) == '某' ? run(t, i, '某') : i;
            case 'X': case 'x':
                if (i > 0 && isLatin(t.charAt(i - 1)) && !isX(t.charAt(i - 1))) {
                    return i;
                }
                int e = i;
                while (e < n && isX(t.charAt(e))) {
                    e++;
                }
                if (e < n && isLatin(t.charAt(e))) {
                    return i;                                    // a Latin word, not a mask
                }
                // a lone lower-case x between Latin-free text is still a mask (x名, xx镇)
                return e;
            default:
                return i;
        }
    }

    /** A single ○ □ ● at a paragraph's start, after its indentation. */
    private static boolean isBullet(String t, int i) {
        char c = t.charAt(i);
        if (c != '○' && c != '□' && c != '●') {
            return false;
        }
        int k = i - 1;
        while (k >= 0 && (t.charAt(k) == ' ' || t.charAt(k) == '\u3000' || t.charAt(k) == '\t')) {
            k--;
        }
        return k < 0 || t.charAt(k) == '\n';
    }

    private static char closerOf(char open) {
        switch (open) {
            case '（': return '）';
            case '(': return ')';
            case '【': return '】';
            default: return ']';
        }
    }

    private static int run(String t, int i, char c) {
        int e = i;
        while (e < t.length() && t.charAt(e) == c) {
            e++;
        }
        return e;
    }

    private static boolean nextIsCjk(String t, int i) {
        return i < t.length() && TextNormalizer.isCjk(t.charAt(i));
    }

    private static boolean isX(char c) {
        return c == 'X' || c == 'x';
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
