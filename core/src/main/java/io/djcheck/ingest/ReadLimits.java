package io.djcheck.ingest;

/**
 * How much one input may hold before it is refused with a {@link LimitExceededException}, so that a
 * huge or hostile file costs an error message, never the memory of the whole process.
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.defaults().withMaxBytes(50L << 20).withMaxPages(1000);
 * Checker checker = Checker.builder().limits(limits).build();
 * }</pre>
 *
 * @param maxBytes         largest file read, in bytes (default 20 MB)
 * @param maxExpandedBytes most bytes a compressed document may expand to: all parts of a .docx
 *                         together, or the page content of a PDF (default 50 MB; parsing that much
 *                         Word XML takes about 500 MB of heap)
 * @param maxPages         most pages of a PDF (default 500)
 * @param maxFacts         most facts (sections, quantities, mentions, placeholders, format issues)
 *                         a report may hold to be checked (default 2,000; a real report holds a few
 *                         hundred). Rules that relate facts to each other cost the product of their
 *                         numbers: JJ-01 compares every village count with every total, so 2,000
 *                         crafted statements cost a quarter of a GB of heap, 20,000 would cost 25 GB
 */
public record ReadLimits(long maxBytes, long maxExpandedBytes, int maxPages, int maxFacts) {

    /** A compressed part that expands more than 100 times is a zip bomb (POI's rule, too). */
    private static final double MIN_INFLATE_RATIO = 0.01;
    /** Parts smaller than this are never judged by their ratio: tiny XML compresses very well. */
    private static final long INFLATE_RATIO_GRACE_BYTES = 100 * 1024;

    private static final ReadLimits DEFAULTS = new ReadLimits(20L << 20, 50L << 20, 500, 2_000);

    public ReadLimits {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1, got " + maxBytes);
        }
        if (maxExpandedBytes < 1) {
            throw new IllegalArgumentException("maxExpandedBytes must be at least 1, got " + maxExpandedBytes);
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1, got " + maxPages);
        }
        if (maxFacts < 1) {
            throw new IllegalArgumentException("maxFacts must be at least 1, got " + maxFacts);
        }
    }

    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    public ReadLimits withMaxBytes(long bytes) {
        return new ReadLimits(bytes, maxExpandedBytes, maxPages, maxFacts);
    }

    public ReadLimits withMaxExpandedBytes(long bytes) {
        return new ReadLimits(maxBytes, bytes, maxPages, maxFacts);
    }

    public ReadLimits withMaxPages(int pages) {
        return new ReadLimits(maxBytes, maxExpandedBytes, pages, maxFacts);
    }

    public ReadLimits withMaxFacts(int facts) {
        return new ReadLimits(maxBytes, maxExpandedBytes, maxPages, facts);
    }

    /**
     * Whether a compressed part that has taken {@code compressed} bytes and given {@code expanded}
     * so far is a bomb: past the grace size, it expands more than 100 times.
     */
    static boolean isBomb(long compressed, long expanded) {
        return expanded > INFLATE_RATIO_GRACE_BYTES && (double) Math.max(1, compressed) / expanded < MIN_INFLATE_RATIO;
    }

    /** How many times a bomb expands at least, for messages. */
    static long bombRatio() {
        return Math.round(1 / MIN_INFLATE_RATIO);
    }

    /** 20971520 as "20 MB", for messages. */
    static String size(long bytes) {
        if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MB";
        }
        if (bytes >= 1L << 20) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return (bytes >> 10) + " KB";
        }
        return bytes + " bytes";
    }
}
