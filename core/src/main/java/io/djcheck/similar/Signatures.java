package io.djcheck.similar;

import io.djcheck.model.Internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The pieces of {@link DuplicateFinder} for a search spread over machines (the Spark job): sign a
 * report where it is read, group the reports by their LSH band keys, verify the candidate pairs by
 * their signatures, and build each cluster found — with the same signing, banding, threshold and
 * cluster form as a batch on one machine, so both find the same copies.
 *
 * <pre>{@code
 * int[] sig = Signatures.of(report.text(), organisationName);          // on the executor; null: too short
 * long[] keys = Signatures.bandKeys(sig, 0.3);                        // group by (band, keys[band])
 * boolean copies = Signatures.similarity(sigA, sigB) >= 0.3;          // verify a candidate pair
 * DuplicateCluster c = Signatures.cluster(members, 0.3, texts);       // a connected group of verified pairs
 * }</pre>
 */
@Internal
public final class Signatures {

    /** Values per signature. */
    public static final int SIZE = MinHasher.SIZE;

    private Signatures() {
    }

    /** A report of a cluster by its signature. */
    public record Signed(String source, Instant modified, int[] signature) {
        public Signed {
            Objects.requireNonNull(source, "source");
            if (signature == null || signature.length != SIZE) {
                throw new IllegalArgumentException(source + ": a signature has " + SIZE + " values");
            }
        }
    }

    /**
     * The MinHash signature of a report's text, figures and names masked ({@code organisation} may be
     * null), or null when the text is too short to call a copy.
     */
    public static int[] of(String text, String organisation) {
        MaskedText masked = MaskedText.of(text, organisation);
        return masked.length() < DuplicateFinder.TEXT_MIN ? null : MinHasher.signature(masked);
    }

    /** The estimated Jaccard similarity of two signatures' masked texts, 0–1. */
    public static double similarity(int[] a, int[] b) {
        return MinHasher.similarity(a, 0, b, 0);
    }

    /**
     * One key per LSH band at this threshold: two reports at the threshold share at least one
     * band's key with probability 0.99 or more. Group by band number (the index) and key.
     */
    public static long[] bandKeys(int[] signature, double similarityMin) {
        int rows = DuplicateFinder.rowsPerBand(similarityMin);
        long[] keys = new long[SIZE / rows];
        for (int band = 0; band < keys.length; band++) {
            keys[band] = bandKey(signature, 0, band, rows);
        }
        return keys;
    }

    /**
     * A cluster of reports found to belong together, in the form of {@link DuplicateFinder#clusters}:
     * oldest first, pairwise similarities, and the passages the oldest shares with its closest copy.
     */
    public static DuplicateCluster cluster(List<Signed> members, double similarityMin, DuplicateFinder.TextSource texts) {
        DuplicateFinder finder = DuplicateFinder.builder().similarityMin(similarityMin).build();
        for (Signed m : members) {
            finder.addSigned(m.source(), m.signature(), m.modified());
        }
        return finder.allAsOneCluster(texts);
    }

    /** The 64-bit hash of one band of the signature stored at {@code offset} of {@code signatures}. */
    static long bandKey(int[] signatures, int offset, int band, int rows) {
        long h = band;
        int base = offset + band * rows;
        for (int r = 0; r < rows; r++) {
            h = h * 0x9E37_79B9_7F4A_7C15L + signatures[base + r];
        }
        h ^= h >>> 29;
        h *= 0xBF58_476D_1CE4_E5B9L;
        h ^= h >>> 32;
        return h;
    }
}
