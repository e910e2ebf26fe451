package io.djcheck.extract;

import java.util.Arrays;

/**
 * The paragraphs (lines) and clauses of a normalised text. A clause ends at ，；：。！？ or a line
 * break; it is the unit a number is bound to its concept in, and the quote of most evidence.
 */
final class TextLayout {

    private final String text;
    private final int[] paraStart;
    private final int[] paraEnd;
    private final int[] clauseStart;
    private final int[] clauseEnd;

    private TextLayout(String text, int[] paraStart, int[] paraEnd, int[] clauseStart, int[] clauseEnd) {
        this.text = text;
        this.paraStart = paraStart;
        this.paraEnd = paraEnd;
        this.clauseStart = clauseStart;
        this.clauseEnd = clauseEnd;
    }

    static TextLayout of(String text) {
        IntList ps = new IntList(), pe = new IntList(), cs = new IntList(), ce = new IntList();
        int n = text.length();
        int p = 0;
        while (p <= n) {
            int lineEnd = text.indexOf('\n', p);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            if (lineEnd > p) {
                ps.add(p);
                pe.add(lineEnd);
                int c = p;
                for (int i = p; i < lineEnd; i++) {
                    if (endsClause(text, i)) {
                        addClause(text, c, i, cs, ce);
                        c = i + 1;
                    }
                }
                addClause(text, c, lineEnd, cs, ce);
            }
            p = lineEnd + 1;
        }
        return new TextLayout(text, ps.toArray(), pe.toArray(), cs.toArray(), ce.toArray());
    }

    private static void addClause(String text, int from, int to, IntList cs, IntList ce) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            cs.add(from);
            ce.add(to);
        }
    }

    private static boolean endsClause(String t, int i) {
        char c = t.charAt(i);
        if (!CharKinds.is(c, CharKinds.CLAUSE_END)) {
            return false;
        }
        switch (c) {
            case '，': case '；': case '：': case '。': case '！': case '？': case ';': case '!': case '?':
                return true;
            case ',': case ':': case '.':
                // 1,000 and 3.5 and 10:30 are numbers, not clause ends
                boolean digitsAround = i > 0 && i + 1 < t.length()
                        && Character.isDigit(t.charAt(i - 1)) && Character.isDigit(t.charAt(i + 1));
                if (c == '.') {
                    return false;   // ASCII full stops mark numbering (1.) and decimals far more than sentences
                }
                return !digitsAround;
            default:
                return false;
        }
    }

    String text() { return text; }
    int paragraphs() { return paraStart.length; }
    int paragraphStart(int i) { return paraStart[i]; }
    int paragraphEnd(int i) { return paraEnd[i]; }
    int clauses() { return clauseStart.length; }
    int clauseStart(int i) { return clauseStart[i]; }
    int clauseEnd(int i) { return clauseEnd[i]; }

    /** Index of the clause holding {@code offset}, or of the nearest clause before it. */
    int clauseAt(int offset) {
        int i = Arrays.binarySearch(clauseStart, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    int paragraphAt(int offset) {
        int i = Arrays.binarySearch(paraStart, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    String clauseText(int i) {
        return text.substring(clauseStart[i], clauseEnd[i]);
    }

    /** Minimal growable int array: layouts are built for every report, boxing would dominate. */
    static final class IntList {
        private int[] a = new int[64];
        private int size;

        void add(int v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        int size() { return size; }
        int get(int i) { return a[i]; }
        int[] toArray() { return Arrays.copyOf(a, size); }
    }
}
