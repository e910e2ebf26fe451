package io.djcheck.score;

import io.djcheck.model.Grade;
import io.djcheck.engine.RuleDefinition;
import io.djcheck.engine.RuleOutcome;
import io.djcheck.model.Severity;
import io.djcheck.model.Status;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.djcheck.pack.ScoringReaderTest.rule;
import static org.assertj.core.api.Assertions.assertThat;

/** How statuses become points: full, fractional and rule-level deductions, floors at 0, VETO. */
class ScorerTest {


    private final Scorer scorer = new Scorer(model());

    /** Categories 述职规范 60 and 组织生活 40, MAJOR costs 5, NOT_EVIDENCED 0.4 of it, VETO caps at FAIR. */
    private static ScoringModel model() {
        return new ScoringModel(
                List.of(new ScoringModel.Category("述职规范", 60), new ScoringModel.Category("组织生活", 40)),
                Map.of(Severity.INFO, 0.0, Severity.MINOR, 2.0, Severity.MAJOR, 5.0, Severity.CRITICAL, 10.0,
                        Severity.VETO, 20.0),
                0.4, Grade.FAIR,
                List.of(new ScoringModel.Band(Grade.EXCELLENT, "优秀", 90), new ScoringModel.Band(Grade.GOOD, "良好", 80),
                        new ScoringModel.Band(Grade.FAIR, "一般", 60), new ScoringModel.Band(Grade.POOR, "差", 0)));
    }

    private static RuleOutcome outcome(RuleDefinition rule, Status status) {
        return new RuleOutcome(rule, status, rule.id() + " " + status, List.of(), Map.of(), List.of());
    }

    @Test
    void failDeductsInFullNotEvidencedItsFractionPassNothing() {
        ScoreCard card = scorer.score(List.of(
                outcome(rule("A-1", "述职规范", Severity.MAJOR, null), Status.FAIL),
                outcome(rule("A-2", "述职规范", Severity.MAJOR, null), Status.NOT_EVIDENCED),
                outcome(rule("A-3", "述职规范", Severity.MAJOR, null), Status.PASS),
                outcome(rule("B-1", "组织生活", Severity.MINOR, null), Status.ERROR)));
        assertThat(card.rule("A-1")).isEqualTo(new ScoreCard.RuleDeduction("A-1", "述职规范", Status.FAIL, 5, 5));
        assertThat(card.rule("A-2")).isEqualTo(new ScoreCard.RuleDeduction("A-2", "述职规范", Status.NOT_EVIDENCED, 5, 2));
        assertThat(card.deductionOf("A-3")).isZero();
        assertThat(card.deductionOf("B-1")).isEqualTo(2);
        assertThat(card.categories()).extracting(c -> c.name() + " " + c.score() + " -" + c.deduction())
                .containsExactly("述职规范 53.0 -7.0", "组织生活 38.0 -2.0");
        assertThat(card.total()).isEqualTo(91);
        assertThat(card.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(card.gradeLabel()).isEqualTo("优秀");
        assertThat(card.vetoed()).isFalse();
    }

    @Test
    void aRuleLevelDeductionOverridesItsSeverity() {
        ScoreCard card = scorer.score(List.of(outcome(rule("A-1", "述职规范", Severity.MINOR, 12.5), Status.FAIL),
                outcome(rule("A-2", "述职规范", Severity.MINOR, 12.5), Status.NOT_EVIDENCED)));
        assertThat(card.rule("A-1").full()).isEqualTo(12.5);
        assertThat(card.deductionOf("A-1")).isEqualTo(12.5);
        assertThat(card.deductionOf("A-2")).isEqualTo(5);
        assertThat(card.total()).isEqualTo(82.5);
    }

    @Test
    void aCategoryNeverGoesBelowZeroAndTheRestIsUntouched() {
        List<RuleOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            outcomes.add(outcome(rule("B-" + i, "组织生活", Severity.MAJOR, null), Status.FAIL));
        }
        ScoreCard card = scorer.score(outcomes);
        ScoreCard.CategoryScore org = card.categories().get(1);
        assertThat(org.score()).isZero();
        assertThat(org.deduction()).isEqualTo(50);
        assertThat(org.floored()).isTrue();
        assertThat(card.categories().get(0).floored()).isFalse();
        assertThat(card.total()).isEqualTo(60);
        assertThat(card.grade()).isEqualTo(Grade.FAIR);
    }

    @Test
    void aFailedVetoRuleCapsTheGradeButNotTheScore() {
        RuleDefinition veto = rule("V-1", "组织生活", Severity.VETO, 0.0);
        ScoreCard card = scorer.score(List.of(outcome(veto, Status.FAIL)));
        assertThat(card.total()).isEqualTo(100);
        assertThat(card.vetoedBy()).containsExactly("V-1");
        assertThat(card.vetoed()).isTrue();
        assertThat(card.grade()).isEqualTo(Grade.FAIR);
        assertThat(card.gradeLabel()).isEqualTo("一般");
    }

    @Test
    void aVetoNeverRaisesAGradeAndOnlyAFailVetoes() {
        RuleDefinition veto = rule("V-1", "组织生活", Severity.VETO, null);
        List<RuleOutcome> poor = new ArrayList<>(List.of(outcome(veto, Status.FAIL)));
        for (int i = 0; i < 5; i++) {
            poor.add(outcome(rule("A-" + i, "述职规范", Severity.CRITICAL, null), Status.FAIL));
        }
        ScoreCard card = scorer.score(poor);
        assertThat(card.total()).isEqualTo(30);
        assertThat(card.grade()).isEqualTo(Grade.POOR);
        assertThat(card.vetoed()).isTrue();

        for (Status s : List.of(Status.PASS, Status.NOT_EVIDENCED, Status.ERROR)) {
            assertThat(scorer.score(List.of(outcome(veto, s))).vetoed()).as(s.name()).isFalse();
        }
        assertThat(scorer.score(List.of(outcome(veto, Status.NOT_EVIDENCED))).deductionOf("V-1")).isEqualTo(8);
    }
}
