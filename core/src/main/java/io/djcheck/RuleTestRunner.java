package io.djcheck;

import io.djcheck.ingest.Hashing;
import io.djcheck.ingest.ReadLimits;
import io.djcheck.model.Document;
import io.djcheck.model.InputFormat;
import io.djcheck.result.CheckResult;
import io.djcheck.rules.PackCompiler;
import io.djcheck.rules.PackProblem;
import io.djcheck.rules.Problems;
import io.djcheck.rules.RuleOutcome;
import io.djcheck.rules.RulePack;
import io.djcheck.rules.RulePackException;
import io.djcheck.rules.RuleTestCase;
import io.djcheck.rules.RuleTestReport;
import io.djcheck.rules.RuleTestSuite;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the rule tests of a pack ({@code tests/*.yaml}) through the same engine a {@link Checker}
 * uses: each case's text is extracted and checked (or its facts checked directly) with the case's
 * profile and parameters, and every expected status compared with the rule's finding.
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
        Engine base = Engine.load(pack, null, Map.of(), PackCompiler.DEFAULT_MAX_FIRINGS,
                ReadLimits.defaults().maxFacts());
        Problems problems = new Problems();
        List<RuleTestCase> cases = RuleTestSuite.read(base.pack(), problems);
        problems.throwIfAny(pack.name());
        Map<String, Engine> byParams = new HashMap<>();
        List<RuleTestReport.CaseResult> results = new ArrayList<>();
        for (RuleTestCase c : cases) {
            Engine engine = byParams.computeIfAbsent(c.profile() + " " + c.params(),
                    k -> base.withParams(c.profile(), c.params()));
            results.add(run(engine, c));
        }
        return new RuleTestReport(base.pack().rules(), results);
    }

    /** Every problem of a pack — its files, scoring and test files — as {@code djcheck rules lint} lists them. */
    static List<PackProblem> lint(RulePack pack) {
        Engine engine;
        try {
            engine = Engine.load(pack, null, Map.of(), PackCompiler.DEFAULT_MAX_FIRINGS,
                ReadLimits.defaults().maxFacts());
        } catch (RulePackException e) {
            return e.problems();           // test files are read against a pack that loads
        }
        Problems problems = new Problems();
        RuleTestSuite.read(engine.pack(), problems);
        return PackProblem.sorted(problems.list());
    }

    private static RuleTestReport.CaseResult run(Engine engine, RuleTestCase c) {
        CheckResult r;
        if (c.text() != null) {
            String name = c.where();
            r = engine.check(new Document(name, Hashing.sha256(c.text().getBytes(StandardCharsets.UTF_8)), c.text(),
                    InputFormat.TEXT), 0);
        } else {
            r = engine.check(c.facts());
        }
        Map<String, RuleOutcome> outcomes = new LinkedHashMap<>();
        List<RuleTestReport.Mismatch> mismatches = new ArrayList<>();
        for (RuleTestCase.Expectation e : c.expectations()) {
            RuleOutcome o = r.outcome(e.ruleId()).orElseThrow();
            outcomes.put(e.ruleId(), o);
            boolean statusOk = o.status() == e.status();
            boolean messageOk = e.messageContains() == null || o.message().contains(e.messageContains());
            if (!statusOk || !messageOk) {
                mismatches.add(new RuleTestReport.Mismatch(e, o));
            }
        }
        return new RuleTestReport.CaseResult(c, mismatches, outcomes);
    }
}
