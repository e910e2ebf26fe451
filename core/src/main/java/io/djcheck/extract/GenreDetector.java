package io.djcheck.extract;

import io.djcheck.model.Evidence;
import io.djcheck.model.Genre;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells a 述职报告 from a speech, a work report, a plan or another Party document by the lexicon's
 * weighted genre cues (本人, 现将…述职如下, 同志们, 工作要点, 对照检查材料 ...). A cue written with …
 * ("现将…述职如下") matches its parts in order within one sentence. Each distinct cue counts once;
 * a cue in the title counts {@link #TITLE_WEIGHT} times, so a title "…述职报告" outweighs a body
 * that says "现将…汇报如下". The genre with the highest total wins if it reaches
 * {@link #MIN_SCORE} (one weak cue such as 第一责任人职责 does not) and no other genre ties it;
 * the sentence of its strongest cue is the evidence. A whole report (at least
 * {@link #MIN_REPORT_CHARS} characters, not opening in the middle of a list) that names no genre is
 * a work report, the commonest kind: what remains once a text is known to be a Party-building
 * report and to be none of the others; its opening words are the evidence. Unless it is a set of
 * rules: when at least half of its sentences prescribe (the lexicon's {@code cues.norm}: 必须, 原则上,
 * 至少…), it is a Party document of another genre (OTHER: 制度, 规定, 要求), and what it names is
 * still to be done.
 */
final class GenreDetector {

    static final int MIN_SCORE = 3;
    static final int TITLE_WEIGHT = 4;
    /** Shortest text whose lack of cues says it is a work report: a sentence or two says nothing. */
    static final int MIN_REPORT_CHARS = 200;
    /** Widest span a cue with gaps may cover. */
    private static final int MAX_GAP_SPAN = 60;

    /** Fewest prescribing sentences that make a set of rules. */
    static final int MIN_RULE_SENTENCES = 4;
    /** Sentences shorter than this (a heading such as "2.开好组织生活会") are not counted. */
    private static final int MIN_SENTENCE = 5;

    /**
     * The genre told, with the sentence that told it (null for UNKNOWN); {@code rules} when the text is
     * a set of rules, whose facts are requirements rather than things done.
     */
    record Result(Genre genre, Evidence evidence, boolean rules) {
        Result(Genre genre, Evidence evidence) {
            this(genre, evidence, false);
        }
    }

    /** Longest name before the colon of a headline ("徐家坪镇：严把党员发展关"). */
    static final int MAX_HEADLINE_NAME = 12;

    private final Map<String, Genre> gapCueGenre = new HashMap<>();
    private final Lexicon lexicon;

    GenreDetector(Lexicon lexicon) {
        this.lexicon = lexicon;
        lexicon.genreCues().forEach((genre, cues) -> cues.keySet().forEach(cue -> {
            if (parts(cue).length > 1) {
                gapCueGenre.put(cue, genre);
            }
        }));
    }

    /** The parts of a cue written with gaps: "现将…述职如下" → [现将, 述职如下]. */
    static String[] parts(String cue) {
        return cue.replace("...", "…").replace("……", "…").split("…", -1);
    }

    Genre detect(String text, Hits hits) {
        return detect(text, TextLayout.of(text), List.of(), hits, null).genre();
    }

    Result detect(String text, TextLayout layout, List<Enumerator> marks, Hits hits, EvidenceFactory evidence) {
        int titleEnd = Title.end(layout);
        Result byTitle = titleEnd > 0 ? byTitle(text, layout.paragraphStart(0), titleEnd, hits, evidence) : null;
        if (byTitle != null) {
            return byTitle;
        }
        Map<Genre, Integer> score = new EnumMap<>(Genre.class);
        Map<Genre, int[]> strongest = new EnumMap<>(Genre.class);   // {weight, start, end}
        Set<String> counted = new HashSet<>();
        for (Hit h : hits.longest(Term.Kind.GENRE)) {
            String key = h.term().key() + ':' + text.substring(h.start(), h.end());
            boolean inTitle = h.end() <= titleEnd;
            if (counted.add(key + (inTitle ? ":title" : ""))) {
                if (!inTitle && counted.contains(key + ":title")) {
                    continue;
                }
                add(score, strongest, Genre.valueOf(h.term().key()), h.term().value() * (inTitle ? TITLE_WEIGHT : 1),
                        h.start(), h.end());
            }
        }
        Map<String, List<Hit>> parts = new HashMap<>();
        for (Hit h : hits.of(Term.Kind.GENRE_PART)) {
            parts.computeIfAbsent(h.term().key(), k -> new ArrayList<>()).add(h);
        }
        parts.forEach((cue, found) -> {
            int[] at = inOrderWithinASentence(text, found, parts(cue).length);
            if (at != null) {
                boolean inTitle = at[1] <= titleEnd;
                add(score, strongest, gapCueGenre.get(cue), found.get(0).term().value() * (inTitle ? TITLE_WEIGHT : 1),
                        at[0], at[1]);
            }
        });
        Genre best = Genre.UNKNOWN;
        int top = 0;
        boolean tie = false;
        for (Map.Entry<Genre, Integer> e : score.entrySet()) {
            if (e.getValue() > top) {
                best = e.getKey();
                top = e.getValue();
                tie = false;
            } else if (e.getValue() == top) {
                tie = true;
            }
        }
        if (tie) {
            return new Result(Genre.UNKNOWN, null);
        }
        if (top < MIN_SCORE) {
            if (!wholeReport(text, layout, marks)) {
                return new Result(Genre.UNKNOWN, null);
            }
            int[] rule = firstRuleOfASetOfRules(text, hits);
            if (rule != null) {
                return new Result(Genre.OTHER, evidence == null ? null : evidence.span(rule[0], rule[1]), true);
            }
            return new Result(Genre.WORK_REPORT, evidence == null ? null : evidence.clause(0));
        }
        int[] cue = strongest.get(best);
        return new Result(best, evidence == null ? null : evidence.span(cue[1], cue[2]));
    }

    /**
     * The genre a title names by its head, the word it ends in (a Chinese title's last word names the
     * document; what stands before only qualifies it): "…调研务虚会发言" is a speech, "…整改措施报告" a
     * report, whatever the body quotes. The longest head of the lexicon's {@code genres.titleHeads}
     * wins ("…发言提纲" is no 发言); a weak head ({@code weakTitleHeads}: 报告) only decides when no genre
     * cue stands before it in the title ("述职述廉述党建工作报告" is left to the cues). A title that is a
     * headline, a short name, a colon and a phrase without any genre word ("某某村：党建引领促振兴"),
     * heads a news or experience item: OTHER. Null when the title does not tell.
     */
    private Result byTitle(String text, int titleStart, int titleEnd, Hits hits, EvidenceFactory evidence) {
        int end = headEnd(text, titleStart, titleEnd);
        String title = text.substring(titleStart, end);
        boolean cueInTitle = hits.anyWithin(Term.Kind.GENRE, titleStart, titleEnd)
                || hits.anyWithin(Term.Kind.GENRE_PART, titleStart, titleEnd);
        Genre genre = null;
        int length = 0;
        for (boolean weak : new boolean[] {false, true}) {
            for (Map.Entry<Genre, List<String>> e : (weak ? lexicon.weakTitleHeads() : lexicon.titleHeads()).entrySet()) {
                for (String head : e.getValue()) {
                    if (title.endsWith(head) && head.length() > length && !(weak && cueInTitle)) {
                        genre = e.getKey();
                        length = head.length();
                    }
                }
            }
            if (genre != null) {
                return new Result(genre, evidence == null ? null : evidence.span(titleStart, end));
            }
        }
        int colon = Math.max(title.indexOf('：'), title.indexOf(':'));
        if (!cueInTitle && colon >= 2 && colon <= MAX_HEADLINE_NAME && colon < title.length() - 1) {
            return new Result(Genre.OTHER, evidence == null ? null : evidence.span(titleStart, end));
        }
        return null;
    }

    /** Where a title's words end, before trailing spaces and a bracketed note ("…的讲话（终稿）"). */
    private static int headEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start && (text.charAt(end - 1) == '）' || text.charAt(end - 1) == ')')) {
            int open = Math.max(text.lastIndexOf('（', end), text.lastIndexOf('(', end));
            if (open > start) {
                end = open;
            }
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /**
     * Whether a text without cues is a whole report rather than a few sentences or an excerpt: long
     * enough, and not opening in the middle of a list ("四是…", "一是…", "（三）…" — a page torn out of a
     * longer text, whose genre stood on the pages before).
     */
    private static boolean wholeReport(String text, TextLayout layout, List<Enumerator> marks) {
        if (text.strip().length() < MIN_REPORT_CHARS || layout.paragraphs() == 0) {
            return false;
        }
        int first = layout.paragraphStart(0);
        for (Enumerator m : marks) {
            if (m.start() == first) {
                return m.ordinal() == 1 && m.atLineStart() && m.rank() < Enumerator.ITEM_RANK;
            }
            if (m.start() > first) {
                break;
            }
        }
        return true;
    }

    /**
     * The span of the first prescribing sentence when at least half of the text's sentences, and at
     * least {@link #MIN_RULE_SENTENCES}, hold a norm word (必须, 要, 原则上, 至少…); else null.
     */
    private static int[] firstRuleOfASetOfRules(String text, Hits hits) {
        List<Hit> norms = hits.longest(Term.Kind.NORM);
        if (norms.size() < MIN_RULE_SENTENCES) {
            return null;
        }
        int sentences = 0;
        int prescribing = 0;
        int[] first = null;
        int k = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && !isSentenceEnd(text.charAt(i))) {
                continue;
            }
            boolean prescribes = false;
            for (; k < norms.size() && norms.get(k).start() < i; k++) {
                prescribes |= norms.get(k).start() >= start;
            }
            if (text.substring(start, i).strip().length() >= MIN_SENTENCE) {
                sentences++;
                if (prescribes) {
                    prescribing++;
                    first = first == null ? new int[] {start, i} : first;
                }
            }
            start = i + 1;
        }
        return prescribing >= MIN_RULE_SENTENCES && 2 * prescribing >= sentences ? first : null;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？';
    }

    private static void add(Map<Genre, Integer> score, Map<Genre, int[]> strongest, Genre g, int weight,
                            int start, int end) {
        score.merge(g, weight, Integer::sum);
        int[] s = strongest.get(g);
        if (s == null || weight > s[0]) {
            strongest.put(g, new int[] {weight, start, end});
        }
    }

    /**
     * Where the parts 0..n-1 of one cue first occur in order, each after the last, within one
     * sentence: {start, end}, or null. {@code found} is in text order, so only the hits within
     * {@link #MAX_GAP_SPAN} of a first part are looked at: a text repeating a part thousands of
     * times stays linear.
     */
    private static int[] inOrderWithinASentence(String text, List<Hit> found, int n) {
        for (int i = 0; i < found.size(); i++) {
            Hit first = found.get(i);
            if (first.term().group() != 0) {
                continue;
            }
            int end = first.end();
            int part = 1;
            for (int j = i + 1; j < found.size() && found.get(j).start() - first.start() < MAX_GAP_SPAN; j++) {
                Hit h = found.get(j);
                if (part < n && h.term().group() == part && h.start() >= end
                        && h.end() - first.start() <= MAX_GAP_SPAN && !sentenceEndBetween(text, end, h.start())) {
                    end = h.end();
                    part++;
                }
            }
            if (part == n) {
                return new int[] {first.start(), end};
            }
        }
        return null;
    }

    private static boolean sentenceEndBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
