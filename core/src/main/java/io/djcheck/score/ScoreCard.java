package io.djcheck.score;

import io.djcheck.model.Grade;
import io.djcheck.model.Status;

import java.util.List;

/**
 * A report's score and how it came about: the total out of 100, the grade, each category's points,
 * what each rule deducted (and what a FAIL of it would have cost), the failed VETO rules that
 * capped the grade, and the {@link ScoringModel} it was scored with.
 *
 * <pre>{@code
 * ScoreCard card = new Scorer(model).score(outcomes);
 * card.rule("ZR-01").applied();      // 2.5 for a NOT_EVIDENCED MAJOR rule with fraction 0.5
 * }</pre>
 */
public record ScoreCard(double total, Grade grade, String gradeLabel, List<String> vetoedBy,
                        List<CategoryScore> categories, List<RuleDeduction> rules, ScoringModel model) {

    /**
     * Points of one category: it starts at {@code weight}, loses {@code deduction} and never goes
     * below 0 ({@code floored} says the deductions exceeded the weight).
     */
    public record CategoryScore(String name, double weight, double score, double deduction) {
        public boolean floored() {
            return deduction > weight;
        }
    }

    /**
     * What one rule cost: {@code full} is what a FAIL (or ERROR) of it costs, {@code applied} what
     * its status actually deducted (all, the NOT_EVIDENCED fraction, or nothing).
     */
    public record RuleDeduction(String ruleId, String category, Status status, double full, double applied) {
    }

    public ScoreCard {
        vetoedBy = List.copyOf(vetoedBy);
        categories = List.copyOf(categories);
        rules = List.copyOf(rules);
    }

    /** True when a failed VETO rule (一票否决) capped the grade. */
    public boolean vetoed() {
        return !vetoedBy.isEmpty();
    }

    /** What {@code ruleId} cost, or null when the pack has no such rule. */
    public RuleDeduction rule(String ruleId) {
        for (RuleDeduction d : rules) {
            if (d.ruleId().equals(ruleId)) {
                return d;
            }
        }
        return null;
    }

    /** What {@code ruleId} deducted (0 for a pass or an unknown rule). */
    public double deductionOf(String ruleId) {
        RuleDeduction d = rule(ruleId);
        return d == null ? 0 : d.applied();
    }
}
