package io.djcheck.extract;

/** One lexicon string found at {@code [start, end)} of the normalised text, with one meaning. */
record Hit(int start, int end, Term term) {
    int length() {
        return end - start;
    }

    boolean overlaps(Hit o) {
        return start < o.end && o.start < end;
    }
}
