package io.djcheck.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The hits of one kind in one text, ordered by start (the longest first on a tie, otherwise in the
 * order they were added), kept as parallel arrays. A {@link Hit} object is made only for a hit a
 * reader asks for, and then once: most hits (the cues of clauses without a number, the units not
 * after a number) are never asked for, and a report has about a thousand of them.
 */
final class HitColumn {

    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private Term[] terms = new Term[8];
    private int size;
    private Hit[] made;                 // made[i]: the object of hit i once asked for; null until then

    /**
     * Adds a hit. The automaton reports hits in order of their end, so a new hit goes at most a few
     * places back (past the shorter hits that start after it): an insertion from the back, no sort.
     */
    void add(int start, int end, Term term) {
        if (made != null) {
            throw new IllegalStateException("hits added after they were read");
        }
        if (size == starts.length) {
            int n = size * 2;
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            terms = Arrays.copyOf(terms, n);
        }
        int i = size;
        while (i > 0 && (starts[i - 1] > start || (starts[i - 1] == start && ends[i - 1] < end))) {
            i--;
        }
        if (i < size) {
            System.arraycopy(starts, i, starts, i + 1, size - i);
            System.arraycopy(ends, i, ends, i + 1, size - i);
            System.arraycopy(terms, i, terms, i + 1, size - i);
        }
        starts[i] = start;
        ends[i] = end;
        terms[i] = term;
        size++;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    int length(int i) {
        return ends[i] - starts[i];
    }

    /** Hit {@code i}, the same object each time it is asked for. */
    Hit hit(int i) {
        if (made == null) {
            made = new Hit[size];
        }
        Hit h = made[i];
        if (h == null) {
            h = new Hit(starts[i], ends[i], terms[i]);
            made[i] = h;
        }
        return h;
    }

    /** Every hit, in order. */
    List<Hit> all() {
        List<Hit> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(hit(i));
        }
        return out;
    }

    /** Index of the first hit whose start is at least {@code offset}; {@link #size()} when there is none. */
    int firstStartingAtOrAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
