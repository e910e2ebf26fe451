package io.djcheck.extract;

import io.djcheck.model.Genre;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells a 述职报告 from a speech or a work report by the lexicon's weighted genre cues (本人,
 * 现将…述职如下, 同志们, 交流 ...). A cue written with … ("现将…述职如下") matches its parts in order
 * within one sentence. Each distinct cue counts once; the genre with the highest total wins if it
 * reaches {@link #MIN_SCORE} and no other genre ties it.
 */
final class GenreDetector {

    static final int MIN_SCORE = 2;
    /** Widest span a cue with gaps may cover. */
    private static final int MAX_GAP_SPAN = 60;

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
        Map<Genre, Integer> score = new EnumMap<>(Genre.class);
        Set<String> counted = new HashSet<>();
        for (Hit h : hits.longest(Term.Kind.GENRE)) {
            if (counted.add(h.term().key() + ':' + text.substring(h.start(), h.end()))) {
                score.merge(Genre.valueOf(h.term().key()), h.term().value(), Integer::sum);
            }
        }
        Map<String, List<Hit>> parts = new HashMap<>();
        for (Hit h : hits.of(Term.Kind.GENRE_PART)) {
            parts.computeIfAbsent(h.term().key(), k -> new ArrayList<>()).add(h);
        }
        parts.forEach((cue, found) -> {
            if (inOrderWithinASentence(text, found, parts(cue).length)) {
                score.merge(gapCueGenre.get(cue), found.get(0).term().value(), Integer::sum);
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
        return top >= MIN_SCORE && !tie ? best : Genre.UNKNOWN;
    }

    /**
     * Whether the parts 0..n-1 of one cue occur in order, each after the last, within one sentence.
     * {@code found} is in text order, so only the hits within {@link #MAX_GAP_SPAN} of a first part
     * are looked at: a text repeating a part thousands of times stays linear.
     */
    private static boolean inOrderWithinASentence(String text, List<Hit> found, int n) {
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
                return true;
            }
        }
        return false;
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
