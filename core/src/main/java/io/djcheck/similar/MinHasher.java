package io.djcheck.similar;

/**
 * The MinHash signature of a masked text's set of character shingles (every run of
 * {@link #SHINGLE} compared characters), by one-permutation hashing: each shingle's 64-bit hash
 * picks one of {@link #SIZE} bins by its top bits and competes for that bin's minimum with the
 * rest — one hash per shingle instead of one per shingle and bin (Li, Owen and Zhang 2012). A bin
 * no shingle fell into borrows the next filled bin to its right, shifted by the distance, so two
 * signatures still agree on a bin with probability equal to the Jaccard similarity of the two sets
 * (rotation densification, Shrivastava and Li 2014). The fraction of equal bins estimates it with a
 * standard error of at most 0.045 ({@code sqrt(1/4 / 128)}).
 */
final class MinHasher {

    /** Values per signature. */
    static final int SIZE = 128;
    /** Characters per shingle: short enough that a changed character spoils few, long enough to be specific. */
    static final int SHINGLE = 4;

    private static final int BIN_SHIFT = 64 - Integer.numberOfTrailingZeros(SIZE);
    private static final int EMPTY = -1;
    /** Added per bin of distance when a bin borrows its neighbour's value: a large odd constant. */
    private static final int ROTATION = 0x6F4F2A53;

    private MinHasher() {
    }

    /** The signature of {@code text}, or null when it is shorter than one shingle. */
    static int[] signature(MaskedText text) {
        String s = text.text();
        if (s.length() < SHINGLE) {
            return null;
        }
        int[] sig = new int[SIZE];
        long[] minimum = new long[SIZE];
        java.util.Arrays.fill(minimum, Long.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= s.length(); i++) {
            long h = shingleHash(s, i);
            int bin = (int) (h >>> BIN_SHIFT);
            long value = h & 0x7FFF_FFFF_FFFF_FFL;          // the bits below the bin's, compared as a positive long
            if (value < minimum[bin]) {
                minimum[bin] = value;
            }
        }
        for (int b = 0; b < SIZE; b++) {
            sig[b] = minimum[b] == Long.MAX_VALUE ? EMPTY : (int) (minimum[b] ^ (minimum[b] >>> 32)) & 0x7FFF_FFFF;
        }
        densify(sig);
        return sig;
    }

    /** Fills every empty bin from the next bin to its right (cyclically) that a shingle filled, shifted by the distance. */
    private static void densify(int[] sig) {
        int[] drawn = sig.clone();                          // borrow only values drawn from shingles
        for (int b = 0; b < SIZE; b++) {
            if (drawn[b] != EMPTY) {
                continue;
            }
            for (int d = 1; d < SIZE; d++) {
                int from = drawn[(b + d) % SIZE];
                if (from != EMPTY) {
                    sig[b] = (from + d * ROTATION) & 0x7FFF_FFFF;
                    break;
                }
            }
        }
    }

    /** The estimated Jaccard similarity of the two texts' shingle sets: the fraction of equal bins. */
    static double similarity(int[] a, int aOffset, int[] b, int bOffset) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[aOffset + i] == b[bOffset + i]) {
                same++;
            }
        }
        return same / (double) SIZE;
    }

    /** A 64-bit hash of the shingle at {@code i}: polynomial over its characters, then MurmurHash3's finaliser. */
    static long shingleHash(String s, int i) {
        long h = 0;
        for (int k = i; k < i + SHINGLE; k++) {
            h = h * 0x9E37_79B9_7F4A_7C15L + s.charAt(k);
        }
        h ^= h >>> 33;
        h *= 0xFF51_AFD7_ED55_8CCDL;
        h ^= h >>> 33;
        h *= 0xC4CE_B9FE_1A85_EC53L;
        h ^= h >>> 33;
        return h;
    }
}
