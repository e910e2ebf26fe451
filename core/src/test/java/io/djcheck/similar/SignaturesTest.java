package io.djcheck.similar;

import io.djcheck.testing.PlantedCopies;
import io.djcheck.testing.PlantedCopies.Kind;
import io.djcheck.testing.PlantedCopies.Original;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pieces a distributed search uses agree with {@link DuplicateFinder}: a planted copy shares a
 * band key with its original and verifies above the threshold, and a cluster built from signatures
 * equals the one the finder gives.
 */
class SignaturesTest {

    @Test
    void everyKindOfCopySharesABandKeyAndVerifies() {
        PlantedCopies copies = new PlantedCopies(11);
        Original o = copies.originals().get(7);
        int[] original = Signatures.of(o.text(), null);
        for (Kind kind : Kind.values()) {
            int[] copy = Signatures.of(copies.copy(o, kind), null);
            assertThat(sharedBands(Signatures.bandKeys(original, 0.3), Signatures.bandKeys(copy, 0.3))).as(kind.name()).isPositive();
            assertThat(Signatures.similarity(original, copy)).as(kind.name()).isGreaterThanOrEqualTo(0.3);
        }
        // two distinct reports stay below the threshold
        Original other = copies.originals().get(20);
        assertThat(Signatures.similarity(original, Signatures.of(other.text(), null))).isLessThan(0.3);
        assertThat(Signatures.of("一、加强党的建设。", null)).isNull();
    }

    @Test
    void aClusterBuiltFromSignaturesIsTheFindersCluster() {
        PlantedCopies copies = new PlantedCopies(12);
        Original o = copies.originals().get(3);
        Map<String, String> texts = Map.of("a.txt", o.text(), "b.txt", copies.copy(o, Kind.FIGURES_CHANGED),
                "c.txt", copies.copy(o, Kind.SHUFFLED));
        Instant t = Instant.parse("2024-01-10T08:00:00Z");
        DuplicateFinder finder = DuplicateFinder.builder().build();
        List<Signatures.Signed> signed = new ArrayList<>();
        int i = 0;
        for (String name : List.of("c.txt", "a.txt", "b.txt")) {
            Instant modified = t.plusSeconds(name.equals("a.txt") ? 0 : 60 + i++);
            finder.add(name, texts.get(name), null, modified);
            signed.add(new Signatures.Signed(name, modified, Signatures.of(texts.get(name), null)));
        }
        DuplicateFinder.TextSource read = s -> new DuplicateFinder.ReportText(texts.get(s), null);
        List<DuplicateCluster> found = finder.clusters(read);
        assertThat(found).hasSize(1);
        DuplicateCluster built = Signatures.cluster(signed, DuplicateFinder.DEFAULT_SIMILARITY_MIN, read);
        assertThat(built).isEqualTo(found.get(0));
        assertThat(built.oldest().source()).isEqualTo("a.txt");
        assertThat(built.passages()).isNotEmpty();
    }

    private static int sharedBands(long[] a, long[] b) {
        int same = 0;
        for (int band = 0; band < a.length; band++) {
            if (a[band] == b[band]) {
                same++;
            }
        }
        return same;
    }
}
