package io.djcheck.bench.duplicates;

import io.djcheck.bench.throughput.PeakRss;
import io.djcheck.similar.DuplicateCluster;
import io.djcheck.similar.DuplicateFinder;
import io.djcheck.testing.PlantedCopies;
import io.djcheck.testing.PlantedCopies.Kind;
import io.djcheck.testing.PlantedCopies.Original;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The duplicate search of {@code djcheck check --out DIR} on many generated reports: each distinct
 * report is 5–6 numbered parts of 6–10 sentences (10–120 characters) drawn at random from the corpus's distinct reports
 * (with its figures redrawn), and every hundredth report is a copy of the report 50 before it,
 * made in turn verbatim, with figures changed, with paragraphs shuffled and with 30 % of its
 * sentences rewritten. Texts are made on the fly and never kept, as a batch reads them from disk.
 * Prints, and with {@code --results FILE} writes into that file's duplicates section, the time to
 * sign the reports, the time to find the clusters, peak heap and RSS, and the planted clusters found.
 *
 * <pre>
 * java -Xmx256m -cp bench/target/benchmarks.jar io.djcheck.bench.duplicates.DuplicateSearchBench --count 100000 --results bench/RESULTS.md
 * </pre>
 */
public final class DuplicateSearchBench {

    private static final Pattern SENTENCE = Pattern.compile("[^。！？；\\n]+[。！？；]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六"};
    private static final int COPY_EVERY = 100;
    private static final int COPY_DISTANCE = 50;
    private static final String BEGIN = "<!-- duplicates -->";
    private static final String END = "<!-- /duplicates -->";

    private final long seed;
    private final List<Original> corpus;
    private final List<String> sentences = new ArrayList<>();

    private DuplicateSearchBench(long seed) {
        this.seed = seed;
        this.corpus = PlantedCopies.distinctReports();
        for (Original o : corpus) {
            Matcher m = SENTENCE.matcher(o.text());
            while (m.find()) {
                int length = m.group().strip().length();
                if (length >= 10 && length <= 120) {     // a rare long list-sentence would make two random reports alike
                    sentences.add(m.group().strip());
                }
            }
        }
    }

    static boolean planted(int i) {
        return i % COPY_EVERY == COPY_EVERY - 1;
    }

    /** Report {@code i}: a distinct one, or (every hundredth) a copy of report {@code i - 50}. */
    String text(int i) {
        if (!planted(i)) {
            return distinct(i);
        }
        Kind kind = Kind.values()[(i / COPY_EVERY) % Kind.values().length];
        return new PlantedCopies(seed ^ i, corpus).copy(new Original(name(i - COPY_DISTANCE), distinct(i - COPY_DISTANCE)), kind);
    }

