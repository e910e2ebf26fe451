package io.djcheck.extract;

import io.djcheck.model.Internal;

/**
 * Turns text as read into the canonical text the extractor and evidence offsets use.
 *
 * <ul>
 *   <li>line breaks become {@code \n}; zero-width characters and BOMs go;</li>
 *   <li>full-width digits, Latin letters and number signs (０-９ Ａ-ｚ ％ ＋ － ． ～ ＊) become ASCII,
 *       while Chinese punctuation (，。：；（）“”) stays as it is the canonical form in Chinese;</li>
 *   <li>spaces at the ends of lines go, and spaces between Chinese characters, or between a Chinese
 *       character and a digit, go too: PDF extraction leaves them ("10 个行政村", "99 %").</li>
 *   <li>the lines of a hard-wrapped text (copied out of a PDF) are joined back into paragraphs
 *       ({@link LineWraps});</li>
 *   <li>Traditional characters become Simplified ({@link TraditionalChinese}), only for a text that
 *       has a character written only in Traditional, found in the same pass.</li>
 * </ul>
 * Every kept character remembers its offset in the input ({@link NormalizedText#original}), also
 * through the Traditional → Simplified conversion.
 *
 * <pre>{@code
 * NormalizedText n = new TextNormalizer().normalize("發展黨員 １２ 人");
 * n.text();          // "发展党员12人"
 * n.original(4);     // 5, where "１" stood
 * }</pre>
 */
@Internal
public final class TextNormalizer {

    public NormalizedText normalize(String in) {
        int n = in.length();
        char[] out = new char[n];    // a char[] rather than a StringBuilder, which would copy itself on the first Chinese character
        int len = 0;
        int[] map = new int[n + 1];
        int lineStart = 0;           // index in out where the current line starts
        int pendingSpaceFrom = -1;   // input offset of a run of spaces not yet written
        boolean traditional = false;
        for (int i = 0; i < n; i++) {
            char c = in.charAt(i);
            if (pendingSpaceFrom < 0 && CharKinds.is(c, CharKinds.KEPT_AS_IS)) {
                traditional |= TraditionalChinese.isTraditionalOnly(c);     // the common case: copied as it is
                map[len] = i;
                out[len++] = c;
                continue;
            }
            if (c == '\r') {
                if (i + 1 < n && in.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (isDropped(c)) {
                continue;
            }
            if (c == '\n') {
                pendingSpaceFrom = -1;   // trailing spaces of the line are dropped
                map[len] = i;
                out[len++] = '\n';
                lineStart = len;
                continue;
            }
            if (isSpace(c)) {
                if (pendingSpaceFrom < 0) {
                    pendingSpaceFrom = i;
                }
                continue;
            }
            c = canonical(c);
            traditional |= TraditionalChinese.isTraditionalOnly(c);
            if (pendingSpaceFrom >= 0) {
                boolean atLineStart = len == lineStart;
                if (!atLineStart && !touchesChinese(out[len - 1], c) && !unitAfterDigit(out[len - 1], c)) {
                    map[len] = pendingSpaceFrom;
                    out[len++] = ' ';
                }
                pendingSpaceFrom = -1;
            }
            map[len] = i;
            out[len++] = c;
        }
        len = LineWraps.join(out, map, len);
        len = stripPinyinGlosses(out, map, len);
        int[] toOriginal = java.util.Arrays.copyOf(map, len);
        String text = new String(out, 0, len);
        return traditional ? simplified(text, toOriginal) : new NormalizedText(text, toOriginal);
    }

    /** Vowels with a tone mark: a gloss holds at least one. */
    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    /** Longest pinyin gloss of one character: (zhuàng). */
    private static final int MAX_GLOSS = 7;

    /**
     * Removes pinyin glosses that web copies put after characters ("调(diào)研报(bào)告" → "调研报告"):
     * a bracket right after a Chinese character holding only pinyin letters, one of them tone-marked.
     */
    static int stripPinyinGlosses(char[] out, int[] map, int len) {
        int w = 0;
        for (int i = 0; i < len; i++) {
            if (out[i] == '(' && w > 0 && isCjk(out[w - 1])) {
                int close = glossEnd(out, i + 1, len);
                if (close > 0) {
                    i = close;
                    continue;
                }
            }
            out[w] = out[i];
            map[w] = map[i];
            w++;
        }
        return w;
    }

    /** The offset of the ')' closing a pinyin gloss that starts at {@code from}, or -1. */
    private static int glossEnd(char[] out, int from, int len) {
        boolean toned = false;
        for (int k = from; k < len && k - from <= MAX_GLOSS; k++) {
            char c = out[k];
            if (c == ')') {
                return toned && k > from ? k : -1;
            }
            boolean tone = TONED.indexOf(c) >= 0;
            if (!(c >= 'a' && c <= 'z') && c != 'ü' && !tone) {
                return -1;
            }
            toned |= tone;
        }
        return -1;
    }

    /**
     * The Simplified form of {@code text}, each character still pointing into the input. The converter
     * keeps lengths except for rare characters it maps outside the BMP; a line that changes length is
     * converted character by character, so every output character has the source character's offset.
     */
    static NormalizedText simplified(String text, int[] map) {
        String whole = TraditionalChinese.toSimplified(text);
        if (whole.length() == text.length()) {
            return new NormalizedText(whole, map);
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        TextLayout.IntList offsets = new TextLayout.IntList();
        int p = 0;
        while (p < text.length()) {
            int e = text.indexOf('\n', p);
            if (e < 0) {
                e = text.length();
            }
            String line = text.substring(p, e);
            String conv = TraditionalChinese.toSimplified(line);
            if (conv.length() == line.length()) {
                out.append(conv);
                for (int i = 0; i < line.length(); i++) {
                    offsets.add(map[p + i]);
                }
            } else {
                for (int k = 0; k < line.length(); ) {
                    int cp = line.codePointAt(k);
                    String one = TraditionalChinese.toSimplified(new String(Character.toChars(cp)));
                    out.append(one);
                    for (int i = 0; i < one.length(); i++) {
                        offsets.add(map[p + k]);
                    }
                    k += Character.charCount(cp);
                }
            }
            if (e < text.length()) {
                out.append('\n');
                offsets.add(map[e]);
            }
            p = e + 1;
        }
        return new NormalizedText(out.toString(), offsets.toArray());
    }

    /** "99 %": a space between a number and its sign is an artefact too. */
    private static boolean unitAfterDigit(char before, char after) {
        return before >= '0' && before <= '9' && (after == '%' || after == '‰');
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
            case '～': case '〜': return '~';
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

    /** Zero-width characters, BOMs and soft hyphens: gone from the text. */
    static boolean isDropped(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD';
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
