package io.djcheck.score;

import io.djcheck.model.Internal;
import io.djcheck.engine.RuleOutcome;
import io.djcheck.model.Severity;
import io.djcheck.model.Status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores rule outcomes with a {@link ScoringModel}: FAIL and ERROR deduct the rule's full
 * deduction, NOT_EVIDENCED the model's fraction of it, PASS nothing; categories floor at 0; the
 * total is the sum of the categories; a failed VETO rule caps the grade at the model's veto grade.
 *
 * <pre>{@code
 * ScoreCard card = new Scorer(model).score(pack.evaluate(report, params));
 * }</pre>
 */
@Internal
public final class Scorer {

    private final ScoringModel model;

    public Scorer(ScoringModel model) {
        this.model = model;
    }

    public ScoringModel model() {
        return model;
    }

    public ScoreCard score(List<RuleOutcome> outcomes) {
        List<ScoreCard.RuleDeduction> rules = new ArrayList<>(outcomes.size());
        Map<String, Double> byCategory = new HashMap<>();
        List<String> vetoedBy = new ArrayList<>();
        for (RuleOutcome o : outcomes) {
            double full = model.deduction(o.rule());
            double d = switch (o.status()) {
                case FAIL, ERROR -> full;
                case NOT_EVIDENCED -> full * model.notEvidencedFraction();
                case PASS -> 0;
            };
            rules.add(new ScoreCard.RuleDeduction(o.rule().id(), o.rule().category(), o.status(), round(full), round(d)));
            byCategory.merge(o.rule().category(), d, Double::sum);
            if (o.rule().severity() == Severity.VETO && o.status() == Status.FAIL) {
                vetoedBy.add(o.rule().id());
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
        if (!vetoedBy.isEmpty() && band.grade().ordinal() < model.vetoGrade().ordinal()) {
            band = model.band(model.vetoGrade());
        }
        return new ScoreCard(total, band.grade(), band.label(), vetoedBy, categories, rules, model);
    }

    /** One decimal: deductions come in halves and fractions of points. */
    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
