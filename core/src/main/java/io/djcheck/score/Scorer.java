package io.djcheck.score;

import io.djcheck.rules.RuleOutcome;
import io.djcheck.rules.Severity;
import io.djcheck.rules.Status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores rule outcomes with a {@link ScoringModel}: FAIL and ERROR deduct the rule's full
 * deduction, NOT_EVIDENCED the model's fraction of it, PASS nothing; categories floor at 0; the
 * total is the sum of the categories; a failed VETO rule caps the grade.
 */
public final class Scorer {

    private final ScoringModel model;

    public Scorer(ScoringModel model) {
        this.model = model;
    }

    public ScoringModel model() {
        return model;
    }

    public ScoreCard score(List<RuleOutcome> outcomes) {
        Map<String, Double> byRule = new LinkedHashMap<>();
        Map<String, Double> byCategory = new HashMap<>();
        boolean vetoed = false;
        for (RuleOutcome o : outcomes) {
            double full = model.deduction(o.rule());
            double d = switch (o.status()) {
                case FAIL, ERROR -> full;
                case NOT_EVIDENCED -> full * model.notEvidencedFraction();
                case PASS -> 0;
            };
            byRule.put(o.rule().id(), round(d));
            byCategory.merge(o.rule().category(), d, Double::sum);
            if (o.rule().severity() == Severity.VETO && o.status() == Status.FAIL) {
                vetoed = true;
            }
        }
        List<ScoreCard.CategoryScore> categories = new ArrayList<>();
        double total = 0;
        for (ScoringModel.Category c : model.categories()) {
            double deducted = byCategory.getOrDefault(c.name(), 0.0);
            double score = Math.max(0, c.weight() - deducted);
            categories.add(new ScoreCard.CategoryScore(c.name(), c.weight(), round(score), round(deducted)));
            total += score;
        }
        total = round(total);
        ScoringModel.Band band = model.band(total);
        if (vetoed && band.grade().ordinal() < model.vetoGrade().ordinal()) {
            band = model.band(model.vetoGrade());
        }
        return new ScoreCard(total, band.grade(), band.label(), vetoed, categories, byRule);
    }

    /** One decimal: deductions come in halves and fractions of points. */
    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
