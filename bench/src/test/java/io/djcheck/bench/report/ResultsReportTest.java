package io.djcheck.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ResultsReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // djcheck mean | error | peer mean | error | shown
            "100 | 10 | 3000 | 100  | 30×  (26–34)",
            "100 | 0  | 50   | 0    | 0.50× (0.50–0.50)",
            "10  | 20 | 100  | 1    | 10×",
            "200 | 5  | 250  | 300  | 1.3×",
    })
    void ratioIsPeerOverDjcheckWithTheRangeTheErrorsAllow(double mine, double mineErr, double peer, double peerErr,
                                                          String shown) {
        assertThat(ResultsReport.ratio(bench("djcheck", mine, mineErr), bench("peer", peer, peerErr)))
                .isEqualTo(shown.replace("×  ", "× "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1234.5 | 1,235", "150 | 150", "45.67 | 45.7", "3.14159 | 3.14", "NaN | -"})
    void figuresKeepSensiblePrecision(double v, String shown) {
        assertThat(ResultsReport.f(v)).isEqualTo(shown);
    }

    @Test
    void targetsAreJudgedFromTheRunsFigures(@TempDir Path raw) throws Exception {
        JSON.writeValue(raw.resolve("jmh-per-report.json").toFile(), List.of(
                sample("io.djcheck.bench.CheckBench.djcheck", 120, 10, 95),
                sample("io.djcheck.bench.CheckBench.naiveDrools", 3000, 100, 2900),
                sample("io.djcheck.bench.CheckBench.droolsSharedContainer", 110, 5, 100),
                sample("io.djcheck.bench.ExtractBench.djcheck", 60, 2, 58),
                sample("io.djcheck.bench.ExtractBench.hanlpSpeed", 80, 2, 78),
                sample("io.djcheck.bench.ExtractBench.hanlpStandard", 1500, 50, 1450),
                sample("io.djcheck.bench.RulesBench.djcheckSameRules", 50, 5, 45),
                sample("io.djcheck.bench.RulesBench.easyRules", 40, 4, 38)));
        JSON.writeValue(raw.resolve("jmh-build-cold.json").toFile(), List.of(Map.of(
                "benchmark", "io.djcheck.bench.BuildBench.cold", "mode", "ss", "forks", 3, "warmupIterations", 0,
                "warmupTime", "single-shot", "measurementIterations", 1, "measurementTime", "single-shot",
                "primaryMetric", Map.of("score", 1200.0, "scoreError", 80.0, "scoreUnit", "ms/op",
                        "rawData", List.of(List.of(1150.0), List.of(1200.0), List.of(1250.0))))));
        Files.writeString(raw.resolve("throughput.jsonl"),
                JSON.writeValueAsString(Map.of("label", "2-threads", "threads", 2, "reports", 6000, "failed", 0,
                        "reportsPerSecond", 4800.0, "warmReportsPerSecond", 6100.0, "driver", "pool")) + "\n"
                        + JSON.writeValueAsString(Map.of("label", "100k-256m", "exitCode", 3,
                        "firstError", "the JVM exited with 3: java.lang.OutOfMemoryError: Java heap space")) + "\n");
        Files.writeString(raw.resolve("hotspots-1-check.md"), "#### CheckBench.djcheck\n\nsamples here\n");
        Files.writeString(raw.resolve("startup.jsonl"), String.join("\n",
                JSON.writeValueAsString(Map.of("label", "one-file-cli", "command", "java -version", "runs", 5,
                        "medianMillis", 80.0, "minMillis", 70.0, "maxMillis", 90.0)),
                JSON.writeValueAsString(Map.of("label", "one-file-cli", "command", "djcheck check one.txt", "runs", 5,
                        "medianMillis", 1800.0, "minMillis", 1700.0, "maxMillis", 2000.0)),
                JSON.writeValueAsString(Map.of("label", "one-file-cli", "command", "djcheck check one.txt, AppCDS", "runs", 5,
                        "medianMillis", 1200.0, "minMillis", 1100.0, "maxMillis", 1300.0))) + "\n");

        ResultsReport report = new ResultsReport();
        report.read(raw);
        String md = report.markdown("bench/run.sh --quick", "quick", "0.5 / 0.7", "Provisional: busy");

        assertThat(md).contains("> **Provisional: busy**")
                .contains("| whole check of a seed: median ≤ 100 µs (1 thread, warm) | 95.0 µs median (mean 120 ± 10.0 µs) | yes |")
                .contains("| batch from files: ≥ 5,000 reports/s with 2 threads | 6,100 reports/s warm (4,800 over the whole run) | yes |")
                .contains("peer ÷ djcheck = 0.80× (0.65–0.98) | **no** |")
                .contains("peer ÷ djcheck = 25× (22–28) | yes |")
                .contains("| whole check faster than the shared-container Drools integration | djcheck 120 µs, droolsSharedContainer 110 µs")
                .contains("| extraction ≥ 30× faster than HanLP standard segmentation | djcheck 60.0 µs, hanlpStandard 1,500 µs (means): peer ÷ djcheck = 25×")
                .contains("| extraction faster than HanLP's speed segmenter | djcheck 60.0 µs, hanlpSpeed 80.0 µs (means): peer ÷ djcheck = 1.3×")
                .contains("| default pack build ≤ 1.0 s cold | 1,200 ± 80.0 ms (3 fresh JVMs) | **no** |")
                .contains("| reload after a rule edit ≤ 150 ms | not measured in this run | - |")
                .contains("| 100,000 reports under -Xmx256m | the JVM exited with 3: java.lang.OutOfMemoryError: Java heap space | **no** |")
                .contains("| naiveDrools | seeds | 3,000 ± 100 | 2,900 |")
                .contains("#### CheckBench.djcheck")
                .contains("| `djcheck check one.txt` ≤ 1.0 s wall (as the dist launcher runs it: AppCDS, compiled pack cached) "
                        + "| 1,200 ms median, 15× `java -version` (80.0 ms) | **no** |")
                .contains("| java -version | 5 | 80.0 | 70.0 | 90.0 | 1.0 |")
                .contains("| djcheck check one.txt | 5 | 1,800 | 1,700 | 2,000 | 23 |");
    }

    @Test
    void aForkWhoseFirstIterationIsMuchSlowerIsStillWarming() {
        assertThat(ResultsReport.stillWarming(List.of(10_000.0, 9_000.0, 1_000.0))).isTrue();
        assertThat(ResultsReport.stillWarming(List.of(1_100.0, 1_000.0, 1_000.0))).isFalse();
        assertThat(ResultsReport.stillWarming(List.of(1_000.0))).isFalse();
    }

    private static ResultsReport.Bench bench(String method, double mean, double error) {
        return new ResultsReport.Bench("CheckBench", method, "seeds", "sample", "us/op", mean, error, mean, mean, mean, mean,
                1, "", false);
    }

    private static Map<String, Object> sample(String name, double mean, double error, double median) {
        return Map.of("benchmark", name, "mode", "sample", "forks", 1, "warmupIterations", 2, "warmupTime", "1 s",
                "measurementIterations", 3, "measurementTime", "1 s", "params", Map.of("input", "seeds"),
                "primaryMetric", Map.of("score", mean, "scoreError", error, "scoreUnit", "us/op",
                        "scorePercentiles", Map.of("50.0", median, "90.0", mean * 1.5),
                        "rawDataHistogram", List.of(List.of(List.of(List.of(median, 7), List.of(mean, 3))))));
    }
}
