package io.djcheck.score;

import java.util.List;
import java.util.Map;

/**
 * A report's score: the total out of 100, the grade, each category's points and what each rule
 * deducted. {@code vetoed} says a failed VETO rule capped the grade.
 */
public record ScoreCard(double total, Grade grade, String gradeLabel, boolean vetoed,
                        List<CategoryScore> categories, Map<String, Double> deductions) {

    /** Points of one category: it starts at {@code weight} and never goes below 0. */
    public record CategoryScore(String name, double weight, double score, double deduction) {
    }

    public ScoreCard {
        categories = List.copyOf(categories);
        deductions = Map.copyOf(deductions);
    }

    /** What {@code ruleId} deducted (0 for a pass). */
    public double deductionOf(String ruleId) {
        return deductions.getOrDefault(ruleId, 0.0);
    }
}
