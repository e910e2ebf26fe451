package io.djcheck.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;

/** The lexicon hits of one text, by kind. */
final class Hits {

    private final EnumMap<Term.Kind, List<Hit>> byKind;

    Hits(EnumMap<Term.Kind, List<Hit>> byKind) {
        this.byKind = byKind;
        // hits arrive ordered by end; readers want them by start
        byKind.values().forEach(l -> l.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> -h.end())));
    }

    List<Hit> of(Term.Kind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /**
     * Hits of {@code kind} that are not inside a longer hit of the same kind or of a neutral word:
     * 民主评议党员 wins over 民主评议, and 重要 hides the cue 要.
     */
    List<Hit> longest(Term.Kind kind) {
        List<Hit> all = of(kind);
        List<Hit> neutral = of(Term.Kind.NEUTRAL);
        List<Hit> kept = new ArrayList<>(all.size());
        for (Hit h : all) {
            if (!coveredByLonger(h, all) && !coveredByLonger(h, neutral)) {
                kept.add(h);
            }
        }
        return kept;
    }

    private static boolean coveredByLonger(Hit h, List<Hit> others) {
        for (Hit o : others) {
            if (o.start() > h.start()) {
                break;
            }
            if (o != h && o.start() <= h.start() && o.end() >= h.end() && o.length() > h.length()) {
                return true;
            }
        }
        return false;
    }

    /** Hits of {@code kind} lying within {@code [from, to)}. */
    List<Hit> within(Term.Kind kind, int from, int to) {
        List<Hit> out = new ArrayList<>();
        for (Hit h : of(kind)) {
            if (h.start() >= to) {
                break;
            }
            if (h.start() >= from && h.end() <= to) {
                out.add(h);
            }
        }
        return out;
    }

    boolean inside(Term.Kind kind, int offset) {
        for (Hit h : of(kind)) {
            if (h.start() > offset) {
                return false;
            }
            if (offset < h.end()) {
                return true;
            }
        }
        return false;
    }
}
