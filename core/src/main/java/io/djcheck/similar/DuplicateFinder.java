package io.djcheck.similar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds the reports of a batch that share most of their text — copies, copies with the figures and
 * names changed, with paragraphs moved, with part rewritten — in time near-linear in the number of
 * reports and memory of about 600 bytes a report: {@link #add} keeps only a 128-value MinHash
 * signature of each text (figures and names masked, see {@link MaskedText}), and {@link #clusters}
 * finds the pairs by LSH banding, joins them into clusters and reads back the texts of one pair per
 * cluster for the passages they share.
 *
 * <pre>{@code
 * DuplicateFinder finder = DuplicateFinder.builder().similarityMin(0.3).build();
 * for (Path p : files) {
 *     Report r = checker.extract(p);
 *     finder.add(p.toString(), r.text(), r.organisation() == null ? null : r.organisation().name(),
 *             Files.getLastModifiedTime(p).toInstant());
 * }
 * List<DuplicateCluster> clusters = finder.clusters(source -> {
 *     Report r = checker.extract(Path.of(source));
 *     return new DuplicateFinder.ReportText(r.text(), r.organisation() == null ? null : r.organisation().name());
 * });
 * }</pre>
 *
 * {@link #add} may be called from several threads; {@link #clusters} once all are added.
 */
public final class DuplicateFinder {

    /** The similarity two reports must reach by default to be called copies (estimated Jaccard, 0–1). */
    public static final double DEFAULT_SIMILARITY_MIN = 0.3;
    /** The parameter of a pack's params.yaml that sets the similarity. */
    public static final String SIMILARITY_PARAM = "duplicates_similarity_min";
    /** Pairwise similarities are listed for the first this many members of a cluster (oldest first). */
    public static final int PAIRS_MEMBERS_MAX = 50;
    /** Quotes of shared passages are cut after this many characters. */
    public static final int QUOTE_MAX = 300;
    /** Shared passages given per cluster. */
    public static final int PASSAGES_MAX = 3;
    /** A shared passage counts from this many compared characters (about a sentence). */
    static final int PASSAGE_MIN = 20;
    /** Texts shorter than this (compared characters) are too short to call copies and are left out. */
    static final int TEXT_MIN = 50;
    /**
     * Reports compared per LSH bucket, at most: a bucket's reports are compared with its first
     * reports that matched no earlier one. Keeps a bucket of thousands of identical copies linear,
     * not quadratic; only a bucket of more than this many mutually different reports can lose a pair.
     */
    static final int LEADERS_MAX = 32;
    /** Bits of a bucket key kept beside a report's number in one sortable long. */
    private static final int ID_BITS = 24;

    private final double similarityMin;
    private final int rows;
    private final Object lock = new Object();
    private final List<String> sources = new ArrayList<>();
    private long[] modified = new long[1024];
    private int[] signatures = new int[1024 * MinHasher.SIZE];

    private DuplicateFinder(Builder b) {
        this.similarityMin = b.similarityMin;
        this.rows = rowsPerBand(similarityMin);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A report's text and the name of its organisation (masked as a name), for the passages of a cluster. */
    public record ReportText(String text, String organisation) {
        public ReportText {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Reads a report's text again by the source it was added with; null when it can no longer be read. */
    @FunctionalInterface
    public interface TextSource {
        ReportText read(String source);
    }

    public double similarityMin() {
        return similarityMin;
    }

    /** The reports added so far (those too short to compare are not counted). */
    public int size() {
        synchronized (lock) {
            return sources.size();
        }
    }

    /**
     * Adds one report. Its text is not kept.
     *
     * @param source       the name clusters give it (a path)
     * @param text         its text
     * @param organisation the reporting organisation's name (masked like figures), or null
     * @param modified     its file's modification time (the oldest member of a cluster is its likely original), or null
     * @return false when the text is too short to compare and was left out
     */
    public boolean add(String source, String text, String organisation, Instant modified) {
        Objects.requireNonNull(source, "source");
        return add(source, sign(text, organisation), modified);
    }

    /**
     * What {@link #add(String, Signature, Instant)} keeps of a report, made from its text alone: call
     * it from any thread, in parallel, and add the signatures in the order the reports should have.
     */
    public static Signature sign(String text, String organisation) {
        Objects.requireNonNull(text, "text");
        return new Signature(Signatures.of(text, organisation));
    }

    /** Adds one report by its signature ({@link #sign}); false when its text was too short to compare. */
    public boolean add(String source, Signature signature, Instant modified) {
        Objects.requireNonNull(source, "source");
        int[] sig = signature.minHashes;
        if (sig == null) {
            return false;
        }
        addSigned(source, sig, modified);
        return true;
    }

    /** Adds a report by its signature (of {@link Signatures#of}), signed elsewhere: a Spark executor. */
    void addSigned(String source, int[] sig, Instant modified) {
        synchronized (lock) {
            int id = sources.size();
            if (id >= 1 << ID_BITS) {
                throw new IllegalStateException("duplicate search holds at most " + (1 << ID_BITS) + " reports; "
                        + "split the batch");
            }
            if (id == this.modified.length) {
                this.modified = Arrays.copyOf(this.modified, id * 2);
                this.signatures = Arrays.copyOf(signatures, id * 2 * MinHasher.SIZE);
            }
            sources.add(source);
            this.modified[id] = modified == null ? Long.MIN_VALUE : modified.toEpochMilli();
            System.arraycopy(sig, 0, signatures, id * MinHasher.SIZE, MinHasher.SIZE);
        }
    }

    /** All reports added, as one cluster (the caller found that they belong together). */
    DuplicateCluster allAsOneCluster(TextSource texts) {
        synchronized (lock) {
            int[] ids = new int[sources.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = i;
            }
            return cluster(ids, texts);
        }
    }

    /** The MinHash signature of one report's masked text (none when the text is too short to compare). */
    public static final class Signature {
        private final int[] minHashes;

        private Signature(int[] minHashes) {
            this.minHashes = minHashes;
        }
    }

    /**
     * The clusters of copies among the reports added, largest first; each with the passages its oldest
     * member shares with the member most like it, read back through {@code texts} (a cluster whose
     * texts cannot be read again has no passages).
     */
    public List<DuplicateCluster> clusters(TextSource texts) {
        synchronized (lock) {
            int n = sources.size();
            UnionFind groups = new UnionFind(n);
            for (int band = 0; band < MinHasher.SIZE / rows; band++) {
                joinBucket(band, n, groups);
            }
            List<DuplicateCluster> out = new ArrayList<>();
            for (int[] members : groups.groups(2)) {
                out.add(cluster(members, texts));
            }
            out.sort(Comparator.comparingInt((DuplicateCluster c) -> c.members().size()).reversed()
                    .thenComparing(c -> c.oldest().source()));
            return out;
        }
    }

    /** Sorts the reports by their key in one band and compares the reports that share a key. */
    private void joinBucket(int band, int n, UnionFind groups) {
        long[] keyed = new long[n];
        for (int id = 0; id < n; id++) {
            keyed[id] = (bandKey(id, band) << ID_BITS) | id;
        }
        Arrays.sort(keyed);
        int[] leaders = new int[LEADERS_MAX];
        int from = 0;
        while (from < n) {
            int to = from + 1;
            while (to < n && (keyed[to] >>> ID_BITS) == (keyed[from] >>> ID_BITS)) {
                to++;
            }
            if (to - from > 1) {
                int count = 0;
                for (int k = from; k < to; k++) {
                    int id = (int) (keyed[k] & ((1 << ID_BITS) - 1));
                    boolean matched = false;
                    for (int l = 0; l < count; l++) {
                        if (groups.same(id, leaders[l]) || similarity(id, leaders[l]) >= similarityMin) {
                            groups.join(id, leaders[l]);
                            matched = true;
                        }
                    }
                    if (!matched && count < LEADERS_MAX) {
                        leaders[count++] = id;
                    }
                }
            }
            from = to;
        }
    }

    /** The hash of a report's values in one band, in the bits a sortable long has left beside its number. */
    private long bandKey(int id, int band) {
        return Signatures.bandKey(signatures, id * MinHasher.SIZE, band, rows) >>> ID_BITS;
    }

    private double similarity(int a, int b) {
        return MinHasher.similarity(signatures, a * MinHasher.SIZE, signatures, b * MinHasher.SIZE);
    }

    private DuplicateCluster cluster(int[] ids, TextSource texts) {
        Integer[] order = new Integer[ids.length];
        for (int i = 0; i < ids.length; i++) {
            order[i] = ids[i];
        }
        Arrays.sort(order, Comparator.comparingLong((Integer id) -> modified[id] == Long.MIN_VALUE ? Long.MAX_VALUE : modified[id])
                .thenComparing(id -> sources.get(id)));
        int oldest = order[0];
        List<DuplicateCluster.Member> members = new ArrayList<>();
        int closest = order[1];
        for (Integer id : order) {
            double s = id == oldest ? 1.0 : similarity(oldest, id);
            if (id != oldest && s > similarity(oldest, closest)) {
                closest = id;
            }
            members.add(new DuplicateCluster.Member(sources.get(id),
                    modified[id] == Long.MIN_VALUE ? null : Instant.ofEpochMilli(modified[id]), s));
        }
        List<DuplicateCluster.Pair> pairs = new ArrayList<>();
        double best = 0;
        int listed = Math.min(order.length, PAIRS_MEMBERS_MAX);
        for (int i = 0; i < listed; i++) {
            for (int j = i + 1; j < listed; j++) {
                double s = similarity(order[i], order[j]);
                pairs.add(new DuplicateCluster.Pair(i, j, s));
                best = Math.max(best, s);
            }
        }
        return new DuplicateCluster(members, best, pairs, passages(sources.get(oldest), sources.get(closest), texts));
    }

    private static List<DuplicateCluster.Passage> passages(String first, String second, TextSource texts) {
        ReportText a = texts.read(first);
        ReportText b = texts.read(second);
        if (a == null || b == null) {
            return List.of();
        }
        MaskedText ma = MaskedText.of(a.text(), a.organisation());
        MaskedText mb = MaskedText.of(b.text(), b.organisation());
        List<DuplicateCluster.Passage> out = new ArrayList<>();
        for (SharedPassages.Block block : SharedPassages.between(ma, mb, PASSAGE_MIN)) {
            if (out.size() == PASSAGES_MAX) {
                break;
            }
            int start = ma.originalStart(block.a());
            int end = ma.originalEnd(block.a() + block.length() - 1);
            int copyStart = mb.originalStart(block.b());
            int copyEnd = mb.originalEnd(block.b() + block.length() - 1);
            out.add(new DuplicateCluster.Passage(first, start, end, quote(a.text(), start, end), second, copyStart, copyEnd,
                    quote(b.text(), copyStart, copyEnd)));
        }
        return out;
    }

    private static String quote(String text, int start, int end) {
        return end - start <= QUOTE_MAX ? text.substring(start, end) : text.substring(start, start + QUOTE_MAX) + "…";
    }

    /**
     * Rows per LSH band: the most (fewest false candidates) that still make two reports at the
     * threshold share a band with probability 0.99 or more: {@code 1 - (1 - t^r)^(128/r)}.
     */
    static int rowsPerBand(double threshold) {
        for (int r = 16; r > 1; r--) {
            double p = 1 - Math.pow(1 - Math.pow(threshold, r), MinHasher.SIZE / r);
            if (p >= 0.99) {
                return r;
            }
        }
        return 1;
    }

    /** Settings of a {@link DuplicateFinder}. */
    public static final class Builder {
        private double similarityMin = DEFAULT_SIMILARITY_MIN;

        private Builder() {
        }

        /** The similarity (estimated Jaccard of masked shingles, above 0 and at most 1) from which two reports are copies. */
        public Builder similarityMin(double similarity) {
            if (!(similarity > 0 && similarity <= 1)) {
                throw new IllegalArgumentException("重复检测相似度阈值须在 0 与 1 之间 / the duplicate similarity must be above 0 "
                        + "and at most 1, got " + similarity + " (" + SIMILARITY_PARAM + ")");
            }
            this.similarityMin = similarity;
            return this;
        }

        public DuplicateFinder build() {
            return new DuplicateFinder(this);
        }
    }
}
