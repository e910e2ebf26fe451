package io.djcheck.cli;

import io.djcheck.packtest.RuleTestRunner;
import io.djcheck.model.Evidence;
import io.djcheck.result.Finding;
import io.djcheck.packtest.RuleTestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code djcheck rules test}: runs the cases of a pack's tests/*.yaml and reports failures and coverage. */
@Command(name = "test", sortOptions = false,
        description = {"Run the rule tests of a pack (tests/*.yaml): each case's report text (or facts) is checked "
                + "and the status of every rule it names compared with the expected one. Prints one line per "
                + "case, then the FAILURES with expected and actual, a SUMMARY, and the rules no case tests both "
                + "ways (a PASS case and a FAIL or NOT_EVIDENCED case).", ""},
        footer = {"", "A case:",
                "  cases:",
                "    - name: 三会一课只写在问题里",
                "      text: |",
                "        二、存在问题",
                "        一是“三会一课”落实不到位。",
                "      expect: {ZZ-01: FAIL, SZ-01: PASS}",
                "", "Examples:",
                "  djcheck rules test my-rules",
                "  djcheck rules test --require-coverage my-rules", "",
                "Exit codes:",
                "  0  every case passed",
                "  1  a case failed (or, with --require-coverage, a rule is not tested both ways)",
                "  4  the pack or a test file is invalid (every problem listed)"})
final class RulesTestCommand implements Callable<Integer> {

    private static final String RULE = "-".repeat(72);
    private static final int QUOTES_SHOWN = 2;

    @Mixin
    PackArgument pack;

    @Option(names = "--require-coverage",
            description = "Also fail when a rule lacks a PASS case or a FAIL / NOT_EVIDENCED case.")
    boolean requireCoverage;

    private final Console console;

    RulesTestCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        RuleTestReport report = RuleTestRunner.run(pack.pack());
        PrintWriter out = console.out();
        for (RuleTestReport.CaseResult c : report.cases()) {
            out.println((c.passed() ? "PASS  " : "FAIL  ") + c.testCase().where() + "  " + c.testCase().name());
        }
        if (!report.failures().isEmpty()) {
            out.println();
            out.println("FAILURES");
            out.println(RULE);
            for (RuleTestReport.CaseResult c : report.failures()) {
                failure(out, c);
            }
        }
        int total = report.cases().size();
        out.println();
        out.println("SUMMARY");
        out.println(RULE);
        out.println("PASS: " + report.passed() + "/" + total);
        if (report.passed() < total) {
            out.println("FAIL: " + (total - report.passed()) + "/" + total);
        }
        int rules = report.rules().size();
        out.println("COVERAGE: " + (rules - report.gaps().size()) + "/" + rules
                + " rules tested both ways (a PASS case and a FAIL or NOT_EVIDENCED case)");
        for (RuleTestReport.Gap g : report.gaps()) {
            out.println("  " + g.rule().id() + " " + g.rule().title() + ": " + g.summary());
        }
        out.flush();
        boolean failed = !report.allPassed() || (requireCoverage && !report.gaps().isEmpty());
        return failed ? ExitCode.BELOW_THRESHOLD : ExitCode.OK;
    }

    private static void failure(PrintWriter out, RuleTestReport.CaseResult c) {
        out.println(c.testCase().where() + ": " + c.testCase().name());
        for (RuleTestReport.Mismatch m : c.mismatches()) {
            Finding actual = m.actual();
            out.println("  " + m.summary());
            String expectedMessage = m.expected().messageContains() == null ? ""
                    : "  with a message containing \"" + m.expected().messageContains() + "\"";
            out.println("    - expected: " + m.expected().status() + expectedMessage);
            out.println("    + actual:   " + actual.status() + "  " + actual.message());
            List<Evidence> ev = actual.evidence();
            for (int i = 0; i < Math.min(QUOTES_SHOWN, ev.size()); i++) {
                out.println("      evidence: 「" + ev.get(i).quote() + "」");
            }
            if (ev.isEmpty() && actual.status() != m.expected().status()) {
                out.println("      (no evidence: the rule found no fact to decide on)");
            }
        }
        out.println();
    }
}