    private String distinct(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        StringBuilder sb = new StringBuilder("关于2024年度抓基层党建工作情况的报告\n");
        int parts = 5 + r.nextInt(2);
        for (int p = 0; p < parts; p++) {
            sb.append(ORDINALS[p]).append("、");
            int n = 6 + r.nextInt(5);
            for (int s = 0; s < n; s++) {
                sb.append(sentences.get(r.nextInt(sentences.size())));
            }
            sb.append('\n');
        }
        Matcher m = DIGITS.matcher(sb);
        StringBuilder out = new StringBuilder(sb.length());
        while (m.find()) {
            m.appendReplacement(out, Integer.toString(1 + r.nextInt(200)));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String name(int i) {
        return String.format(Locale.ROOT, "report-%06d.txt", i);
    }

    public static void main(String[] args) throws IOException {
        int count = 100_000;
        Path results = null;
        for (int a = 0; a < args.length; a++) {
            switch (args[a]) {
                case "--count" -> count = Integer.parseInt(args[++a]);
                case "--results" -> results = Path.of(args[++a]);
                default -> throw new IllegalArgumentException("unknown option " + args[a] + "; use --count N, --results FILE");
            }
        }
        DuplicateSearchBench bench = new DuplicateSearchBench(20241207L);
        DuplicateFinder finder = DuplicateFinder.builder().build();
        Instant base = Instant.parse("2024-12-01T00:00:00Z");
        long addNanos = 0;
        java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long addCpuNanos = 0;
        long chars = 0;
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String text = bench.text(i);
            chars += text.length();
            long t = System.nanoTime();
            long c = cpu.getCurrentThreadCpuTime();
            finder.add(name(i), text, null, base.plusSeconds(i));
            addCpuNanos += cpu.getCurrentThreadCpuTime() - c;
            addNanos += System.nanoTime() - t;
        }
        long generatedAndAdded = System.nanoTime() - started;
        System.gc();                                        // what the batch keeps for the search: the signatures
        double retained = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1048576.0;
        long t = System.nanoTime();
        long clusterCpu = cpu.getCurrentThreadCpuTime();
        List<DuplicateCluster> clusters = finder.clusters(source -> new DuplicateFinder.ReportText(
                bench.text(Integer.parseInt(source.replaceAll("\\D", ""))), null));
        long clusterNanos = System.nanoTime() - t;
        clusterCpu = cpu.getCurrentThreadCpuTime() - clusterCpu;

        Set<Set<String>> planted = new HashSet<>();
        for (int i = 0; i < count; i++) {
            if (planted(i) && i >= COPY_DISTANCE) {
                planted.add(new TreeSet<>(Set.of(name(i - COPY_DISTANCE), name(i))));
            }
        }
        int found = 0;
        int wrong = 0;
        for (DuplicateCluster c : clusters) {
            Set<String> members = new TreeSet<>();
            c.members().forEach(m -> members.add(m.source()));
            if (planted.contains(members)) {
                found++;
            } else {
                wrong++;
                System.err.println("not planted: " + members + " similarity " + c.similarity());
            }
        }
        String table = String.format(Locale.ROOT, """
                | reports | mean length (chars) | planted clusters | found exactly | other clusters | add per report: wall (CPU) | add, total: wall (CPU) | find clusters: wall (CPU) | heap held after adding (MiB) | peak heap (MiB) | peak RSS (MiB) | heap limit (MiB) |
                |---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
                | %,d | %,d | %,d | %,d | %,d | %.1f µs (%.1f) | %.1f s (%.1f) | %.1f s (%.1f) | %.0f | %.0f | %.0f | %,d |
                """, count, chars / count, planted.size(), found, wrong, addNanos / 1e3 / count, addCpuNanos / 1e3 / count,
                addNanos / 1e9, addCpuNanos / 1e9, clusterNanos / 1e9, clusterCpu / 1e9, retained, peakHeapMiB(), PeakRss.mebibytes(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.print(table);
        System.out.printf(Locale.ROOT, "(generating the texts and adding them took %.1f s in all)%n", generatedAndAdded / 1e9);
        if (results != null) {
            writeSection(results, table, count);
        }
    }

    private static void writeSection(Path file, String table, int count) throws IOException {
        String section = BEGIN + "\n## Copied reports: duplicate search (`DuplicateSearchBench`)\n\n"
                + "`java -Xmx256m -cp bench/target/benchmarks.jar io.djcheck.bench.duplicates.DuplicateSearchBench --count "
                + count + " --results bench/RESULTS.md`, one thread, in its own JVM. What `check --out DIR` adds to a "
                + "batch: each report's MinHash signature (`add`, on the thread that delivers results) and, at the end, "
                + "LSH banding, clustering and the shared passages of each cluster (`find clusters`, which reads the texts of two "
                + "reports per cluster again). Distinct reports are drawn from the corpus's sentences; every hundredth is a copy "
                + "(verbatim, figures changed, paragraphs shuffled, 30 % rewritten, in turn). Compare with the batch check "
                + "above. Wall time on this shared machine; in brackets the thread's CPU time. Heap held after adding: after a full GC, with the corpus sentences the generator keeps (about 2 MiB); "
                + "peak heap: the sum of the heap pools' peaks (an upper bound).\n\n"
                + table + END + "\n";
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        int b = text.indexOf(BEGIN);
        int e = text.indexOf(END);
        if (b >= 0 && e > b) {
            text = text.substring(0, b) + section + text.substring(e + END.length()).replaceFirst("^\n", "");
        } else {
            text = text + (text.endsWith("\n") || text.isEmpty() ? "\n" : "\n\n") + section;
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static double peakHeapMiB() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / 1048576.0;
    }
}
