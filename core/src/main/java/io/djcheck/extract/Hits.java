package io.djcheck.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The lexicon hits of one text, by kind, each kind sorted by start (the longest first on a tie).
 * Look-ups by position are binary searches: extraction asks for the hits of every clause and
 * paragraph, and a scan from the start each time would make it quadratic in the report's length.
 */
final class Hits {

    private static final Comparator<Hit> BY_START_LONGEST_FIRST =
            (a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end());

    private final List<Hit>[] byKind;     // by Term.Kind ordinal: an array read, not an EnumMap look-up, per question
    private final int maxLength;

    /** {@code byKind[k]}: the hits of the kind of ordinal k in order of their end offsets, or null for none. */
    Hits(List<Hit>[] byKind) {
        this.byKind = byKind;
        int max = 1;
        // hits arrive ordered by end; readers want them by start
        for (List<Hit> l : byKind) {
            if (l == null) {
                continue;
            }
            l.sort(BY_START_LONGEST_FIRST);
            for (Hit h : l) {
                max = Math.max(max, h.length());
            }
        }
        this.maxLength = max;
    }

    List<Hit> of(Term.Kind kind) {
        List<Hit> l = byKind[kind.ordinal()];
        return l != null ? l : List.of();
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

    private boolean coveredByLonger(Hit h, List<Hit> others) {
        // a covering hit starts at most maxLength before h ends
        for (int i = firstStartingAtOrAfter(others, h.end() - maxLength); i < others.size(); i++) {
            Hit o = others.get(i);
            if (o.start() > h.start()) {
                break;
            }
            if (o != h && o.end() >= h.end() && o.length() > h.length()) {
                return true;
            }
        }
        return false;
    }

    /** Hits of {@code kind} lying within {@code [from, to)}. */
    List<Hit> within(Term.Kind kind, int from, int to) {
        List<Hit> all = of(kind);
        List<Hit> out = new ArrayList<>(4);
        for (int i = firstStartingAtOrAfter(all, from); i < all.size(); i++) {
            Hit h = all.get(i);
            if (h.start() >= to) {
                break;
            }
            if (h.end() <= to) {
                out.add(h);
            }
        }
        return out;
    }

    /** Whether any hit of {@code kind} lies within {@code [from, to)}. */
    boolean anyWithin(Term.Kind kind, int from, int to) {
        List<Hit> all = of(kind);
        for (int i = firstStartingAtOrAfter(all, from); i < all.size(); i++) {
            Hit h = all.get(i);
            if (h.start() >= to) {
                return false;
            }
            if (h.end() <= to) {
                return true;
            }
        }
        return false;
    }

    /** The longest hit of {@code kind} starting exactly at {@code offset}, or null. */
    Hit startingAt(Term.Kind kind, int offset) {
        List<Hit> all = of(kind);
        int i = firstStartingAtOrAfter(all, offset);
        return i < all.size() && all.get(i).start() == offset ? all.get(i) : null;
    }

    /** The longest hit of {@code kind} ending exactly at {@code offset}, or null. */
    Hit endingAt(Term.Kind kind, int offset) {
        List<Hit> all = of(kind);
        Hit best = null;
        for (int i = firstStartingAtOrAfter(all, offset - maxLength); i < all.size(); i++) {
            Hit h = all.get(i);
            if (h.start() >= offset) {
                break;
            }
            if (h.end() == offset && (best == null || h.length() > best.length())) {
                best = h;
            }
        }
        return best;
    }

    boolean inside(Term.Kind kind, int offset) {
        List<Hit> all = of(kind);
        for (int i = firstStartingAtOrAfter(all, offset - maxLength); i < all.size(); i++) {
            Hit h = all.get(i);
            if (h.start() > offset) {
                return false;
            }
            if (offset < h.end()) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first hit whose start is at least {@code offset}. */
    private static int firstStartingAtOrAfter(List<Hit> hits, int offset) {
        int lo = 0;
        int hi = hits.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hits.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
