package io.djcheck.extract;

import io.djcheck.model.Section;
import io.djcheck.model.SectionKind;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the parts of a report. Headings are paragraphs opening with an enumeration mark (第一部分 一、
 * （一） 1. ①), paragraphs opening with 一是/第一 whose first clause is short and names a part
 * ("一是存在的问题："), paragraphs opening with a short label and a colon ("存在的主要问题：一是…"),
 * and short unnumbered lines ("存在的不足"); each is classified by the
 * lexicon's heading keywords, and a heading
 * under a classified one belongs to its parent ("2.补齐党建工作短板" under "一、履职工作特色和亮点"
 * is an achievement, not a problem). Lead-ins open sections without a heading: 究其原因 wherever it
 * stands, 下一步， at the start of a paragraph. A merged heading (存在的主要问题和原因分析) yields
 * one section of each kind.
 */
final class SectionDetector {

    /** Longest heading text that weak keywords (问题, 不足) may classify. */
    private static final int WEAK_KEYWORD_MAX_HEADING = 12;
    /** Longest unnumbered line that may be a heading. */
    private static final int UNNUMBERED_HEADING_MAX = 24;
    /** Unnumbered headings rank with 一、: a 一、 heading ends them, a （一） heading does not. */
    private static final int UNNUMBERED_LEVEL = 1;
    /** Longest first clause of a 一是 paragraph, or label before a colon, that may be a heading. */
    private static final int ITEM_HEADING_MAX = 16;

    /** A heading; {@code strong} are the kinds its strong keywords name, {@code kinds} adds the weak ones. */
    private record Heading(int level, int start, int textEnd, Set<SectionKind> kinds, Set<SectionKind> strong) {
        Heading(int level, int start, int textEnd, Set<SectionKind> strongKinds) {
            this(level, start, textEnd, strongKinds, strongKinds);
        }
    }

