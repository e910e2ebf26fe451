package io.djcheck.cli;

import io.djcheck.result.CheckResult;
import io.djcheck.result.Explanation;
import io.djcheck.result.Finding;
import io.djcheck.engine.MessageTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code djcheck explain FILE --rule ID}: why one rule came out as it did on one report — the
 * facts it looked at with their quotes, the parameters in force and the comparison that decided.
 */
@Command(name = "explain", sortOptions = false,
        description = {"Explain one rule's finding on one report: its status and deduction, the facts the rule "
                + "looked at (with quotes), the parameters and thresholds, and the comparison that decided it.", ""},
        footer = {"", "Examples:",
                "  djcheck explain examples/reports/000_9c5ce89756f0e5ee.txt --rule ZR-01",
                "  djcheck explain --param committee_dj_sessions_min=6 report.txt --rule ZR-01",
                "  djcheck explain report.txt --rule JJ-01 --rule JJ-02", "", ExitCode.HELP})
final class ExplainCommand implements Callable<Integer> {

    @Mixin
    PackOptions pack;

    @Mixin
    InputOptions input;

    @Option(names = "--rule", required = true, paramLabel = "ID",
            description = "The rule to explain, e.g. ZR-01 (repeatable).")
    List<String> rules;

    @Parameters(paramLabel = "FILE", description = "The report file.")
    Path file;

    private final Console console;

    ExplainCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        CheckResult result = pack.checker(input.limits(), console, input.force).check(file);
        List<Explanation> explanations = rules.stream().map(id -> explanation(result, id)).toList();
        PrintWriter out = console.out();
        out.println(console.text("explain.header", result.source(), MessageTemplate.format(result.score()), result.gradeLabel()));
        for (Explanation e : explanations) {
            out.println();
            out.print(ExplanationText.render(e, console.messages()));
        }
        out.flush();
        return ExitCode.OK;
    }

    /** The rule's explanation; ids match ignoring case (zr-01 is ZR-01). */
    private Explanation explanation(CheckResult result, String id) {
        Optional<Finding> finding = result.findings().stream().filter(f -> f.ruleId().equalsIgnoreCase(id)).findFirst();
        if (finding.isEmpty()) {
            throw new UsageException("usage.no-such-rule", id, result.ruleset().id(),
                    String.join(" ", result.findings().stream().map(Finding::ruleId).sorted().toList()));
        }
        return result.explain(finding.get().ruleId()).orElseThrow();
    }
}
