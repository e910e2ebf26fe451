package io.djcheck.extract;

/**
 * What each character may start for the extraction's character-by-character scans, as one table
 * read: kept as it is by the normaliser, an enumeration mark, a placeholder, a clause end. Nearly every character of a report
 * starts nothing, and a table read decides that without the chains of comparisons (or the switch
 * over a scattered set of characters) that branch unpredictably on Chinese text.
 *
 * <pre>{@code
 * if (!CharKinds.is(c, CharKinds.PLACEHOLDER)) { continue; }
 * }</pre>
 */
final class CharKinds {

    /** 第, 十, a Chinese digit one to nine, ①-⑳: what {@link EnumeratorScanner} looks at within a paragraph. */
    static final int ENUMERATOR = 1;
    /** A character a {@link PlaceholderScanner} token may start with: * _ ○ □ ● × ( （ [ 【 某 X x. */
    static final int PLACEHOLDER = 1 << 1;
    /** A character that may end a clause in {@link TextLayout}: ，；：。！？;!? and the ASCII , : . it tests further. */
    static final int CLAUSE_END = 1 << 2;

    /** A character {@link TextNormalizer} copies as it is: no line break, space, dropped or full-width one. */
    static final int KEPT_AS_IS = 1 << 3;

    private static final byte[] KINDS = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            if (ch != '\r' && ch != '\n' && !TextNormalizer.isDropped(ch) && !TextNormalizer.isSpace(ch)
                    && TextNormalizer.canonical(ch) == ch) {
                KINDS[c] |= KEPT_AS_IS;
            }
            if (ch == '第' || ch == '十' || ChineseNumerals.digit(ch) > 0 || EnumeratorScanner.isCircled(ch)) {
                KINDS[c] |= ENUMERATOR;
            }
        }
        mark("*_○□●×(（[【某Xx", PLACEHOLDER);
        mark("，；：。！？;!?,:.", CLAUSE_END);
    }

    private CharKinds() {
    }

    private static void mark(String chars, int kind) {
        for (int i = 0; i < chars.length(); i++) {
            KINDS[chars.charAt(i)] |= (byte) kind;
        }
    }

    static boolean is(char c, int kind) {
        return (KINDS[c] & kind) != 0;
    }
}
