package io.djcheck.result;

import io.djcheck.engine.RuleOutcome;
import io.djcheck.model.Report;
import io.djcheck.score.ScoreCard;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of checking one report: score, grade, category scores and one finding per rule,
 * with the report's text and facts and the pack it was checked with. Its JSON form
 * ({@link ResultJson}) is a published contract (docs/schema/check-result.schema.json).
 *
 * <pre>{@code
 * CheckResult r = checker.check(Path.of("report.txt"));
 * r.score();                                    // 81.5
 * r.explain("ZR-01").orElseThrow().toText();    // why ZR-01 came out as it did
 * }</pre>
 */
public final class CheckResult implements ResultView {

    /** Version of the JSON form; changes when fields change meaning or go away. */
    public static final String SCHEMA_VERSION = ResultView.SCHEMA_VERSION;

    private final String source;
    private final String sha256;
    private final Report report;
    private final RulesetInfo ruleset;
    private final ScoreCard scoreCard;
    private final boolean complete;
    private final List<Finding> findings;
    private final Timings timings;
    private final List<RuleOutcome> outcomes;     // what each rule found, leaf by leaf: for explain only

    CheckResult(String source, String sha256, Report report, RulesetInfo ruleset, ScoreCard scoreCard,
                boolean complete, List<Finding> findings, Timings timings, List<RuleOutcome> outcomes) {
        this.source = Objects.requireNonNull(source, "source");
        this.sha256 = sha256;
        this.report = Objects.requireNonNull(report, "report");
        this.ruleset = ruleset;
        this.scoreCard = scoreCard;
        this.complete = complete;
        this.findings = List.copyOf(findings);
        this.timings = timings;
        this.outcomes = List.copyOf(outcomes);
    }

    @Override
    public String schemaVersion() {
        return SCHEMA_VERSION;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public String sha256() {
        return sha256;
    }

    /** The report as djcheck read it: its normalised text and every fact with its evidence. */
    public Report report() {
        return report;
    }

    @Override
    public ReportInfo reportInfo() {
        return ReportInfo.of(report);
    }

    @Override
    public RulesetInfo ruleset() {
        return ruleset;
    }

    @Override
    public ScoreCard scoreCard() {
        return scoreCard;
    }

    @Override
    public boolean complete() {
        return complete;
    }

    @Override
    public List<Finding> findings() {
        return findings;
    }

    @Override
    public Timings timings() {
        return timings;
    }

    /** Why rule {@code ruleId} came out as it did; empty when the pack has no such rule. */
    public Optional<Explanation> explain(String ruleId) {
        return outcome(ruleId).map(o -> Explainer.explain(this, o));
    }

    Optional<RuleOutcome> outcome(String ruleId) {
        return outcomes.stream().filter(o -> o.rule().id().equals(ruleId)).findFirst();
    }

    @Override
    public String toString() {
        return "CheckResult[" + source + ", " + score() + " " + gradeLabel() + ", " + findings.size() + " findings]";
    }
}
