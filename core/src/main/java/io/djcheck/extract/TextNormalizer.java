package io.djcheck.extract;

/**
 * Turns text as read into the canonical text the extractor and evidence offsets use.
 *
 * <ul>
 *   <li>line breaks become {@code \n}; zero-width characters and BOMs go;</li>
 *   <li>full-width digits, Latin letters and number signs (０-９ Ａ-ｚ ％ ＋ － ． ～ ＊) become ASCII,
 *       while Chinese punctuation (，。：；（）“”) stays as it is the canonical form in Chinese;</li>
 *   <li>spaces at the ends of lines go, and spaces between Chinese characters, or between a Chinese
 *       character and a digit, go too: PDF extraction leaves them ("10 个行政村").</li>
 * </ul>
 * Every kept character remembers its offset in the input ({@link NormalizedText#original}).
 */
public final class TextNormalizer {

    public NormalizedText normalize(String in) {
        int n = in.length();
        StringBuilder out = new StringBuilder(n);
        int[] map = new int[n + 1];
        int lineStart = 0;           // index in out where the current line starts
        int pendingSpaceFrom = -1;   // input offset of a run of spaces not yet written
        for (int i = 0; i < n; i++) {
            char c = in.charAt(i);
            if (c == '\r') {
                if (i + 1 < n && in.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD') {
                continue;
            }
            if (c == '\n') {
                pendingSpaceFrom = -1;   // trailing spaces of the line are dropped
                map[out.length()] = i;
                out.append('\n');
                lineStart = out.length();
                continue;
            }
            if (isSpace(c)) {
                if (pendingSpaceFrom < 0) {
                    pendingSpaceFrom = i;
                }
                continue;
            }
            c = canonical(c);
            if (pendingSpaceFrom >= 0) {
                boolean atLineStart = out.length() == lineStart;
                if (!atLineStart && !touchesChinese(out.charAt(out.length() - 1), c)) {
                    map[out.length()] = pendingSpaceFrom;
                    out.append(' ');
                }
                pendingSpaceFrom = -1;
            }
            map[out.length()] = i;
            out.append(c);
        }
        int[] toOriginal = new int[out.length()];
        System.arraycopy(map, 0, toOriginal, 0, out.length());
        return new NormalizedText(out.toString(), toOriginal);
    }

    /** A space next to a Chinese character or punctuation mark carries no meaning: "10 个" is "10个". */
    private static boolean touchesChinese(char before, char after) {
        return isCjk(before) || isCjkPunctuation(before) || isCjk(after) || isCjkPunctuation(after);
    }

    static char canonical(char c) {
        if (c >= '\uFF10' && c <= '\uFF19') {                   // ０-９
            return (char) (c - 0xFEE0);
        }
        if ((c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A')) {   // Ａ-Ｚ ａ-ｚ
            return (char) (c - 0xFEE0);
        }
        switch (c) {
            case '％': return '%';
            case '＋': return '+';
            case '－': return '-';
            case '．': return '.';
            case '～': return '~';
            case '＊': return '*';
            case '＿': return '_';
            case '／': return '/';
            case '＝': return '=';
            case '＜': return '<';
            case '＞': return '>';
            case '＃': return '#';
            case '＆': return '&';
            case '＠': return '@';
            default: return c;
        }
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\u2002' || c == '\u2003'
                || c == '\u2009' || c == '\u202F' || c == '\f' || c == '\u000B';
    }

    static boolean isCjk(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF')
                || c == '〇';
    }

    static boolean isCjkPunctuation(char c) {
        return (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF') || c == '“' || c == '”'
                || c == '‘' || c == '’' || c == '—' || c == '…' || c == '·';
    }
}
