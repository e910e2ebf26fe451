package io.djcheck.extract;

import io.djcheck.model.Genre;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Tells a 述职报告 from a speech or a work report by the lexicon's weighted genre cues (本人,
 * 现将…报告如下, 同志们, 交流 ...). Each distinct cue counts once; the genre with the highest total
 * wins if it reaches {@link #MIN_SCORE} and no other genre ties it.
 */
final class GenreDetector {

    static final int MIN_SCORE = 2;

    Genre detect(String text, Hits hits) {
        Map<Genre, Integer> score = new EnumMap<>(Genre.class);
        Set<String> counted = new HashSet<>();
        for (Hit h : hits.longest(Term.Kind.GENRE)) {
            if (counted.add(h.term().key() + ':' + text.substring(h.start(), h.end()))) {
                score.merge(Genre.valueOf(h.term().key()), h.term().value(), Integer::sum);
            }
        }
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
}
