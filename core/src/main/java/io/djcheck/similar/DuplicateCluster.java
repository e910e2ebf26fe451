package io.djcheck.similar;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Reports of one batch that share most of their text: a copy and its original, or several copies
 * of one text. Members come oldest first (by the file's modification time), so
 * {@link #oldest()} is the likely original.
 *
 * <pre>{@code
 * for (DuplicateCluster c : finder.clusters(texts)) {
 *     System.out.println(c.oldest().source() + " copied by " + (c.members().size() - 1) + " reports, similarity " + c.similarity());
 * }
 * }</pre>
 *
 * @param members    the reports, oldest first
 * @param similarity the highest similarity of two members (estimated Jaccard similarity of their masked 4-character shingles, 0–1)
 * @param pairs      the similarity of every pair of members (of the first {@link DuplicateFinder#PAIRS_MEMBERS_MAX} members)
 * @param passages   the longest passages the oldest member shares with the member most like it, longest first
 */
public record DuplicateCluster(List<Member> members, double similarity, List<Pair> pairs, List<Passage> passages) {

    public DuplicateCluster {
        members = List.copyOf(members);
        pairs = List.copyOf(pairs);
        passages = List.copyOf(passages);
        if (members.size() < 2) {
            throw new IllegalArgumentException("a cluster has at least two members, got " + members.size());
        }
    }

    /** The member with the oldest file modification time: the likely original. */
    public Member oldest() {
        return members.get(0);
    }

    /**
     * One report of a cluster.
     *
     * @param source             the report as the batch names it
     * @param modified           its file's last modification time, or null when unknown
     * @param similarityToOldest its similarity to the oldest member (1 for the oldest itself)
     */
    public record Member(String source, Instant modified, double similarityToOldest) {
        public Member {
            Objects.requireNonNull(source, "source");
        }
    }

    /** The similarity of two members, by their positions in {@link #members()}. */
    public record Pair(int first, int second, double similarity) {
    }

    /**
     * A passage two reports share, with figures and names masked: the same words, perhaps with other
     * numbers. Offsets are into each report's text as djcheck reads it (the text evidence offsets
     * point into).
     *
     * @param source      the first report (the cluster's oldest)
     * @param start       where the passage starts in it
     * @param end         where it ends
     * @param quote       its words there (cut after {@link DuplicateFinder#QUOTE_MAX} characters)
     * @param copy        the second report
     * @param copyStart   where the passage starts in the second report
     * @param copyEnd     where it ends
     * @param copyQuote   its words there, which differ from {@code quote} only in figures, names, spaces and punctuation
     */
    public record Passage(String source, int start, int end, String quote, String copy, int copyStart, int copyEnd,
                          String copyQuote) {
    }
}
