package io.djcheck.packtest;

import io.djcheck.Checker;
import io.djcheck.engine.RuleCompiler;
import io.djcheck.ingest.Hashing;
import io.djcheck.model.Document;
import io.djcheck.model.InputFormat;
import io.djcheck.pack.PackLoader;
import io.djcheck.pack.RulePack;
import io.djcheck.pack.RulePackException;
import io.djcheck.pack.RuleTestCase;
import io.djcheck.model.Status;
import io.djcheck.result.CheckResult;
import io.djcheck.result.Explanation;
import io.djcheck.result.Finding;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Runs the rule tests of a pack ({@code tests/*.yaml}) through a {@link Checker}, the same one an
 * embedder builds: each case's text is extracted and checked (or its facts checked directly) with
 * the case's profile and parameters, and every expected status compared with the rule's finding.
 *
 * <pre>{@code
 * RuleTestReport report = RuleTestRunner.run(RulePack.fromDirectory(Path.of("my-rules")));
 * report.failures().forEach(f -> System.out.println(f.testCase().where() + " " + f.mismatches()));
 * }</pre>
 */
public final class RuleTestRunner {

    private RuleTestRunner() {
    }

    /**
     * Compiles the pack once and runs every case.
     *
     * @throws RulePackException listing every problem of the pack or of its test files
     */
    public static RuleTestReport run(RulePack pack) {
        return run(pack, c -> true);
    }

    /**
     * Runs the cases {@code which} accepts, e.g. those of one test file:
     * {@code RuleTestRunner.run(pack, c -> c.file().equals("tests/zuzhi.yaml"))}.
     *
     * @throws RulePackException listing every problem of the pack or of its test files
     */
    public static RuleTestReport run(RulePack pack, Predicate<RuleTestCase> which) {
        List<RuleTestCase> cases = PackLoader.testCases(PackLoader.load(pack, RuleCompiler.DEFAULT_MAX_FIRINGS))
                .stream().filter(which).toList();
        Checker base = Checker.builder().rulePack(pack).acceptAnyText(true).build();
        Map<String, Checker> byParams = new HashMap<>();
        List<RuleTestReport.CaseResult> results = new ArrayList<>();
        for (RuleTestCase c : cases) {
            Checker checker = byParams.computeIfAbsent(c.profile() + " " + c.params(),
                    k -> base.withParams(c.profile(), c.params()));
            results.add(run(checker, c));
        }
        return new RuleTestReport(base.rules(), results);
    }

    private static RuleTestReport.CaseResult run(Checker checker, RuleTestCase c) {
        CheckResult r;
        if (c.text() != null) {
            r = checker.check(new Document(c.where(), Hashing.sha256(c.text().getBytes(StandardCharsets.UTF_8)),
                    c.text(), InputFormat.TEXT));
        } else {
            r = checker.check(c.facts());
        }
        Map<String, Finding> findings = new LinkedHashMap<>();
        Map<String, List<Status>> steps = new LinkedHashMap<>();
        List<RuleTestReport.Mismatch> mismatches = new ArrayList<>();
        for (RuleTestCase.Expectation e : c.expectations()) {
            Finding f = r.finding(e.ruleId()).orElseThrow();
            findings.put(e.ruleId(), f);
            r.explain(e.ruleId()).ifPresent(x -> steps.put(e.ruleId(),
                    x.steps().stream().map(Explanation.Step::status).toList()));
            boolean statusOk = f.status() == e.status();
            boolean messageOk = e.messageContains() == null || f.message().contains(e.messageContains());
            if (!statusOk || !messageOk) {
                mismatches.add(new RuleTestReport.Mismatch(e, f));
            }
        }
        return new RuleTestReport.CaseResult(c, mismatches, findings, steps);
    }
}
