package io.djcheck.similar;

import io.djcheck.testing.PlantedCopies;
import io.djcheck.testing.PlantedCopies.Kind;
import io.djcheck.testing.PlantedCopies.Original;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch of the repository's distinct reports (the samples and the corpus texts) with copies
 * planted in it the four ways reports are copied: the search finds exactly the planted clusters,
 * names each one's original as its oldest member, and quotes the passages shared.
 */
class DuplicateFinderTest {

    private static final Instant ORIGINALS_WRITTEN = Instant.parse("2024-01-10T08:00:00Z");

    private record Batch(DuplicateFinder finder, java.util.Map<String, String> texts, List<Set<String>> planted) {
        DuplicateFinder.ReportText read(String source) {
            return new DuplicateFinder.ReportText(texts.get(source), null);
        }
    }

    /**
     * Every distinct report once; for eight of them one copy made one way each (two per way), and
     * one of them copied all four ways at once (a cluster of five). Copies are written later than
     * their originals.
     */
    private static Batch plantedBatch(long seed) {
        PlantedCopies copies = new PlantedCopies(seed);
        List<Original> originals = copies.originals();
        DuplicateFinder finder = DuplicateFinder.builder().build();
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        for (int i = 0; i < originals.size(); i++) {
            Original o = originals.get(i);
            texts.put(o.name(), o.text());
            assertThat(finder.add(o.name(), o.text(), null, ORIGINALS_WRITTEN.plusSeconds(i))).isTrue();
        }
        List<Set<String>> planted = new ArrayList<>();
        Kind[] kinds = Kind.values();
        int step = originals.size() / 9;
        for (int k = 0; k < 9; k++) {
            Original o = originals.get(k * step + 1);
            Set<String> cluster = new TreeSet<>(Set.of(o.name()));
            List<Kind> ways = k == 8 ? List.of(kinds) : List.of(kinds[k % kinds.length]);
            for (Kind way : ways) {
                String name = "copy-of-" + o.name() + "-" + way;
                String text = copies.copy(o, way);
                texts.put(name, text);
                finder.add(name, text, null, ORIGINALS_WRITTEN.plusSeconds(86_400 + k));
                cluster.add(name);
            }
            planted.add(cluster);
        }
        return new Batch(finder, texts, planted);
    }

    @Test
    void findsEveryPlantedClusterAndNoOther() {
        for (long seed : new long[] {1, 2, 3}) {
            Batch b = plantedBatch(seed);
            List<DuplicateCluster> found = b.finder().clusters(b::read);
            Set<Set<String>> foundSets = found.stream()
                    .map(c -> c.members().stream().map(DuplicateCluster.Member::source).collect(Collectors.toCollection(TreeSet::new)))
                    .collect(Collectors.toSet());
            assertThat(foundSets).as("seed " + seed).isEqualTo(new HashSet<>(b.planted()));
        }
    }

    @Test
    void theOriginalIsTheOldestAndEveryCopyIsAboveTheThreshold() {
        Batch b = plantedBatch(4);
        for (DuplicateCluster c : b.finder().clusters(b::read)) {
            assertThat(c.oldest().source()).doesNotStartWith("copy-of-");
            assertThat(c.members().subList(1, c.members().size())).allSatisfy(m -> assertThat(m.source()).startsWith("copy-of-"));
            assertThat(c.pairs()).hasSize(c.members().size() * (c.members().size() - 1) / 2);
            assertThat(c.similarity()).isGreaterThanOrEqualTo(DuplicateFinder.DEFAULT_SIMILARITY_MIN);
            assertThat(c.members()).allSatisfy(m -> assertThat(m.similarityToOldest()).isGreaterThanOrEqualTo(0.3));
        }
    }

    @Test
    void passagesQuoteBothReportsAtTheirOffsets() {
        PlantedCopies copies = new PlantedCopies(5);
        Original o = copies.originals().get(0);
        String copy = copies.copy(o, Kind.FIGURES_CHANGED);
        assertThat(copy).isNotEqualTo(o.text());
        DuplicateFinder finder = DuplicateFinder.builder().build();
        finder.add("original.txt", o.text(), null, ORIGINALS_WRITTEN);
        finder.add("copy.txt", copy, null, ORIGINALS_WRITTEN.plusSeconds(60));
        List<DuplicateCluster> clusters = finder.clusters(s -> new DuplicateFinder.ReportText(s.equals("copy.txt") ? copy : o.text(), null));

        assertThat(clusters).hasSize(1);
        List<DuplicateCluster.Passage> passages = clusters.get(0).passages();
        assertThat(passages).isNotEmpty().hasSizeLessThanOrEqualTo(DuplicateFinder.PASSAGES_MAX);
        for (DuplicateCluster.Passage p : passages) {
            assertThat(p.source()).isEqualTo("original.txt");
            assertThat(p.copy()).isEqualTo("copy.txt");
            assertThat(o.text().substring(p.start(), p.end())).startsWith(p.quote().replace("…", ""));
            assertThat(copy.substring(p.copyStart(), p.copyEnd())).startsWith(p.copyQuote().replace("…", ""));
            // the same words, other figures: masked, the two passages are equal
            assertThat(MaskedText.of(copy.substring(p.copyStart(), p.copyEnd()), null).text())
                    .isEqualTo(MaskedText.of(o.text().substring(p.start(), p.end()), null).text());
        }
        assertThat(passages.get(0).quote()).isNotEqualTo(passages.get(0).copyQuote());      // the figures differ
        for (int i = 1; i < passages.size(); i++) {
            assertThat(passages.get(i - 1).end() - passages.get(i - 1).start())
                    .isGreaterThanOrEqualTo(passages.get(i).end() - passages.get(i).start());
        }
    }

    @Test
    void thousandsOfIdenticalCopiesMakeOneCluster() {
        Original o = PlantedCopies.distinctReports().get(3);
        DuplicateFinder finder = DuplicateFinder.builder().build();
        for (int i = 0; i < 3000; i++) {
            finder.add("copy-" + i, o.text(), null, null);
        }
        List<DuplicateCluster> clusters = finder.clusters(s -> null);
        assertThat(clusters).hasSize(1);
        assertThat(clusters.get(0).members()).hasSize(3000);
        assertThat(clusters.get(0).pairs()).hasSize(DuplicateFinder.PAIRS_MEMBERS_MAX * (DuplicateFinder.PAIRS_MEMBERS_MAX - 1) / 2);
        assertThat(clusters.get(0).passages()).isEmpty();        // the texts could not be read back
        assertThat(clusters.get(0).oldest().modified()).isNull();
    }

    @Test
    void aTextTooShortToCompareIsLeftOut() {
        DuplicateFinder finder = DuplicateFinder.builder().build();
        assertThat(finder.add("short.txt", "一、加强党的建设。", null, null)).isFalse();
        assertThat(finder.size()).isZero();
    }

    @Test
    void aStricterThresholdDropsTheRewrittenCopy() {
        PlantedCopies copies = new PlantedCopies(6);
        Original o = copies.originals().get(10);
        DuplicateFinder strict = DuplicateFinder.builder().similarityMin(0.9).build();
        strict.add("original.txt", o.text(), null, null);
        strict.add("rewritten.txt", copies.copy(o, Kind.REWRITTEN_30), null, null);
        strict.add("verbatim.txt", o.text(), null, null);
        List<DuplicateCluster> clusters = strict.clusters(s -> null);
        assertThat(clusters).hasSize(1);
        assertThat(clusters.get(0).members()).extracting(DuplicateCluster.Member::source)
                .containsExactly("original.txt", "verbatim.txt");
    }
}
