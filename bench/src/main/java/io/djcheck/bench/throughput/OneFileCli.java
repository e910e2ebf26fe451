package io.djcheck.bench.throughput;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one-file CLI row: {@code djcheck check one.txt} timed as a whole process (wall clock, from
 * start to exit), side by side with {@code java -version} — the start-up no Java program beats —
 * in the same run, the commands taking turns round by round so a drifting machine hits all alike.
 * Three ways to run the check: plain {@code java -jar} (compiled pack from the disk cache, as any
 * second run), and as the dist launcher runs it: with the class archive it records on its first run
 * (AppCDS) and its JIT option (C1 only).
 * A warm-up round fills the compiled-pack cache and records the archive; it is not counted.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.djcheck.bench.throughput.OneFileCli --jar cli/target/djcheck.jar \
 *      --file examples/reports/000_9c5ce89756f0e5ee.txt --runs 10 --work /tmp/djcheck-bench/cli --out startup.jsonl
 * </pre>
 * Writes one JSON line per command: {@code label, command, runs, medianMillis, minMillis, maxMillis}.
 */
public final class OneFileCli {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The JIT option the dist launchers give Java (dist/src/bin/djcheck: C1 only), for the AppCDS row. */
    private static final String LAUNCHER_JIT = "-XX:TieredStopAtLevel=1";

    private OneFileCli() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        for (String required : List.of("jar", "file", "work", "out")) {
            if (!o.containsKey(required)) {
                throw new IllegalArgumentException("missing --" + required + "; e.g. --jar cli/target/djcheck.jar "
                        + "--file examples/reports/000_9c5ce89756f0e5ee.txt --runs 10 --work /tmp/cli --out startup.jsonl");
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path work = Files.createDirectories(Path.of(o.get("work")));
        Path archive = work.resolve("classes.jsa");
        Files.deleteIfExists(archive);
        int runs = Integer.parseInt(o.getOrDefault("runs", "10"));
        String jar = o.get("jar");
        String file = o.get("file");
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("java -version", List.of(java, "-version"));
        commands.put("djcheck check one.txt", List.of(java, "-jar", jar, "check", file));
        commands.put("djcheck check one.txt, AppCDS", List.of(java, "-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off",
                LAUNCHER_JIT, "-jar", jar, "check", file));

        // warm-up: the compiled pack goes to the (private) disk cache, the class archive is recorded as the launcher does
        time(List.of(java, "-XX:ArchiveClassesAtExit=" + archive, LAUNCHER_JIT, "-jar", jar, "check", file), work);
        time(commands.get("djcheck check one.txt"), work);
        Map<String, long[]> nanos = new LinkedHashMap<>();
        commands.keySet().forEach(k -> nanos.put(k, new long[runs]));
        for (int r = 0; r < runs; r++) {
            for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                nanos.get(c.getKey())[r] = time(c.getValue(), work);
            }
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, long[]> e : nanos.entrySet()) {
            long[] t = e.getValue().clone();
            Arrays.sort(t);
            ObjectNode n = JSON.createObjectNode();
            n.put("label", "one-file-cli");
            n.put("command", e.getKey());
            n.put("runs", runs);
            n.put("medianMillis", (runs % 2 == 1 ? t[runs / 2] : (t[runs / 2 - 1] + t[runs / 2]) / 2) / 1e6);
            n.put("minMillis", t[0] / 1e6);
            n.put("maxMillis", t[runs - 1] / 1e6);
            lines.add(JSON.writeValueAsString(n));
            System.out.println(lines.get(lines.size() - 1));
        }
        Files.write(Path.of(o.get("out")), lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Wall-clock nanoseconds of one run of {@code command}; its output is thrown away, a failure stops the harness. */
    private static long time(List<String> command, Path work) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("XDG_CACHE_HOME", work.resolve("cache").toString());   // its own compiled-pack cache
        long t0 = System.nanoTime();
        Process p = pb.start();
        int code = p.waitFor();
        long t = System.nanoTime() - t0;
        if (code != 0 && code != 1) {                       // 1: the report fell below a threshold, still a full run
            throw new IllegalStateException(String.join(" ", command) + " exited with " + code);
        }
        return t;
    }
}
