package io.djcheck.extract;

/**
 * The title of a report: its first paragraph when that is short and does not read as a sentence
 * ("××镇党委书记抓基层党建工作述职报告", "2019抓基层党建工作述职报告").
 */
final class Title {

    /** Longest first line that is taken as the title. */
    static final int MAX = 50;

    private Title() {
    }

    /** End of the title: the first paragraph when it is short and not a sentence; else 0. */
    static int end(TextLayout layout) {
        if (layout.paragraphs() == 0) {
            return 0;
        }
        int s = layout.paragraphStart(0);
        int e = layout.paragraphEnd(0);
        if (e <= s) {
            return 0;
        }
        char last = layout.text().charAt(e - 1);
        return e - s <= MAX && last != '。' && last != '，' && last != '：' && last != ':' && last != '；' ? e : 0;
    }
}
