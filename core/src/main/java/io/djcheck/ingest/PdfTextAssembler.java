package io.djcheck.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Puts a PDF's lines back into paragraphs. A PDF only knows lines broken at the page width; the
 * report's paragraphs are recovered from the layout:
 *
 * <ul>
 *   <li>page furniture goes: page numbers ("- 3 -", "第3页 共5页") at the top or bottom of a page,
 *       and running headers and footers, lines that recur at the top or bottom of most pages;</li>
 *   <li>a line starts a new paragraph when it is indented (first-line indent), the line before it
 *       stops short of the right margin, the gap above it is larger than the line spacing, the font
 *       size changes, or it opens with a heading's enumeration mark (一、 （二） 3.) after a sentence end (一是 二是
 *       run inside paragraphs, so they do not count);</li>
 *   <li>other lines continue their paragraph: joined with nothing between Chinese characters, with a
 *       space between Latin words, and the spaces PDF extraction leaves between Chinese text runs go.</li>
 * </ul>
 * Pure logic over {@link PdfPage}s, so each heuristic is tested on lines written out by hand.
 */
final class PdfTextAssembler {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－~\\s]*(?:第\\s*)?\\d{1,4}(?:\\s*页)?(?:\\s*[/／,，]?\\s*共\\s*\\d{1,4}\\s*页)?[-—–－~\\s]*"
                    + "|\\d{1,4}\\s*[/／]\\s*\\d{1,4}|(?i:page\\s*\\d{1,4}(?:\\s*of\\s*\\d{1,4})?)|(?i:[ivxlc]{1,6})");
    private static final Pattern ENUMERATION_START = Pattern.compile(
            "\\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[、.．](?!\\d)"
                    + "|第[一二三四五六七八九十]+[，、,]|[①-⑳])");
    private static final Pattern SPACE_BY_CHINESE = Pattern.compile(
            "(?<=[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’—…·])[ \\t\\u00A0]+"
                    + "|[ \\t\\u00A0]+(?=[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’—…·])");
    private static final String SENTENCE_END = "。；：！？;:!?";
    private static final String NO_LINE_START = "。，、；：？！”’）》」』】〕〉…—·%,.;:?!)";
    private static final String NO_LINE_END = "“‘（《「『【〔〈(";

    /** Top and bottom lines of a page that may be furniture. */
    private static final int EDGE_LINES = 2;
    /** Page numbers and running lines sit in this outer part of the page's height. */
    private static final float EDGE_ZONE = 0.15f;

    private PdfTextAssembler() {
    }

    static String assemble(List<PdfPage> pages) {
        List<List<PdfLine>> body = withoutFurniture(pages);
        List<PdfLine> all = new ArrayList<>();
        body.forEach(all::addAll);
        if (all.isEmpty()) {
            return "";
        }
        Layout layout = Layout.of(all, pages.get(0).width());
        StringBuilder out = new StringBuilder();
        PdfLine prev = null;
        for (List<PdfLine> page : body) {
            for (int i = 0; i < page.size(); i++) {
                PdfLine line = page.get(i);
                String text = SPACE_BY_CHINESE.matcher(line.text().strip()).replaceAll("");
                if (prev != null) {
                    if (startsParagraph(prev, line, i > 0, layout)) {
                        out.append('\n');
                    } else if (needsSpace(out, text)) {
                        out.append(' ');
                    }
                }
                out.append(text);
                prev = line;
            }
        }
        return out.append('\n').toString();
    }

    static boolean startsParagraph(PdfLine prev, PdfLine line, boolean samePage, Layout layout) {
        float em = layout.em();
        if (line.left() > layout.left() + 0.8f * em) {
            return true;                                        // first-line indent, or centred
        }
        if (prev.right() < layout.right() - shortBy(line.text()) * em) {
            return true;                                        // the line before ended short
        }
        if (Math.abs(line.size() - prev.size()) > 0.15f * Math.max(line.size(), prev.size())) {
            return true;                                        // a heading in another size
        }
        if (samePage && layout.lineGap() > 0 && line.y() - prev.y() > 1.6f * layout.lineGap()) {
            return true;                                        // space between paragraphs
        }
        String before = prev.text().strip();
        return !before.isEmpty() && SENTENCE_END.indexOf(before.charAt(before.length() - 1)) >= 0
                && ENUMERATION_START.matcher(line.text()).lookingAt();
    }

    /**
     * How many characters short of the margin a full line may end. A Chinese character that does
     * not fit leaves up to one character's width; and typesetting never starts a line with closing
     * punctuation nor ends one with an opening bracket or quote (避头尾), so "实干兴|邦。”" moves 邦
     * down with its 。” and leaves the line three characters short.
     */
    static float shortBy(String next) {
        String t = next.strip();
        int chunk = 0;
        for (int i = 1; i < Math.min(t.length(), 4) && NO_LINE_START.indexOf(t.charAt(i)) >= 0; i++) {
            chunk = i + 1;
        }
        if (chunk > 0) {
            return chunk + 1.5f;
        }
        return !t.isEmpty() && NO_LINE_END.indexOf(t.charAt(0)) >= 0 ? 2.5f : 1.5f;
    }

    private static boolean needsSpace(StringBuilder out, String next) {
        if (out.length() == 0 || next.isEmpty()) {
            return false;
        }
        char a = out.charAt(out.length() - 1);
        char b = next.charAt(0);
        return isLatin(a) && isLatin(b);
    }

    private static boolean isLatin(char c) {
        return c < 0x2000 && (Character.isLetterOrDigit(c) || c == ',' || c == '.' || c == ';');
    }

    /** Each page's lines without page numbers and running headers and footers. */
    static List<List<PdfLine>> withoutFurniture(List<PdfPage> pages) {
        Map<String, Integer> topShapes = new HashMap<>();
        Map<String, Integer> bottomShapes = new HashMap<>();
        for (PdfPage p : pages) {
            edges(p, true).stream().map(PdfTextAssembler::shape).distinct().forEach(s -> topShapes.merge(s, 1, Integer::sum));
            edges(p, false).stream().map(PdfTextAssembler::shape).distinct().forEach(s -> bottomShapes.merge(s, 1, Integer::sum));
        }
        int recurring = Math.max(2, (pages.size() + 1) / 2);
        List<List<PdfLine>> out = new ArrayList<>(pages.size());
        for (PdfPage p : pages) {
            List<PdfLine> top = edges(p, true);
            List<PdfLine> bottom = edges(p, false);
            List<PdfLine> kept = new ArrayList<>(p.lines().size());
            for (PdfLine line : p.lines()) {
                boolean atTop = top.contains(line) && line.y() < EDGE_ZONE * p.height();
                boolean atBottom = bottom.contains(line) && line.y() > (1 - EDGE_ZONE) * p.height();
                boolean furniture = (atTop || atBottom) && (PAGE_NUMBER.matcher(line.text().strip()).matches()
                        || (atTop && topShapes.getOrDefault(shape(line), 0) >= recurring)
                        || (atBottom && bottomShapes.getOrDefault(shape(line), 0) >= recurring));
                if (!furniture && !line.text().isBlank()) {
                    kept.add(line);
                }
            }
            out.add(kept);
        }
        return out;
    }

    private static List<PdfLine> edges(PdfPage p, boolean top) {
        List<PdfLine> lines = p.lines();
        int n = Math.min(EDGE_LINES, lines.size());
        return top ? lines.subList(0, n) : lines.subList(lines.size() - n, lines.size());
    }

    /** A running line's shape: its page number and spacing may change from page to page. */
    private static String shape(PdfLine line) {
        return line.text().replaceAll("\\s+", "").replaceAll("\\d+", "#");
    }

    /**
     * The body's geometry: left margin (the most common line start), right margin (the most common
     * line end among the longest lines, but not left of where margins as wide as the left one would
     * put it, so a document of short lines still has short lines), the font size as the width of a
     * Chinese character, and the usual distance between baselines.
     */
    record Layout(float left, float right, float em, float lineGap) {
        static Layout of(List<PdfLine> lines, float pageWidth) {
            float[] sizes = new float[lines.size()];
            float maxRight = 0;
            for (int i = 0; i < lines.size(); i++) {
                sizes[i] = lines.get(i).size();
                maxRight = Math.max(maxRight, lines.get(i).right());
            }
            float em = median(sizes);
            if (!(em > 0)) {
                em = 10;
            }
            Map<Integer, Integer> lefts = new HashMap<>();
            Map<Integer, Integer> rights = new HashMap<>();
            for (PdfLine l : lines) {
                lefts.merge(Math.round(l.left()), 1, Integer::sum);
                if (l.right() >= maxRight - 3 * em) {
                    rights.merge(Math.round(l.right()), 1, Integer::sum);
                }
            }
            List<Float> gaps = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                float dy = lines.get(i).y() - lines.get(i - 1).y();
                if (dy > 0 && dy < 4 * em) {
                    gaps.add(dy);
                }
            }
            float[] g = new float[gaps.size()];
            for (int i = 0; i < g.length; i++) {
                g[i] = gaps.get(i);
            }
            float left = mode(lefts);
            float symmetric = pageWidth - left - em;
            return new Layout(left, Math.max(mode(rights), symmetric), em, g.length == 0 ? 0 : median(g));
        }

        private static float median(float[] v) {
            if (v.length == 0) {
                return 0;
            }
            float[] s = v.clone();
            Arrays.sort(s);
            return s[s.length / 2];
        }

        /** The most frequent value; of equally frequent ones, the smallest. */
        private static float mode(Map<Integer, Integer> counts) {
            int best = 0;
            int bestCount = -1;
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey() < best)) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            return best;
        }
    }
}
