package io.djcheck.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The lexicon hits of one text, by kind, each kind sorted by start (the longest first on a tie).
 * Look-ups by position are binary searches: extraction asks for the hits of every clause and
 * paragraph, and a scan from the start each time would make it quadratic in the report's length.
 */
final class Hits {

    private final HitColumn[] byKind;     // by Term.Kind ordinal: an array read, not an EnumMap look-up, per question
    private final List<Hit>[] lists;      // of(kind) as a list, made on the first call
    private final int maxLength;

    /** {@code byKind[k]}: the hits of the kind of ordinal k, or null for none; {@code maxLength}: the longest hit. */
    @SuppressWarnings("unchecked")
    Hits(HitColumn[] byKind, int maxLength) {
        this.byKind = byKind;
        this.lists = new List[byKind.length];
        this.maxLength = Math.max(1, maxLength);
    }

    private static final HitColumn NONE = new HitColumn();

    private HitColumn column(Term.Kind kind) {
        HitColumn c = byKind[kind.ordinal()];
        return c != null ? c : NONE;
    }

    List<Hit> of(Term.Kind kind) {
        HitColumn c = byKind[kind.ordinal()];
        if (c == null) {
            return List.of();
        }
        List<Hit> l = lists[kind.ordinal()];
        if (l == null) {
            l = Collections.unmodifiableList(c.all());
            lists[kind.ordinal()] = l;
        }
        return l;
    }

    /**
     * Hits of {@code kind} that are not inside a longer hit of the same kind or of a neutral word:
     * 民主评议党员 wins over 民主评议, and 重要 hides the cue 要.
     */
    List<Hit> longest(Term.Kind kind) {
        HitColumn all = column(kind);
        HitColumn neutral = column(Term.Kind.NEUTRAL);
        List<Hit> kept = new ArrayList<>(all.size());
        // One sweep in start order, no search per hit. A longer hit covers h when it starts before h
        // and ends no earlier, or starts with h and ends later: the running maximum of the ends of the
        // hits starting before h answers the first, the first hit of h's start (the longest) the second.
        int maxEndBefore = -1;
        int groupEnd = -1;                  // end of the first (longest) hit of the current start
        int n = 0;                          // neutral hits before the current start are in neutralEndBefore
        int neutralEndBefore = -1;
        for (int i = 0; i < all.size(); i++) {
            int start = all.start(i);
            int end = all.end(i);
            if (i == 0 || all.start(i - 1) != start) {
                if (i > 0) {
                    maxEndBefore = Math.max(maxEndBefore, groupEnd);
                }
                groupEnd = end;
            }
            while (n < neutral.size() && neutral.start(n) < start) {
                neutralEndBefore = Math.max(neutralEndBefore, neutral.end(n));
                n++;
            }
            boolean covered = maxEndBefore >= end || groupEnd > end
                    || neutralEndBefore >= end || (n < neutral.size() && neutral.start(n) == start && neutral.end(n) > end);
            if (!covered) {
                kept.add(all.hit(i));
            }
        }
        return kept;
    }

    /** Hits of {@code kind} lying within {@code [from, to)}. */
    List<Hit> within(Term.Kind kind, int from, int to) {
        HitColumn all = column(kind);
        List<Hit> out = new ArrayList<>(4);
        for (int i = all.firstStartingAtOrAfter(from); i < all.size(); i++) {
            if (all.start(i) >= to) {
                break;
            }
            if (all.end(i) <= to) {
                out.add(all.hit(i));
            }
        }
        return out;
    }

    /** Whether any hit of {@code kind} lies within {@code [from, to)}. */
    boolean anyWithin(Term.Kind kind, int from, int to) {
        HitColumn all = column(kind);
        for (int i = all.firstStartingAtOrAfter(from); i < all.size(); i++) {
            if (all.start(i) >= to) {
                return false;
            }
            if (all.end(i) <= to) {
                return true;
            }
        }
        return false;
    }

    /** The longest hit of {@code kind} starting exactly at {@code offset}, or null. */
    Hit startingAt(Term.Kind kind, int offset) {
        HitColumn all = column(kind);
        int i = all.firstStartingAtOrAfter(offset);
        return i < all.size() && all.start(i) == offset ? all.hit(i) : null;
    }

    /** The longest hit of {@code kind} ending exactly at {@code offset}, or null. */
    Hit endingAt(Term.Kind kind, int offset) {
        HitColumn all = column(kind);
        int best = -1;
        for (int i = all.firstStartingAtOrAfter(offset - maxLength); i < all.size(); i++) {
            if (all.start(i) >= offset) {
                break;
            }
            if (all.end(i) == offset && (best < 0 || all.length(i) > all.length(best))) {
                best = i;
            }
        }
        return best < 0 ? null : all.hit(best);
    }

    boolean inside(Term.Kind kind, int offset) {
        HitColumn all = column(kind);
        for (int i = all.firstStartingAtOrAfter(offset - maxLength); i < all.size(); i++) {
            if (all.start(i) > offset) {
                return false;
            }
            if (offset < all.end(i)) {
                return true;
            }
        }
        return false;
    }
}
