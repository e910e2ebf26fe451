package io.djcheck.batch;

import io.djcheck.Checker;
import io.djcheck.similar.DuplicateCluster;
import io.djcheck.similar.DuplicateFinder;
import io.djcheck.testing.Corpus;
import io.djcheck.testing.PlantedCopies;
import io.djcheck.testing.PlantedCopies.Original;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DuplicateScan} fed by a {@link BatchRunner}: copies are found among checked items and among
 * items skipped as already checked (read again), a failed item is left out, and the threshold comes
 * from the pack's parameter.
 */
class DuplicateScanTest {

    private static Checker checker;

    @BeforeAll
    static void build() {
        checker = Checker.builder().rulePack(Corpus.defaultPack()).build();
    }

    @Test
    void findsACopyAmongCheckedAndSkippedReportsAndLeavesFailuresOut(@TempDir Path dir) throws IOException {
        PlantedCopies copies = new PlantedCopies(3);
        Original a = copies.originals().get(0);
        Original b = copies.originals().get(1);
        Path original = write(dir.resolve("a.txt"), a.text(), "2024-01-01T00:00:00Z");
        Path other = write(dir.resolve("b.txt"), b.text(), "2024-01-02T00:00:00Z");
        Path copy = write(dir.resolve("a-copy.txt"), copies.copy(a, PlantedCopies.Kind.FIGURES_CHANGED), "2024-03-01T00:00:00Z");
        Path empty = write(dir.resolve("empty.txt"), "", "2024-03-02T00:00:00Z");

        DuplicateScan scan = DuplicateScan.of(checker);
        List<BatchItem.Status> statuses = new java.util.ArrayList<>();
        BatchRunner.builder(checker).threads(2).skip((p, sha) -> p.equals(original)).build()
                .run(List.of(original, other, copy, empty).iterator(), item -> {
                    statuses.add(item.status());
                    scan.add(item);
                });

        assertThat(statuses).containsExactly(BatchItem.Status.SKIPPED, BatchItem.Status.CHECKED, BatchItem.Status.CHECKED,
                BatchItem.Status.FAILED);
        List<DuplicateCluster> clusters = scan.clusters();
        assertThat(clusters).hasSize(1);
        assertThat(clusters.get(0).members()).extracting(DuplicateCluster.Member::source)
                .containsExactly(original.toString(), copy.toString());
        assertThat(clusters.get(0).oldest().modified()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(clusters.get(0).passages()).isNotEmpty();
        assertThat(scan.similarityMin()).isEqualTo(DuplicateFinder.DEFAULT_SIMILARITY_MIN);
    }

    @Test
    void theThresholdIsThePacksParameter() {
        DuplicateScan strict = DuplicateScan.of(checker.withParams(null, java.util.Map.of(DuplicateFinder.SIMILARITY_PARAM, 0.8)));
        assertThat(strict.similarityMin()).isEqualTo(0.8);
    }

    private static Path write(Path file, String text, String modified) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(modified)));
        return file;
    }
}
