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

    private final Map<String, Genre> gapCueGenre = new HashMap<>();

    GenreDetector(Lexicon lexicon) {
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
