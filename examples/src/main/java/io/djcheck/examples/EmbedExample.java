package io.djcheck.examples;

import io.djcheck.Checker;
import io.djcheck.result.CheckResult;
import io.djcheck.result.Finding;
import io.djcheck.pack.RulePack;
import io.djcheck.model.Status;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The smallest useful embedding of djcheck: build one checker, check a report, print the score,
 * the grade and what failed with its evidence.
 *
 * <pre>
 * mvn -q -pl examples -am package -DskipTests
 * java -cp "examples/target/classes:$(...classpath...)" io.djcheck.examples.EmbedExample examples/reports/001_a6f31e7c84c24bc8.txt
 * </pre>
 */
public final class EmbedExample {

    private EmbedExample() {
    }

    public static void main(String[] args) {
        Path report = Path.of(args.length > 0 ? args[0] : "examples/reports/001_a6f31e7c84c24bc8.txt");
        run(report, System.out);
    }

    static void run(Path report, PrintStream out) {
        // Build once, share everywhere: a Checker is immutable and thread-safe.
        Checker checker = Checker.builder()
                .rulePack(RulePack.fromClasspath("djcheck/rules/default"))
                .build();

        CheckResult result = checker.check(report);

        out.printf("%s: %s 分, %s%n", result.source(), result.score(), result.gradeLabel());
        for (Finding f : result.findings()) {
            if (f.status() == Status.FAIL) {
                out.printf("  %s %s (-%s): %s%n", f.ruleId(), f.title(), f.deduction(), f.message());
                f.evidence().stream().findFirst().ifPresent(e -> out.printf("      “%s”%n", e.quote()));
            }
        }
    }
}
