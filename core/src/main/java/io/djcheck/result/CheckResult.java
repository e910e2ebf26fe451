package io.djcheck.result;

import io.djcheck.model.Report;
import io.djcheck.rules.RuleOutcome;
import io.djcheck.score.Grade;
import io.djcheck.score.ScoreCard;

import java.util.List;
import java.util.Optional;

/**
 * The result of checking one report: score, grade, category scores and one finding per rule,
 * with the report's facts and the pack it was checked with. Its JSON form ({@link ResultJson}) is
 * a published contract (docs/schema/check-result.schema.json).
 *
 * <pre>{@code
 * CheckResult r = checker.check(Path.of("report.txt"));
 * r.score();                                    // 81.5
 * r.explain("ZR-01").orElseThrow().toText();    // why ZR-01 came out as it did
 * }</pre>
 *
 * @param scoreCard how the score came about: per category, per rule, the model used
 * @param complete  false when a rule ended in ERROR: the report is then not graded as compliant
 * @param outcomes  what each rule found, leaf by leaf (for explain; not part of the JSON)
 */
public record CheckResult(
        String schemaVersion,
        String source,
        String sha256,
        Report report,
        RulesetInfo ruleset,
        ScoreCard scoreCard,
        boolean complete,
        List<Finding> findings,
        Timings timings,
        List<RuleOutcome> outcomes) {

    /** Version of the JSON form; changes when fields change meaning or go away. */
    public static final String SCHEMA_VERSION = "1.0";

    public CheckResult {
        findings = List.copyOf(findings);
        outcomes = List.copyOf(outcomes);
    }

    /** The total out of 100. */
    public double score() {
        return scoreCard.total();
    }

    public Grade grade() {
        return scoreCard.grade();
    }

    /** The grade as the pack labels it (好 / 较好 / 一般 / 差). */
    public String gradeLabel() {
        return scoreCard.gradeLabel();
    }

    /** True when a failed VETO rule (一票否决) capped the grade. */
    public boolean vetoed() {
        return scoreCard.vetoed();
    }

    /** Points per scoring category, in scoring.yaml order. */
    public List<ScoreCard.CategoryScore> categories() {
        return scoreCard.categories();
    }

    public Optional<Finding> finding(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).findFirst();
    }

    public Optional<RuleOutcome> outcome(String ruleId) {
        return outcomes.stream().filter(o -> o.rule().id().equals(ruleId)).findFirst();
    }

    /** Why rule {@code ruleId} came out as it did; empty when the pack has no such rule. */
    public Optional<Explanation> explain(String ruleId) {
        return outcome(ruleId).map(o -> Explainer.explain(this, o));
    }
}
