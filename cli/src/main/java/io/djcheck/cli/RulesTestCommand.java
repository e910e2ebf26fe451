package io.djcheck.cli;

import io.djcheck.packtest.RuleTestRunner;
import io.djcheck.model.Evidence;
import io.djcheck.result.Finding;
import io.djcheck.packtest.RuleTestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import io.djcheck.pack.RulePack;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
                "  djcheck rules test --require-coverage my-rules",
                "  djcheck rules test --file tests/zuzhi.yaml my-rules       # one test file",
                "  djcheck rules test --format junit my-rules > rule-tests.xml   # for CI (Jenkins, GitLab)",
                "  djcheck rules test --min-coverage 80 my-rules", "",
                "Exit codes:",
                "  0  every case passed",
                "  1  a case failed (or coverage is below --min-coverage / --require-coverage)",
                "  4  the pack or a test file is invalid (every problem listed)"})
final class RulesTestCommand implements Callable<Integer> {

    private static final String RULE = "-".repeat(72);
    private static final int QUOTES_SHOWN = 2;

    @Mixin
    PackArgument pack;

    @Option(names = "--require-coverage",
            description = "Also fail when a rule lacks a PASS case or a FAIL / NOT_EVIDENCED case (= --min-coverage 100).")
    boolean requireCoverage;

    @Option(names = "--min-coverage", paramLabel = "PERCENT",
            description = "Also fail when fewer than PERCENT of the rules are tested both ways.")
    Double minCoverage;

    @Option(names = "--file", paramLabel = "FILE",
            description = "Run only the cases of this test file of the pack (e.g. tests/zuzhi.yaml); repeatable.")
    List<String> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (default), junit (JUnit XML, one testsuite per test file) or json.")
    String format = "text";

    private final Console console;

    RulesTestCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (!List.of("text", "junit", "json").contains(format)) {
            throw new UsageException("usage.test-format", format);
        }
        if (minCoverage != null && (minCoverage < 0 || minCoverage > 100)) {
            throw new UsageException("usage.min-coverage", minCoverage);
        }
        RulePack files = pack.pack();
        for (String f : this.files) {
            if (!files.testFiles().contains(f.replace('\\', '/'))) {
                throw new UsageException("usage.no-such-test-file", f, pack.name(console.messages()), String.join(", ", files.testFiles()));
            }
        }
        Set<String> only = new HashSet<>();
        this.files.forEach(f -> only.add(f.replace('\\', '/')));
        RuleTestReport report = RuleTestRunner.run(files, c -> only.isEmpty() || only.contains(c.file()));
        double required = requireCoverage ? 100 : minCoverage == null ? 0 : minCoverage;
        boolean failed = !report.allPassed() || report.coveragePercent() < required;
        PrintWriter out = console.out();
        if (!format.equals("text")) {
            out.print(format.equals("junit") ? RuleTestFormats.junit(pack.name(), report) : RuleTestFormats.json(report));
            out.flush();
            return failed ? ExitCode.BELOW_THRESHOLD : ExitCode.OK;
        }
        for (RuleTestReport.CaseResult c : report.cases()) {
            out.println((c.passed() ? "PASS  " : "FAIL  ") + c.testCase().where() + "  " + c.testCase().name());
        }
        if (!report.failures().isEmpty()) {
            out.println();
            out.println(console.text("test.failures"));
            out.println(RULE);
            for (RuleTestReport.CaseResult c : report.failures()) {
                failure(out, c);
            }
        }
        int total = report.cases().size();
        out.println();
        out.println(console.text("test.summary"));
        out.println(RULE);
        out.println(console.text("test.passed", report.passed(), total));
        if (report.passed() < total) {
            out.println(console.text("test.failed", total - report.passed(), total));
        }
        int rules = report.rules().size();
        out.println(console.text("test.coverage", rules - report.gaps().size(), rules));
        for (RuleTestReport.Gap g : report.gaps()) {
            String gap = !g.hasPass() && !g.hasFailOrNotEvidenced() ? "test.gap-none"
                    : g.hasPass() ? "test.gap-no-fail" : "test.gap-no-pass";
            out.println("  " + console.text("test.gap", g.rule().id(), g.rule().title(), console.text(gap)));
        }
        for (RuleTestReport.BranchCoverage b : report.branches()) {
            if (b.parts() > 1) {
                out.println("  " + b.rule().id() + " " + b.rule().title() + ": "
                        + console.text("test.parts", b.covered(), b.parts()));
            }
        }
        if (report.coveragePercent() < required) {
            out.println(console.text("test.coverage-below", Math.round(report.coveragePercent()), required));
        }
        out.flush();
        return failed ? ExitCode.BELOW_THRESHOLD : ExitCode.OK;
    }

    private void failure(PrintWriter out, RuleTestReport.CaseResult c) {
        out.println(c.testCase().where() + ": " + c.testCase().name());
        for (RuleTestReport.Mismatch m : c.mismatches()) {
            Finding actual = m.actual();
            out.println("  " + (actual.status() != m.expected().status()
                    ? console.text("test.mismatch-status", m.expected().ruleId(), actual.title(), m.expected().status(), actual.status())
                    : console.text("test.mismatch-message", m.expected().ruleId(), actual.title(), m.expected().messageContains())));
            String expectedMessage = m.expected().messageContains() == null ? ""
                    : console.text("test.with-message", m.expected().messageContains());
            out.println("    - " + console.text("test.expected") + m.expected().status() + expectedMessage);
            out.println("    + " + console.text("test.actual") + actual.status() + "  " + actual.message());
            List<Evidence> ev = actual.evidence();
            for (int i = 0; i < Math.min(QUOTES_SHOWN, ev.size()); i++) {
                out.println("      " + console.text("test.evidence") + "「" + ev.get(i).quote() + "」");
            }
            if (ev.isEmpty() && actual.status() != m.expected().status()) {
                out.println("      " + console.text("test.no-evidence"));
            }
        }
        out.println();
    }
}
