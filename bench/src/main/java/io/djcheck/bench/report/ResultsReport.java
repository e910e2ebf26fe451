package io.djcheck.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes bench/RESULTS.md from one run's raw results: the JMH JSON files, the throughput harness's
 * JSON lines and the JFR hot-spot sections. Every ratio is computed here from figures of the same
 * run, with the range the errors allow; every target is judged from a measured figure, never assumed.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.djcheck.bench.report.ResultsReport --raw bench/results-raw \
 *      --command "bench/run.sh --quick" --mode quick --load "1.2 / 3.4" --out bench/RESULTS.md [--note TEXT] \
 *      [--analysis bench/ANALYSIS.md]
 * </pre>
 *
 * In {@code --raw}: {@code jmh-*.json}, {@code throughput.jsonl}, {@code hotspots-*.md}. {@code --analysis}
 * appends a hand-written reading of the profiles (dated, so a later run shows when it went stale).
 */
public final class ResultsReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Bench> benches = new ArrayList<>();
    private final List<JsonNode> runs = new ArrayList<>();
    private final List<String> hotspots = new ArrayList<>();
    /** The one-file CLI row ({@code OneFileCli}): one line per command, java -version among them. */
    private final List<JsonNode> startup = new ArrayList<>();
    private JsonNode anyJmh;

    /** One JMH result: class, method, input, unit, mean, error, median, p90, samples. */
    record Bench(String cls, String method, String input, String mode, String unit, double mean, double error,
                 double median, double p90, double min, double max, long samples, String settings, boolean warming) {
        String key() {
            return cls + "." + method;
        }
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path raw = Path.of(o.getOrDefault("raw", "bench/results-raw"));
        ResultsReport r = new ResultsReport();
        r.read(raw);
        String md = r.markdown(o.getOrDefault("command", "bench/run.sh"), o.getOrDefault("mode", "full"),
                o.getOrDefault("load", "?"), o.get("note"));
        Path analysis = o.containsKey("analysis") ? Path.of(o.get("analysis")) : null;
        if (analysis != null && Files.exists(analysis)) {
            md += "\n" + Files.readString(analysis);        // written by hand: the profile read and the fixes proposed
        }
        Path out = Path.of(o.getOrDefault("out", "bench/RESULTS.md"));
        Files.writeString(out, md, StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }

    void read(Path raw) throws IOException {
        try (var files = Files.list(raw)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith("jmh-") && name.endsWith(".json")) {
                    readJmh(JSON.readTree(p.toFile()));
                } else if (name.equals("throughput.jsonl")) {
                    for (String line : Files.readAllLines(p)) {
                        if (!line.isBlank()) {
                            runs.add(JSON.readTree(line));
                        }
                    }
                } else if (name.equals("startup.jsonl")) {
                    for (String line : Files.readAllLines(p)) {
                        if (!line.isBlank()) {
                            startup.add(JSON.readTree(line));
                        }
                    }
                } else if (name.startsWith("hotspots-") && name.endsWith(".md")) {
                    hotspots.add(Files.readString(p));
                }
            }
        }
    }

    void readJmh(JsonNode results) {
        for (JsonNode r : results) {
            anyJmh = r;
            String[] parts = r.get("benchmark").asText().split("\\.");
            JsonNode m = r.get("primaryMetric");
            JsonNode pct = m.path("scorePercentiles");
            double min = Double.NaN;
            double max = Double.NaN;
            long samples = 0;
            for (JsonNode fork : m.path("rawData")) {
                for (JsonNode v : fork) {
                    min = Double.isNaN(min) ? v.asDouble() : Math.min(min, v.asDouble());
                    max = Double.isNaN(max) ? v.asDouble() : Math.max(max, v.asDouble());
                    samples++;
                }
            }
            boolean warming = false;
            if (m.has("rawDataHistogram")) {            // sample-time results: the calls sampled, not the iterations
                samples = 0;
                for (JsonNode fork : m.path("rawDataHistogram")) {
                    List<Double> means = new ArrayList<>();
                    for (JsonNode iteration : fork) {
                        double sum = 0;
                        long n = 0;
                        for (JsonNode bucket : iteration) {
                            sum += bucket.get(0).asDouble() * bucket.get(1).asLong();
                            n += bucket.get(1).asLong();
                        }
                        samples += n;
                        means.add(n == 0 ? Double.NaN : sum / n);
                    }
                    warming |= stillWarming(means);
                }
            }
            String settings = r.get("forks").asInt() + " fork(s), " + r.get("warmupIterations").asInt() + "×"
                    + r.get("warmupTime").asText() + " warm-up, " + r.get("measurementIterations").asInt() + "×"
                    + r.get("measurementTime").asText() + " measured";
            benches.add(new Bench(parts[parts.length - 2], parts[parts.length - 1],
                    r.path("params").path("input").asText("-"), r.get("mode").asText(), m.get("scoreUnit").asText(),
                    m.get("score").asDouble(), m.path("scoreError").asDouble(Double.NaN),
                    pct.path("50.0").asDouble(Double.NaN), pct.path("90.0").asDouble(Double.NaN), min, max, samples,
                    settings, warming));
        }
    }

    /** The first measured iteration of a fork 1.5× slower than its last: the JIT had not settled when measuring began. */
    static boolean stillWarming(List<Double> iterationMeans) {
        return iterationMeans.size() >= 2 && iterationMeans.get(0) > 1.5 * iterationMeans.get(iterationMeans.size() - 1);
    }

    String markdown(String command, String mode, String load, String note) {
        StringBuilder sb = new StringBuilder();
        sb.append("# djcheck benchmarks: results\n\n");
        if (note != null && !note.isBlank()) {
            sb.append("> **").append(note).append("**\n\n");
        }
        sb.append("Written by `bench/run.sh` from one run; every ratio below comes from figures of this same run.\n\n");
        sb.append("| | |\n|---|---|\n");
        sb.append("| date | ").append(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"))).append(" |\n");
        sb.append("| command | `").append(command).append("` (mode ").append(mode).append(") |\n");
        sb.append("| machine | ").append(Machine.describe()).append(" |\n");
        sb.append("| JDK | ").append(anyJmh == null ? System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                : anyJmh.path("vmName").asText() + " " + anyJmh.path("jdkVersion").asText()).append(" |\n");
        sb.append("| load average (1 min) before / after | ").append(load).append(" |\n\n");

        targets(sb);
        perReport(sb);
        build(sb);
        throughput(sb);
        oneFileCli(sb);
        sb.append(Fairness.TEXT);
        if (!hotspots.isEmpty()) {
            sb.append("## Hot spots (JFR)\n\n");
            hotspots.forEach(h -> sb.append(h).append('\n'));
        }
        sb.append("## Re-running\n\n")
                .append("`bench/run.sh` (full: about 12 minutes on 2 idle cores, 697 s with `--profile` on 2026-12-07) or `bench/run.sh --quick` (about 6 minutes); ")
                .append("`--profile` adds the JFR hot spots. Each benchmark's Javadoc gives its own run line, e.g. ")
                .append("`java -jar bench/target/benchmarks.jar CheckBench`.\n");
        return sb.toString();
    }

    private void targets(StringBuilder sb) {
        sb.append("## Targets\n\nMeasured, never asserted in tests. \"no\" is a miss to fix in the product, not in the benchmark.\n\n");
        sb.append("| target | measured | met |\n|---|---|---|\n");
        find("CheckBench", "djcheck").ifPresentOrElse(b -> row(sb, "whole check of a seed: median ≤ 100 µs (1 thread, warm)",
                f(b.median()) + " µs median (mean " + pm(b) + " µs)", b.median() <= 100), () -> missing(sb, "whole check median ≤ 100 µs"));
        Optional<JsonNode> two = run("2-threads");
        two.ifPresentOrElse(r -> row(sb, "batch from files: ≥ 5,000 reports/s with 2 threads",
                f(r.path("warmReportsPerSecond").asDouble()) + " reports/s warm (" + f(r.path("reportsPerSecond").asDouble()) + " over the whole run)",
                r.path("warmReportsPerSecond").asDouble() >= 5000), () -> missing(sb, "batch ≥ 5,000 reports/s with 2 threads"));
        ratioTarget(sb, "extraction ≥ 30× faster than HanLP standard segmentation", "ExtractBench", "djcheck", "hanlpStandard", 30);
        ratioTarget(sb, "extraction faster than HanLP's speed segmenter", "ExtractBench", "djcheck", "hanlpSpeed", 1);
        ratioTarget(sb, "rule stage faster than Easy Rules (same rules, same facts)", "RulesBench", "djcheckSameRules", "easyRules", 1);
        ratioTarget(sb, "whole check ≥ 20× faster than naive Drools", "CheckBench", "djcheck", "naiveDrools", 20);
        ratioTarget(sb, "whole check faster than the shared-container Drools integration", "CheckBench", "djcheck",
                "droolsSharedContainer", 1);
        find("BuildBench", "cold").ifPresentOrElse(b -> row(sb, "default pack build ≤ 1.0 s cold",
                f(b.mean()) + " ± " + f(b.error()) + " ms (" + b.samples() + " fresh JVMs)", b.mean() <= 1000), () -> missing(sb, "build ≤ 1.0 s cold"));
        find("BuildBench", "reload").ifPresentOrElse(b -> row(sb, "reload after a rule edit ≤ 150 ms",
                f(b.mean()) + " ± " + f(b.error()) + " ms", b.mean() <= 150), () -> missing(sb, "reload after a rule edit ≤ 150 ms"));
        run("100k-256m").ifPresentOrElse(r -> {
            boolean ok = r.path("reports").asLong() >= 100_000 && r.path("failed").asLong() == 0 && !r.has("exitCode");
            row(sb, "100,000 reports under -Xmx256m", r.has("exitCode") ? r.path("firstError").asText()
                    : r.path("reports").asLong() + " checked, " + r.path("failed").asLong() + " failed, peak RSS "
                    + f(r.path("peakRssMiB").asDouble()) + " MiB", ok);
        }, () -> missing(sb, "100,000 reports under -Xmx256m"));
        startupCommand("djcheck check one.txt, AppCDS").ifPresentOrElse(c -> row(sb,
                "`djcheck check one.txt` ≤ 1.0 s wall (as the dist launcher runs it: AppCDS, compiled pack cached)",
                f(c.path("medianMillis").asDouble()) + " ms median" + startupCommand("java -version")
                        .map(v -> ", " + g(c.path("medianMillis").asDouble() / v.path("medianMillis").asDouble())
                                + "× `java -version` (" + f(v.path("medianMillis").asDouble()) + " ms)").orElse(""),
                c.path("medianMillis").asDouble() <= 1000), () -> missing(sb, "`djcheck check one.txt` ≤ 1.0 s wall"));
        sb.append('\n');
    }

    private void ratioTarget(StringBuilder sb, String what, String cls, String mine, String peer, double atLeast) {
        Optional<Bench> a = find(cls, mine);
        Optional<Bench> b = find(cls, peer);
        if (a.isEmpty() || b.isEmpty()) {
            missing(sb, what);
            return;
        }
        double ratio = b.get().mean() / a.get().mean();
        row(sb, what, mine + " " + f(a.get().mean()) + " µs, " + peer + " " + f(b.get().mean()) + " µs (means): peer ÷ djcheck = "
                + ratio(a.get(), b.get()), atLeast == 1 ? ratio > 1 : ratio >= atLeast);
    }

    private static void row(StringBuilder sb, String target, String measured, boolean met) {
        sb.append("| ").append(target).append(" | ").append(measured).append(" | ").append(met ? "yes" : "**no**").append(" |\n");
    }

    private static void missing(StringBuilder sb, String target) {
        sb.append("| ").append(target).append(" | not measured in this run | - |\n");
    }

    private void perReport(StringBuilder sb) {
        sb.append("## Per report (one thread, warm)\n\n")
                .append("µs per report, the inputs in turn (`input=seeds`: the five seed reports). Mean ± JMH's 99.9 % ")
                .append("confidence half-width; median and p90 of the sampled calls. \"peer ÷ djcheck\" is the peer's mean time ÷ ")
                .append("djcheck's: above 1 djcheck is faster, below 1 it is slower; in brackets the range the two errors allow. ")
                .append("\"still warming up\": a fork's first measured iteration was 1.5× slower than its last, so the ")
                .append("warm-up was too short for this machine and the figure overstates the time.\n\n");
        String[][] groups = {{"ExtractBench", "Extraction: text → facts"}, {"RulesBench", "Rule stage: facts → outcome per rule"},
                {"CheckBench", "Whole check: text → result"}};
        for (String[] g : groups) {
            List<Bench> rows = benches.stream().filter(b -> b.cls().equals(g[0])).toList();
            if (rows.isEmpty()) {
                continue;
            }
            sb.append("### ").append(g[1]).append(" (`").append(g[0]).append("`, ").append(rows.get(0).settings()).append(")\n\n");
            sb.append("| implementation | input | mean ± error | median | p90 | samples | peer ÷ djcheck |\n")
                    .append("|---|---|---:|---:|---:|---:|---|\n");
            for (Bench b : rows) {
                String ref = reference(b);
                String vs = ref == null ? "(djcheck)" : find(g[0], ref, b.input())
                        .map(r -> ratio(r, b) + (ref.equals("djcheck") ? "" : " (vs " + ref + ")")).orElse("-");
                sb.append("| ").append(b.method()).append(b.warming() ? " ⚠ still warming up" : "").append(" | ").append(b.input()).append(" | ").append(pm(b)).append(" | ")
                        .append(f(b.median())).append(" | ").append(f(b.p90())).append(" | ").append(b.samples()).append(" | ")
                        .append(vs).append(" |\n");
            }
            sb.append('\n');
        }
    }

    /** The djcheck benchmark a row is compared with: the same rules for Easy Rules, else djcheck; null for djcheck's own rows. */
    static String reference(Bench b) {
        if (b.method().startsWith("djcheck")) {
            return null;
        }
        return b.method().equals("easyRules") ? "djcheckSameRules" : "djcheck";
    }

    private void build(StringBuilder sb) {
        List<Bench> rows = benches.stream().filter(b -> b.cls().equals("BuildBench")).toList();
        if (rows.isEmpty()) {
            return;
        }
        sb.append("## Building the default pack (`BuildBench`)\n\n")
                .append("`cold`: `Checker.builder().rulePack(RulePack.fromDirectory(pack)).build()` once in each fresh JVM. ")
                .append("`reload`: `Checker.reload()` in a warm JVM after one YAML rule of a copy of the pack was edited ")
                .append("(the DRL changes, Drools compiles again). `reloadParams`: the same after a threshold in params.yaml ")
                .append("was edited (no DRL changes, the compiled rules are reused).\n\n")
                .append("| benchmark | mean ± error (ms) | min | max | samples | settings |\n|---|---:|---:|---:|---:|---|\n");
        for (Bench b : rows) {
            sb.append("| ").append(b.method()).append(" | ").append(pm(b)).append(" | ").append(f(b.min())).append(" | ")
                    .append(f(b.max())).append(" | ").append(b.samples()).append(" | ").append(b.settings()).append(" |\n");
        }
        sb.append('\n');
    }

    private void throughput(StringBuilder sb) {
        if (runs.isEmpty()) {
            return;
        }
        sb.append("## Batch throughput from files (`Throughput`)\n\n")
                .append("Each run in its own JVM. Driver: ").append(runs.get(0).path("driver").asText("?"))
                .append(". \"warm\" leaves out the first 20 % of the reports (JIT warm-up).\n\n")
                .append("| run | threads | reports | distinct files | reports/s | reports/s warm | failed | peak RSS (MiB) | heap limit (MiB) | GC (ms) |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (JsonNode r : runs) {
            if (r.has("exitCode")) {
                sb.append("| ").append(r.path("label").asText()).append(" | | | | | | ").append(r.path("firstError").asText()
                        .replace("\n", " ").replace("|", "/")).append(" | | | |\n");
                continue;
            }
            sb.append("| ").append(r.path("label").asText()).append(" | ").append(r.path("threads").asInt()).append(" | ")
                    .append(r.path("reports").asLong()).append(" | ").append(r.path("distinctFiles").asLong()).append(" | ")
                    .append(f(r.path("reportsPerSecond").asDouble())).append(" | ").append(f(r.path("warmReportsPerSecond").asDouble()))
                    .append(" | ").append(r.path("failed").asLong()).append(" | ").append(f(r.path("peakRssMiB").asDouble()))
                    .append(" | ").append(f(r.path("maxHeapMiB").asDouble())).append(" | ").append(r.path("gcMillis").asLong()).append(" |\n");
        }
        sb.append('\n');
    }

    private void oneFileCli(StringBuilder sb) {
        if (startup.isEmpty()) {
            return;
        }
        double base = startupCommand("java -version").map(v -> v.path("medianMillis").asDouble()).orElse(Double.NaN);
        sb.append("## One-file CLI (`OneFileCli`, whole process)\n\n")
                .append("Wall clock from start to exit, the commands taking turns; the compiled pack comes from a disk cache ")
                .append("filled by a warm-up run, as on any second run.\n\n")
                .append("| command | runs | median (ms) | min (ms) | max (ms) | ÷ `java -version` |\n|---|---:|---:|---:|---:|---:|\n");
        for (JsonNode c : startup) {
            double median = c.path("medianMillis").asDouble();
            sb.append("| ").append(c.path("command").asText()).append(" | ").append(c.path("runs").asInt()).append(" | ")
                    .append(f(median)).append(" | ").append(f(c.path("minMillis").asDouble())).append(" | ")
                    .append(f(c.path("maxMillis").asDouble())).append(" | ").append(Double.isNaN(base) ? "-" : g(median / base))
                    .append(" |\n");
        }
        sb.append('\n');
    }

    private Optional<JsonNode> startupCommand(String command) {
        return startup.stream().filter(c -> c.path("command").asText().equals(command)).reduce((a, b) -> b);
    }

    private Optional<Bench> find(String cls, String method) {
        return find(cls, method, "seeds").or(() -> benches.stream()
                .filter(b -> b.cls().equals(cls) && b.method().equals(method)).findFirst());
    }

    private Optional<Bench> find(String cls, String method, String input) {
        return benches.stream().filter(b -> b.cls().equals(cls) && b.method().equals(method) && b.input().equals(input)).findFirst();
    }

    private Optional<JsonNode> run(String label) {
        return runs.stream().filter(r -> r.path("label").asText().equals(label)).reduce((a, b) -> b);
    }

    /** How many times faster {@code mine} is than {@code peer}, with the range the errors allow. */
    static String ratio(Bench mine, Bench peer) {
        double r = peer.mean() / mine.mean();
        double lo = (peer.mean() - peer.error()) / (mine.mean() + mine.error());
        double hi = (peer.mean() + peer.error()) / (mine.mean() - mine.error());
        String range = Double.isNaN(lo) || Double.isNaN(hi) || mine.mean() - mine.error() <= 0 || lo <= 0 ? ""
                : " (" + g(lo) + "–" + g(hi) + ")";
        return g(r) + "×" + range;
    }

    private static String pm(Bench b) {
        return f(b.mean()) + (Double.isNaN(b.error()) ? "" : " ± " + f(b.error()));
    }

    /** A figure with sensible precision: 3 significant digits below 100, whole numbers above. */
    static String f(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }

    private static String g(double v) {
        return String.format(Locale.ROOT, v >= 10 ? "%.0f" : v >= 1 ? "%.1f" : "%.2f", v);
    }
}