    SectionMap detect(String t, TextLayout layout, List<Enumerator> enumerators, Hits hits) {
        List<Heading> headings = headings(t, layout, enumerators, hits);
        List<Set<SectionKind>> inheritedKinds = inheritedKinds(headings);
        List<Section> sections = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            Heading head = headings.get(h);
            int end = t.length();
            for (int k = h + 1; k < headings.size(); k++) {
                if (headings.get(k).level() <= head.level()) {
                    end = headings.get(k).start();
                    break;
                }
            }
            Set<SectionKind> inherited = inheritedKinds.get(h);
            String text = t.substring(head.start(), head.textEnd());
            if (!inherited.isEmpty()) {
                // part of a classified parent, unless it opens the analysis or the plans of a problems part
                for (SectionKind k : opensWithin(inherited, head, t, hits)) {
                    sections.add(new Section(k, text, head.start(), end));
                }
                continue;
            }
            if (head.kinds().isEmpty()) {
                int findingsEnd = statesAShortcoming(hits, head.start(), head.textEnd())
                        ? findingsEnd(layout, hits, head.start(), end) : head.start();
                if (findingsEnd > head.start()) {
                    sections.add(new Section(SectionKind.PROBLEMS, text, head.start(), findingsEnd));
                }
                if (head.level() <= 1 && findingsEnd < end) {
                    sections.add(new Section(SectionKind.OTHER, text, findingsEnd, end));
                }
            } else {
                for (SectionKind k : head.kinds()) {
                    sections.add(new Section(k, text, head.start(), end));
                }
            }
        }
        addLeadIns(t, layout, hits, headings, sections);
        addShortcomingRuns(t, layout, enumerators, hits, sections);
        sections.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        return new SectionMap(sections);
    }

    /**
     * The kinds a heading inside a problems part opens of its own: "（二）原因分析" or "（三）整改措施"
     * under "二、存在的问题", a short heading that names nothing else. Elsewhere a sub-heading belongs to
     * its parent ("2.补齐党建工作短板" is an achievement), and so does a problem stated as a heading
     * ("（四）党建责任制落实不够到位，党建工作思路偏于狭窄"). A weak keyword counts when it is the
     * heading's last word, the word the heading is about ("（二）问题产生的原因" names causes).
     */
    private static Set<SectionKind> opensWithin(Set<SectionKind> parent, Heading head, String t, Hits hits) {
        Set<SectionKind> out = EnumSet.noneOf(SectionKind.class);
        String text = t.substring(head.start(), head.textEnd());
        if (!parent.contains(SectionKind.PROBLEMS) && !parent.contains(SectionKind.CAUSES)
                || parent.contains(SectionKind.ACHIEVEMENTS) || parent.contains(SectionKind.NEXT_STEPS)
                || text.length() > WEAK_KEYWORD_MAX_HEADING + 4 || text.indexOf('，') >= 0) {
            return out;
        }
        Set<SectionKind> named = EnumSet.noneOf(SectionKind.class);
        named.addAll(head.strong());
        Hit last = hits.endingAt(Term.Kind.WEAK_HEADING, head.textEnd());
        if (last != null && last.start() >= head.start()) {
            named.add(SectionKind.valueOf(last.term().key()));
        }
        for (SectionKind k : named) {
            if ((k == SectionKind.CAUSES || k == SectionKind.NEXT_STEPS) && !parent.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * For each heading, the kinds of its nearest classified ancestor (empty when none is), found with
     * a stack of the open ancestors rather than a walk back over every heading before it.
     */
    private static List<Set<SectionKind>> inheritedKinds(List<Heading> headings) {
        List<Set<SectionKind>> out = new ArrayList<>(headings.size());
        Deque<Heading> ancestors = new ArrayDeque<>();
        Deque<Set<SectionKind>> passedOn = new ArrayDeque<>();      // what each ancestor hands its children
        for (Heading head : headings) {
            while (!ancestors.isEmpty() && ancestors.peek().level() >= head.level()) {
                ancestors.pop();
                passedOn.pop();
            }
            Set<SectionKind> inherited = passedOn.isEmpty() ? Set.of() : passedOn.peek();
            out.add(inherited);
            ancestors.push(head);
            passedOn.push(head.kinds().isEmpty() ? inherited : head.kinds());
        }
        return out;
    }

    private List<Heading> headings(String t, TextLayout layout, List<Enumerator> enumerators, Hits hits) {
        List<Heading> out = new ArrayList<>();
        int e = 0;
        for (int p = 0; p < layout.paragraphs(); p++) {
            int s = layout.paragraphStart(p);
            int pe = layout.paragraphEnd(p);
            while (e < enumerators.size() && enumerators.get(e).start() < s) {
                e++;
            }
            Enumerator mark = e < enumerators.size() && enumerators.get(e).start() == s ? enumerators.get(e) : null;
            int textEnd = headingEnd(t, mark == null ? s : mark.end(), pe);
            if (mark != null && mark.rank() <= 4) {
                out.add(new Heading(mark.rank(), s, textEnd, classify(hits, mark.end(), textEnd),
                        strongKinds(hits, mark.end(), textEnd)));
            } else if (mark != null) {
                // 一是存在的问题：… — an item names a part only with a strong keyword in a short first clause;
                // "三是整改措施针对性不强" states a problem and names no part
                int itemEnd = clauseEnd(t, mark.end(), pe);
                if (itemEnd - mark.end() <= ITEM_HEADING_MAX && !negated(hits, mark.end(), itemEnd)) {
                    Set<SectionKind> kinds = strongKinds(hits, mark.end(), itemEnd);
                    if (!kinds.isEmpty()) {
                        out.add(new Heading(mark.rank(), s, itemEnd, kinds));
                    }
                }
            } else if (pe - s <= UNNUMBERED_HEADING_MAX && !endsLikeSentence(t, pe)) {
                Set<SectionKind> kinds = classify(hits, s, pe);
                if (!kinds.isEmpty()) {
                    out.add(new Heading(UNNUMBERED_LEVEL, s, pe, kinds, strongKinds(hits, s, pe)));
                }
            } else {
                // 存在的主要问题：一是… — a label before a colon opens the paragraph
                int colon = clauseEnd(t, s, pe);
                if (colon < pe && colon - s <= ITEM_HEADING_MAX && (t.charAt(colon) == '：' || t.charAt(colon) == ':')) {
                    Set<SectionKind> kinds = strongKinds(hits, s, colon);
                    if (!kinds.isEmpty()) {
                        out.add(new Heading(UNNUMBERED_LEVEL, s, colon, kinds));
                    }
                }
            }
        }
        return out;
    }

    /** Fewest problem items in a row that make a problems part without a heading. */
    private static final int MIN_SHORTCOMINGS = 2;

    /**
     * A run of enumerated shortcomings ("一是…不够；二是…不到位", "1.学习不深入。2.…流于形式。") is a
     * problems part even without a heading: at least {@link #MIN_SHORTCOMINGS} consecutive items of
     * one family whose statement (up to its first full stop or semicolon) holds a negation cue, outside
     * any problems, causes or next-steps part already found. The part runs from the first item to the
     * end of the last one's paragraph.
     */
    private static void addShortcomingRuns(String t, TextLayout layout, List<Enumerator> marks, Hits hits,
                                           List<Section> sections) {
        List<Section> found = new ArrayList<>();
        int runStart = -1;
        int runLength = 0;
        int runEnd = -1;
        Enumerator prev = null;
        for (int k = 0; k < marks.size(); k++) {
            Enumerator m = marks.get(k);
            int p = layout.paragraphAt(m.start());
            int stmtEnd = statementEnd(t, m.end(), layout.paragraphEnd(p),
                    k + 1 < marks.size() ? marks.get(k + 1).start() : t.length());
            boolean problem = negated(hits, m.end(), stmtEnd);
            boolean continues = prev != null && prev.family().equals(m.family()) && m.ordinal() == prev.ordinal() + 1;
            if (problem && continues && runLength > 0) {
                runLength++;
                runEnd = layout.paragraphEnd(p);
            } else {
                if (runLength >= MIN_SHORTCOMINGS) {
                    found.add(new Section(SectionKind.PROBLEMS, null, runStart, runEnd));
                }
                runLength = problem ? 1 : 0;
                runStart = m.start();
                runEnd = layout.paragraphEnd(p);
            }
            prev = m;
        }
        if (runLength >= MIN_SHORTCOMINGS) {
            found.add(new Section(SectionKind.PROBLEMS, null, runStart, runEnd));
        }
        for (Section f : found) {
            boolean covered = false;
            for (Section s : sections) {
                if (s.start() <= f.start() && f.start() < s.end() && (s.kind() == SectionKind.PROBLEMS
                        || s.kind() == SectionKind.CAUSES || s.kind() == SectionKind.NEXT_STEPS)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                sections.add(f);
            }
        }
    }

    /** The end of an item's statement: its first full stop, semicolon or colon, the next mark or the paragraph's end. */
    private static int statementEnd(String t, int from, int paragraphEnd, int nextMark) {
        int limit = Math.min(paragraphEnd, Math.max(from, nextMark));
        for (int i = from; i < limit; i++) {
            char c = t.charAt(i);
            if (c == '。' || c == '；' || c == ';' || c == '：' || c == ':') {
                return i;
            }
        }
        return limit;
    }

    /**
     * Where the findings under a heading that states a shortcoming end: its paragraph and the
     * paragraphs after it that state shortcomings too, up to the first that does not ("整改情况：")
     * or {@code limit}, the next heading of its level.
     */
    private static int findingsEnd(TextLayout layout, Hits hits, int headStart, int limit) {
        int p = layout.paragraphAt(headStart);
        int end = layout.paragraphEnd(p);
        for (p++; p < layout.paragraphs() && layout.paragraphStart(p) < limit; p++) {
            if (!negated(hits, layout.paragraphStart(p), layout.paragraphEnd(p))) {
                break;
            }
            end = layout.paragraphEnd(p);
        }
        return Math.min(end, limit);
    }

    /**
     * Whether a numbered heading states a shortcoming: a negation cue, and no word of having solved
     * it ("（二）解决党员教育不到位的问题" is an achievement). Under a classified heading the parent
     * still decides; on its own it heads a problems part (a list of inspection findings) that runs as
     * far as the shortcomings do.
     */
    private static boolean statesAShortcoming(Hits hits, int from, int to) {
        return negated(hits, from, to) && !hits.anyWithin(Term.Kind.RESOLVED, from, to);
    }

    /** Whether a negation cue stands in {@code [from, to)}, not after a prevention word (防止…流于形式). */
    private static boolean negated(Hits hits, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (Hit h : hits.within(Term.Kind.NEGATION, from, to)) {
            if (!hits.anyWithin(Term.Kind.PREVENTED, from, h.start()) && !insideNeutral(hits, h)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a neutral word holds the cue: 未 in 未来, 要 in 重要. */
    private static boolean insideNeutral(Hits hits, Hit h) {
        for (Hit n : hits.within(Term.Kind.NEUTRAL, Math.max(0, h.start() - NEUTRAL_REACH), h.end() + NEUTRAL_REACH)) {
            if (n.start() <= h.start() && n.end() >= h.end()) {
                return true;
            }
        }
        return false;
    }

    /** Farthest a neutral word holding a cue may start before it. */
    private static final int NEUTRAL_REACH = 6;

    /** The heading text: up to the first full stop or colon, else the line. */
    private static int headingEnd(String t, int s, int pe) {
        for (int i = s; i < pe; i++) {
            char c = t.charAt(i);
            if (c == '。' || c == '：' || c == ':' || c == '！' || c == '？') {
                return i;
            }
        }
        return pe;
    }

    private static int clauseEnd(String t, int s, int pe) {
        for (int i = s; i < pe; i++) {
            if ("，。：；:;,！？".indexOf(t.charAt(i)) >= 0) {
                return i;
            }
        }
        return pe;
    }

    private static boolean endsLikeSentence(String t, int pe) {
        char c = t.charAt(pe - 1);
        return c == '。' || c == '；' || c == '，';
    }

    private static Set<SectionKind> strongKinds(Hits hits, int from, int to) {
        Set<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
        for (Hit h : strongHits(hits, from, to)) {
            kinds.add(SectionKind.valueOf(h.term().key()));
        }
        return kinds;
    }

    /**
     * Heading keywords in {@code [from, to)}, without those inside a longer one (存在问题 in 存在问题的原因).
     * The hits come by start, longest first on a tie, so one pass keeps the farthest end seen: a long
     * heading line full of keywords costs no comparison of every pair.
     */
    private static List<Hit> strongHits(Hits hits, int from, int to) {
        List<Hit> all = hits.within(Term.Kind.HEADING, from, to);
        List<Hit> kept = new ArrayList<>(all.size());
        int farthestEndBefore = -1;                 // among hits starting before the current start
        int groupStart = -1;
        int groupEnd = -1;                          // the end of the longest hit at the current start
        for (Hit h : all) {
            if (h.start() != groupStart) {
                farthestEndBefore = Math.max(farthestEndBefore, groupEnd);
                groupStart = h.start();
                groupEnd = h.end();
            }
            if (farthestEndBefore < h.end() && groupEnd <= h.end()) {
                kept.add(h);
            }
        }
        return kept;
    }

    private static Set<SectionKind> classify(Hits hits, int from, int to) {
        List<Hit> strong = strongHits(hits, from, to);
        Set<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
        strong.forEach(h -> kinds.add(SectionKind.valueOf(h.term().key())));
        if (to - from <= WEAK_KEYWORD_MAX_HEADING) {
            for (Hit h : hits.within(Term.Kind.WEAK_HEADING, from, to)) {
                if (strong.stream().noneMatch(o -> o.overlaps(h))) {   // 问题 inside 问题原因 is no problems heading
                    kinds.add(SectionKind.valueOf(h.term().key()));
                }
            }
        }
        return kinds;
    }

    /**
     * 究其原因 opens a causes section to the end of its paragraph; at a paragraph's start a lead-in
     * (究其原因, 下一步，) opens a section that runs to the next heading of the first level.
     */
    private static void addLeadIns(String t, TextLayout layout, Hits hits, List<Heading> headings,
                                   List<Section> sections) {
        List<Heading> firstLevel = headings.stream().filter(head -> head.level() <= 1).toList();
        for (Term.Kind kind : List.of(Term.Kind.LEAD_IN, Term.Kind.PARAGRAPH_LEAD_IN)) {
            for (Hit h : hits.of(kind)) {
                int p = layout.paragraphAt(h.start());
                int ps = layout.paragraphStart(p);
                boolean atStart = onlyMarksBetween(t, ps, h.start());
                SectionKind leadKind = SectionKind.valueOf(h.term().key());
                if ((kind == Term.Kind.PARAGRAPH_LEAD_IN && !atStart) || headingAtSays(headings, ps, leadKind)) {
                    continue;                                   // not at the start, or the heading says it already
                }
                if (kind == Term.Kind.PARAGRAPH_LEAD_IN && h.end() < t.length()
                        && "，,：:".indexOf(t.charAt(h.end())) < 0 && !t.startsWith("工作", h.end())) {
                    continue;                                   // 下一步 as a plain word
                }
                int end = layout.paragraphEnd(p);
                if (atStart) {
                    int next = firstHeadingAfter(firstLevel, h.start());
                    end = next < firstLevel.size() ? firstLevel.get(next).start() : t.length();
                }
                int leadEnd = Math.min(layout.paragraphEnd(p), h.end() + 1);
                sections.add(new Section(leadKind,
                        t.substring(h.start(), leadEnd).strip(), h.start(), end));
            }
        }
    }

    private static boolean onlyMarksBetween(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isMarkChar(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the heading opening the paragraph at {@code start}, if any, names {@code kind}. */
    private static boolean headingAtSays(List<Heading> headings, int start, SectionKind kind) {
        for (int k = firstHeadingAfter(headings, start - 1); k < headings.size() && headings.get(k).start() == start; k++) {
            if (headings.get(k).kinds().contains(kind)) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first heading starting after {@code offset}; headings are in text order. */
    private static int firstHeadingAfter(List<Heading> headings, int offset) {
        return SortedLists.firstNotBefore(headings, h -> h.start() <= offset);
    }

    private static boolean isMarkChar(char c) {
        return ChineseNumerals.isNumeral(c) || Character.isDigit(c) || EnumeratorScanner.isCircled(c) || "、.．（）()是第 ".indexOf(c) >= 0;
    }
}
