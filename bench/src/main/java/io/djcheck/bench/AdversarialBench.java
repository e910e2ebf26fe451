package io.djcheck.bench;

import io.djcheck.Checker;
import io.djcheck.model.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Extraction of the text inputs of core's AdversarialInputsTest, each at two sizes, the second four
 * times the first: work linear in the input takes about four times as long, quadratic work sixteen
 * (the 20 MB line took 120 s before extraction became linear). {@code scale=4} is the size the test
 * uses: a 20 MB line of the seeds, 100,000 placeholders, 50,000 Chinese numerals, 10,000 nested
 * brackets. Extraction has no fact limit; a check would refuse most of these (docs/reliability.md).
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar AdversarialBench} (one extraction per
 * sample; {@code -p shape=longLine} for one shape).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@State(Scope.Benchmark)
public class AdversarialBench {

    @Param({"longLine", "placeholders", "numerals", "brackets"})
    public String shape;

    @Param({"1", "4"})
    public int scale;

    private Checker checker;
    private String text;

    @Setup(Level.Trial)
    public void build() {
        checker = Checker.builder().rulePack(Repo.defaultPack()).acceptAnyText(true).build();
        text = text(shape, scale);
    }

    /** The report text of {@code shape} at {@code scale} quarters of the test's size. */
    static String text(String shape, int scale) {
        return switch (shape) {
            case "longLine" -> longLine(5_000_000 * scale);
            case "placeholders" -> "述职报告\n" + "XX，".repeat(25_000 * scale);
            case "numerals" -> "全年发展党员" + numerals(12_500 * scale) + "名。";
            case "brackets" -> "述职报告" + "（".repeat(2_500 * scale) + "党建" + "）".repeat(2_500 * scale);
            default -> throw new IllegalArgumentException("unknown shape " + shape);
        };
    }

    /** The seed reports on one line, repeated to about {@code bytes} of UTF-8. */
    private static String longLine(int bytes) {
        StringBuilder seeds = new StringBuilder();
        Repo.seedFiles().forEach(p -> seeds.append(Repo.read(p).replaceAll("\\s+", "")));
        return seeds.toString().repeat(Math.max(1, bytes / (seeds.length() * 3)));
    }

    private static String numerals(int n) {
        String digits = "零一二三四五六七八九十百千万亿两";
        Random random = new Random(n);
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(digits.charAt(random.nextInt(digits.length())));
        }
        return s.toString();
    }

    /** The whole extraction of the hostile text: normalising, the automaton, numbers, sections, scans. */
    @Benchmark
    public Report extract() {
        return checker.extract(text, "adversarial.txt");
    }
}
