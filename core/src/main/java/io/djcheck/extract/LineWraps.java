package io.djcheck.extract;

/**
 * Joins the lines of a hard-wrapped text (a report copied out of a PDF, every line cut at the page
 * width) back into paragraphs, so that "全年发展\n10名党员" is one clause again.
 *
 * <p>A text is taken as hard-wrapped only when at least {@link #MIN_WRAPPED_LINES} of its lines, and a
 * third of its longer ones, have nearly the same display width (a Chinese character is two columns,
 * a digit or Latin letter one), the page width; a report written one
 * paragraph per line has lines of every length and is left alone. In a wrapped text a line break is
 * removed when the line before reaches the width and does not end a sentence, and the line after
 * does not open with an enumeration mark (一、 （一） 1. ① 第一 一是).
 */
final class LineWraps {

    static final int MIN_WRAPPED_LINES = 3;
    /** Lines narrower than this (in columns) never count towards the page width. */
    private static final int MIN_WIDTH = 32;
    private static final int MAX_WIDTH = 240;
    /**
     * How much narrower than the page a line may be and still have been cut by it: three Chinese
     * characters, for a character that did not fit and the indentation of a paragraph's first line.
     */
    private static final int SLACK = 6;

    private LineWraps() {
    }

    /** Removes the wrapping line breaks from {@code out[0..len)} and their entries in {@code map}; returns the new length. */
    static int join(char[] out, int[] map, int len) {
        TextLayout.IntList starts = new TextLayout.IntList();
        TextLayout.IntList ends = new TextLayout.IntList();
        TextLayout.IntList widths = new TextLayout.IntList();
        int s = 0;
        int columns = 0;
        for (int i = 0; i <= len; i++) {
            if (i == len || out[i] == '\n') {
                starts.add(s);
                ends.add(i);
                widths.add(columns);
                s = i + 1;
                columns = 0;
            } else {
                columns += out[i] < '\u2E80' ? 1 : 2;
            }
        }
        int width = pageWidth(widths);
        if (width < 0) {
            return len;
        }
        int w = 0;
        int line = 0;
        for (int i = 0; i < len; i++) {
            if (out[i] == '\n') {
                boolean wrapped = widths.get(line) >= width - SLACK && !endsSentence(out[i - 1])
                        && line + 1 < starts.size() && !opensItem(out, starts.get(line + 1), ends.get(line + 1))
                        && !(line == firstLine(starts, ends) && title(out, starts.get(line), ends.get(line)));
                line++;
                if (wrapped) {
                    continue;
                }
            }
            out[w] = out[i];
            map[w] = map[i];
            w++;
        }
        return w;
    }

    /** The page width: the widest of the common widths of the longer lines, or -1 when the text does not look hard-wrapped. */
    private static int pageWidth(TextLayout.IntList widths) {
        int[] count = new int[MAX_WIDTH + 1];
        int longer = 0;
        for (int k = 0; k < widths.size(); k++) {
            int n = widths.get(k);
            if (n >= MIN_WIDTH) {
                longer++;                           // a line wider than any page counts against wrapping
                if (n <= MAX_WIDTH) {
                    count[n]++;
                }
            }
        }
        if (longer < MIN_WRAPPED_LINES) {
            return -1;                              // no width can gather enough lines
        }
        int best = -1;
        int bestCount = 0;
        int near = 0;                               // lines of widths w - SLACK .. w, a window slid along
        for (int n = MIN_WIDTH; n < MIN_WIDTH + SLACK; n++) {
            near += count[n];
        }
        for (int w = MIN_WIDTH + SLACK; w <= MAX_WIDTH; w++) {
            near += count[w];
            if (w - SLACK - 1 >= MIN_WIDTH) {
                near -= count[w - SLACK - 1];
            }
            if (near >= bestCount) {
                best = w;
                bestCount = near;
            }
        }
        return bestCount >= MIN_WRAPPED_LINES && bestCount * 3 >= longer ? best : -1;
    }

    /** The first line that holds anything. */
    private static int firstLine(TextLayout.IntList starts, TextLayout.IntList ends) {
        for (int k = 0; k < starts.size(); k++) {
            if (ends.get(k) > starts.get(k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether the first line reads as a title: no clause punctuation in it ("2021年度教育学本科生支部述职报告").
     * A title that happens to be as wide as the page is not joined to the line after it.
     */
    private static boolean title(char[] out, int s, int e) {
        for (int k = s; k < e; k++) {
            if ("，,。；;：:、！？!?".indexOf(out[k]) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsSentence(char c) {
        return "。！？；：!?;:…”’」』》）)】".indexOf(c) >= 0;
    }

    /** Whether the line opens with an enumeration mark: then it starts an item, not a continuation. */
    private static boolean opensItem(char[] out, int s, int e) {
        if (s >= e) {
            return true;
        }
        char c = out[s];
        char next = s + 1 < e ? out[s + 1] : ' ';
        if ("（(【[".indexOf(c) >= 0 || EnumeratorScanner.isCircled(c)) {
            return true;
        }
        if (c == '第' && ChineseNumerals.isNumeral(next)) {
            return true;
        }
        if (ChineseNumerals.isNumeral(c) && "、.．是".indexOf(next) >= 0) {
            return true;
        }
        if (c >= '0' && c <= '9') {
            int k = s;
            while (k < e && out[k] >= '0' && out[k] <= '9') {
                k++;
            }
            return k < e && ".、．)）".indexOf(out[k]) >= 0;
        }
        return false;
    }
}
