package io.djcheck.compare;

import io.djcheck.model.Report;
import io.djcheck.model.Section;
import io.djcheck.model.SectionKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The points of a report's part — the problems of 存在问题, the promises of 下一步 — as the report
 * numbers them (一是…二是…, （一）, 1., 一、, 第一, ①). Only the enumeration style that opens the part
 * splits it, so the 一是 inside a （一） stay within their point; text before the first point is the
 * part's lead-in. A part without numbering gives one point per sentence.
 */
final class Points {

    /** One style per group, tried at the start of a line or sentence. */
    private static final Pattern MARK = Pattern.compile(
            "(?<is>[一二三四五六七八九十]+是)|(?<paren>[（(][一二三四五六七八九十]+[）)])|(?<digit>\\d{1,2}[.．、](?!\\d))"
                    + "|(?<cn>[一二三四五六七八九十]+、)|(?<ord>第[一二三四五六七八九十]+[，,、是])|(?<circled>[①-⑳])");
    private static final String[] STYLES = {"is", "paren", "digit", "cn", "ord", "circled"};

    private Points() {
    }

    /** A numbered point: its span and its headline, the first sentence without the mark. */
    record Point(int start, int end, String headline) {
    }

    /**
     * The points of every part of these kinds, in text order. A part read as two kinds at once (问题及原因)
     * or overlapping a part already taken is read once.
     */
    static List<Point> of(Report report, SectionKind... kinds) {
        Set<SectionKind> wanted = EnumSet.noneOf(SectionKind.class);
        wanted.addAll(Arrays.asList(kinds));
        List<Section> parts = new ArrayList<>();
        for (Section s : report.sections()) {
            if (wanted.contains(s.kind())) {
                parts.add(s);
            }
        }
        parts.sort(Comparator.comparingInt(Section::start).thenComparing(Comparator.comparingInt(Section::end).reversed()));
        List<Point> out = new ArrayList<>();
        int takenEnd = -1;
        for (Section s : parts) {
            if (s.end() <= takenEnd) {
                continue;                               // the same span, or inside the part just taken
            }
            out.addAll(inPart(report.text(), Math.max(bodyStart(report.text(), s), takenEnd), s.end()));
            takenEnd = s.end();
        }
        return out;
    }

    /** After the heading line or inline lead-in (存在问题的主要原因:), where the points begin. */
    private static int bodyStart(String text, Section s) {
        int at = s.start();
        if (s.heading() != null) {
            int h = text.indexOf(s.heading(), at);
            if (h >= 0 && h < s.end() && text.substring(at, h).isBlank()) {
                at = h + s.heading().length();
            }
        }
        while (at < s.end() && ":：，, \n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return at;
    }

    static List<Point> inPart(String text, int from, int to) {
        List<int[]> marks = new ArrayList<>();       // {start of point, end of its mark}
        String style = null;
        for (TextSpan sentence : Sentences.of(text, from, to)) {
            int at = markStart(text, sentence);
            Matcher m = MARK.matcher(text).region(at, sentence.end());
            if (!m.lookingAt()) {
                continue;
            }
            String st = styleOf(m);
            if (style == null) {
                style = st;
            }
            if (st.equals(style)) {
                marks.add(new int[] {at, m.end()});
            }
        }
        List<Point> out = new ArrayList<>();
        if (marks.isEmpty()) {
            for (TextSpan s : Sentences.of(text, from, to)) {
                out.add(new Point(s.start(), s.end(), headline(text, s.start(), s.end())));
            }
            return out;
        }
        for (int i = 0; i < marks.size(); i++) {
            int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : to;
            while (end > marks.get(i)[0] && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            out.add(new Point(marks.get(i)[0], end, headline(text, marks.get(i)[1], end)));
        }
        return out;
    }

    /** A mark opens the sentence, or follows its lead-in's colon (主要是：一是…). */
    private static int markStart(String text, TextSpan sentence) {
        if (MARK.matcher(text).region(sentence.start(), sentence.end()).lookingAt()) {
            return sentence.start();
        }
        for (int i = sentence.start(); i < sentence.end(); i++) {
            if (text.charAt(i) == '：' || text.charAt(i) == ':') {
                return i + 1;
            }
        }
        return sentence.start();
    }

    private static String styleOf(Matcher m) {
        for (String s : STYLES) {
            if (m.group(s) != null) {
                return s;
            }
        }
        throw new IllegalStateException("no style matched");
    }

    private static String headline(String text, int from, int to) {
        List<TextSpan> first = Sentences.of(text, from, to);
        String h = first.isEmpty() ? "" : stripEnumerator(first.get(0).text());
        return h.replaceAll("[。；;！!？?：:，,]+$", "");
    }

    /** The sentence without its leading enumeration mark ("一是", "（二）", "3."). */
    static String stripEnumerator(String sentence) {
        Matcher m = MARK.matcher(sentence);
        return m.lookingAt() ? sentence.substring(m.end()) : sentence;
    }
}
