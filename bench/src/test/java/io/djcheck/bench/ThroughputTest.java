package io.djcheck.bench.throughput;

import io.djcheck.Checker;
import io.djcheck.bench.Repo;
import io.djcheck.testing.ReportGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ThroughputTest {

    @Test
    void checksEveryReportWithTwoThreadsCyclingOverTheFiles(@TempDir Path dir) throws Exception {
        List<Path> files = ReportGenerator.fromSeeds(5).write(dir, 6);
        Checker checker = Checker.builder().rulePack(Repo.defaultPack()).build();
        Map<String, Object> r = Throughput.run(new BatchRunnerDriver(checker), files, 40, 2);
        assertThat(r).containsEntry("reports", 40L).containsEntry("failed", 0L).containsEntry("expected", 40L);
        assertThat((double) r.get("reportsPerSecond")).isPositive();
        assertThat((double) r.get("meanScore")).isBetween(0.0, 100.0).isPositive();
    }

    @Test
    void aFileThatCannotBeReadFailsAloneAndTheRestIsChecked(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>(ReportGenerator.fromSeeds(5).write(dir, 3));
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        files.add(1, empty);
        Checker checker = Checker.builder().rulePack(Repo.defaultPack()).build();
        Map<String, Object> r = Throughput.run(new BatchRunnerDriver(checker), files, 8, 2);
        assertThat(r).containsEntry("reports", 8L).containsEntry("failed", 2L);
        assertThat((String) r.get("firstError")).contains("empty.txt");
    }

    @Test
    void peakRssIsKnownOnLinux() {
        double rss = PeakRss.mebibytes();
        if (Files.exists(Path.of("/proc/self/status"))) {
            assertThat(rss).isGreaterThan(10);
        } else {
            assertThat(rss).isEqualTo(-1);
        }
    }
}
