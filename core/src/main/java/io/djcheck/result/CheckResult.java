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
 * @param complete false when a rule ended in ERROR: the report is then not graded as compliant
 * @param outcomes what each rule found, leaf by leaf (for explain; not part of the JSON)
 */
public record CheckResult(
        String schemaVersion,
        String source,
        String sha256,
        Report report,
        RulesetInfo ruleset,
        double score,
        Grade grade,
        String gradeLabel,
        boolean vetoed,
        boolean complete,
        List<ScoreCard.CategoryScore> categories,
        List<Finding> findings,
        Timings timings,
        List<RuleOutcome> outcomes) {

    /** Version of the JSON form; changes when fields change meaning or go away. */
    public static final String SCHEMA_VERSION = "1.0";

    public CheckResult {
        categories = List.copyOf(categories);
        findings = List.copyOf(findings);
        outcomes = List.copyOf(outcomes);
    }

    public Optional<Finding> finding(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).findFirst();
    }

    public Optional<RuleOutcome> outcome(String ruleId) {
        return outcomes.stream().filter(o -> o.rule().id().equals(ruleId)).findFirst();
    }
}
