package io.djcheck.bench.report;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the CPU goes in a JFR recording of a benchmark: the methods most often on top of the stack
 * (self time), and the djcheck and Drools methods most often anywhere on it (inclusive time), as a
 * Markdown section for RESULTS.md. Only samples whose stack passes through {@code --within} count, so
 * JMH's own threads and set-up stay out (record with a deep stack, {@code stackdepth=1024}, so none is cut).
 * {@code --threads REGEX} also counts every sample of the threads so named: work the measured method hands
 * to a pool (Drools compiles a pack's rules on ForkJoinPool workers) has the method nowhere on its stack.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.djcheck.bench.report.JfrHotspots \
 *      --jfr check.jfr --within io.djcheck.bench.CheckBench.djcheck --title "Whole check" --out hot.md
 * </pre>
 */
public final class JfrHotspots {

    private static final int TOP = 20;

    private JfrHotspots() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        if (!o.containsKey("jfr") || !o.containsKey("within")) {
            throw new IllegalArgumentException(
                    "usage: --jfr FILE --within CLASS.METHOD [--threads REGEX] [--title TEXT] [--out FILE.md]");
        }
        Pattern threads = o.containsKey("threads") ? Pattern.compile(o.get("threads")) : null;
        String md = markdown(Path.of(o.get("jfr")), o.get("within"), threads, o.getOrDefault("title", o.get("within")));
        if (o.containsKey("out")) {
            Files.writeString(Path.of(o.get("out")), md, StandardCharsets.UTF_8);
        } else {
            System.out.print(md);
        }
    }

    /** {@code threads}: samples of threads with a matching name count too; null for none. */
    static String markdown(Path jfr, String within, Pattern threads, String title) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> djcheck = new HashMap<>();
        Map<String, Integer> engine = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty()) {
                continue;
            }
            List<RecordedFrame> frames = st.getFrames();
            Set<String> seen = new HashSet<>();
            boolean inside = threads != null && e.getThread("sampledThread") != null
                    && threads.matcher(String.valueOf(e.getThread("sampledThread").getJavaName())).matches();
            for (RecordedFrame f : frames) {
                String m = name(f.getMethod());
                inside |= m.equals(within);
                seen.add(m);
            }
            if (!inside) {                       // record with -XX:FlightRecorderOptions:stackdepth=1024
                continue;
            }
            samples++;
            self.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
            for (String m : seen) {
                if (m.startsWith("io.djcheck.") && !m.startsWith("io.djcheck.bench.")) {
                    djcheck.merge(m, 1, Integer::sum);
                } else if (m.startsWith("org.drools.") || m.startsWith("org.kie.") || m.startsWith("org.mvel2.")) {
                    engine.merge(m, 1, Integer::sum);
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("#### ").append(title).append("\n\n");
        sb.append(samples).append(" CPU samples inside `").append(within).append('`')
                .append(threads == null ? "" : " or on threads named `" + threads.pattern() + "`")
                .append(" (JFR `jdk.ExecutionSample`, profile settings).\n\n");
        table(sb, "Self (top of stack)", self, samples);
        table(sb, "Inclusive: djcheck methods anywhere on the stack", djcheck, samples);
        table(sb, "Inclusive: Drools and MVEL methods anywhere on the stack", engine, samples);
        return sb.toString();
    }

    private static void table(StringBuilder sb, String heading, Map<String, Integer> counts, int samples) {
        sb.append("| ").append(heading).append(" | samples | share |\n|---|---:|---:|\n");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .forEach(e -> sb.append("| `").append(e.getKey()).append("` | ").append(e.getValue()).append(" | ")
                        .append(String.format(Locale.ROOT, "%.1f %%", samples == 0 ? 0 : 100.0 * e.getValue() / samples))
                        .append(" |\n"));
        sb.append('\n');
    }

    private static String name(RecordedMethod m) {
        return m == null ? "?" : m.getType().getName() + "." + m.getName();
    }
}
