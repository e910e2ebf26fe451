package io.djcheck.pack;

import io.djcheck.engine.SectionCheck;
import io.djcheck.engine.CheckNode;
import io.djcheck.engine.RuleDefinition;
import io.djcheck.model.Grade;
import io.djcheck.model.Severity;
import io.djcheck.score.ScoringModel;
import io.djcheck.model.SectionKind;
import io.djcheck.testing.Corpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** scoring.yaml is validated on load: every mistake is reported with file, line, column and code. */
public class ScoringReaderTest {

    private static final String CATEGORIES = """
            categories:
              - {name: 述职规范, weight: 60}
              - {name: 组织生活, weight: 40}
            """;
    private static final String DEDUCTIONS = """
            deductions: {INFO: 0, MINOR: 2, MAJOR: 5, CRITICAL: 10, VETO: 10}
            """;

    public static RuleDefinition rule(String id, String category, Severity severity, Double deduction) {
        return new RuleDefinition(id, id, category, severity, "", "", deduction, Map.of(),
                new SectionCheck(java.util.Set.of(SectionKind.PROBLEMS)), "rules/test.yaml", 7, 5);
    }

    static List<PackProblem> problems(String scoringYaml, List<RuleDefinition> rules) {
        Problems p = new Problems();
        ScoringReader.read(RulePack.of("test", Map.of("scoring.yaml", scoringYaml)), rules, p);
        return p.list();
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                // yaml, expected "file:line:column: code", a phrase of the message
                Arguments.of("- just a list\n", "scoring.yaml:1:1: schema", "must be a map"),
                Arguments.of(CATEGORIES + DEDUCTIONS + "gardes: []\n", "scoring.yaml:5:1: unknown-field", "did you mean grades?"),
                Arguments.of(DEDUCTIONS, "scoring.yaml:1:1: schema", "needs 'categories'"),
                Arguments.of("categories: []\n" + DEDUCTIONS, "scoring.yaml:1:13: schema", "needs 'categories'"),
                Arguments.of("categories:\n  - {name: 述职规范}\n  - {name: 组织生活, weight: 100}\n" + DEDUCTIONS,
                        "scoring.yaml:2:5: missing-field", "'weight' is required"),
                Arguments.of("categories:\n  - {name: 述职规范, weight: 60}\n  - {name: 组织生活, weight: 35}\n" + DEDUCTIONS,
                        "scoring.yaml:2:3: weights-sum", "must sum to 100, got 95"),
                Arguments.of("categories:\n  - {name: 述职规范, weight: 110}\n  - {name: 组织生活, weight: -10}\n" + DEDUCTIONS,
                        "scoring.yaml:3:26: schema", "must not be negative, got -10"),
                Arguments.of("categories:\n  - {name: 述职规范, weight: 60}\n  - {name: 述职规范, weight: 40}\n" + DEDUCTIONS,
                        "scoring.yaml:3:12: duplicate", "'述职规范' is defined twice"),
                Arguments.of("categories:\n  - {name: 述职规范, weight: '60'}\n  - {name: 组织生活, weight: 40}\n" + DEDUCTIONS,
                        "scoring.yaml:2:26: schema", "must be a number"),
                Arguments.of(CATEGORIES, "scoring.yaml:1:1: missing-field", "needs 'deductions'"),
                Arguments.of(CATEGORIES + "deductions: {INFO: 0, MINOR: 2, MAJOR: 5, CRITICAL: 10}\n",
                        "scoring.yaml:4:13: missing-field", "no value for severity VETO"),
                Arguments.of(CATEGORIES + "deductions: {INFO: 0, MINOR: 2, MAJOR: 5, CRITICAL: 10, VETO: 10, HUGE: 20}\n",
                        "scoring.yaml:4:67: unknown-severity", "'HUGE' is not a severity"),
                Arguments.of(CATEGORIES + "deductions: {INFO: 0, MINOR: -2, MAJOR: 5, CRITICAL: 10, VETO: 10}\n",
                        "scoring.yaml:4:30: schema", "deduction of MINOR must not be negative"),
                Arguments.of(CATEGORIES + DEDUCTIONS + "notEvidencedFraction: 1.5\n",
                        "scoring.yaml:5:23: schema", "between 0 and 1, got 1.5"),
                Arguments.of(CATEGORIES + DEDUCTIONS + "vetoGrade: TERRIBLE\n",
                        "scoring.yaml:5:12: unknown-grade", "'TERRIBLE' is not a grade"),
                Arguments.of(CATEGORIES + DEDUCTIONS + "grades: {EXCELLENT: 90}\n",
                        "scoring.yaml:5:9: schema", "'grades' must be a list"),
                Arguments.of(CATEGORIES + DEDUCTIONS + "grades:\n  - {grade: EXCELLENT, min: 90}\n  - {grade: POOR, min: 10}\n",
                        "scoring.yaml:6:3: schema", "lowest grade band must start at min: 0"),
                Arguments.of(CATEGORIES + DEDUCTIONS + "grades:\n  - {grade: SUPERB, min: 90}\n  - {grade: POOR, min: 0}\n",
                        "scoring.yaml:6:13: unknown-grade", "'SUPERB' is not a grade"),
                Arguments.of(CATEGORIES + DEDUCTIONS + "grades:\n  - {grade: GOOD, min: 80}\n  - {grade: GOOD, min: 70}\n"
                                + "  - {grade: POOR, min: 0}\n",
                        "scoring.yaml:7:13: duplicate", "GOOD has two bands"),
                Arguments.of(CATEGORIES + DEDUCTIONS + "grades:\n  - {grade: EXCELLENT, min: 190}\n  - {grade: POOR, min: 0}\n",
                        "scoring.yaml:6:29: schema", "between 0 and 100, got 190"),
                Arguments.of(CATEGORIES + DEDUCTIONS + "grades:\n  - {grade: EXCELLENT, min: 80}\n  - {grade: GOOD, min: 90}\n"
                                + "  - {grade: POOR, min: 0}\n",
                        "scoring.yaml:7:24: band-order", "GOOD starts at 90 but EXCELLENT starts at 80"),
                Arguments.of(CATEGORIES + DEDUCTIONS + "grades:\n  - {grade: EXCELLENT, min: 90, colour: gold}\n"
                                + "  - {grade: POOR, min: 0}\n",
                        "scoring.yaml:6:33: unknown-field", "'colour' is not a field of a grade"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("mistakes")
    void everyMistakeIsReportedWithItsPlace(String yaml, String where, String phrase) {
        List<PackProblem> problems = problems(yaml, List.of());
        assertThat(problems).as(yaml).anySatisfy(p -> assertThat(p.toString()).startsWith(where).contains(phrase));
    }

    @Test
    void aRuleInACategoryScoringDoesNotDefineIsReportedAtTheRule() {
        List<PackProblem> problems = problems(CATEGORIES + DEDUCTIONS,
                List.of(rule("XX-01", "集体经济", Severity.MINOR, null)));
        assertThat(problems).singleElement().hasToString("rules/test.yaml:7:5: unknown-category: rule XX-01 is in "
                + "category '集体经济', which scoring.yaml does not define; categories: 述职规范, 组织生活");
    }

    @Test
    void theDefaultPackScoringIsValidAndHasTheDesignedBands() {
        Problems p = new Problems();
        ScoringModel m = ScoringReader.read(Corpus.defaultPack(), List.of(), p);
        assertThat(p.list()).isEmpty();
        assertThat(m.categories()).extracting(ScoringModel.Category::weight).containsExactly(18.0, 22.0, 15.0, 13.0,
                12.0, 10.0, 10.0);
        assertThat(m.bands()).extracting(b -> b.grade() + " " + b.label() + " " + b.min())
                .containsExactly("EXCELLENT 好 90.0", "GOOD 较好 80.0", "FAIR 一般 60.0", "POOR 差 0.0");
        assertThat(m.notEvidencedFraction()).isEqualTo(0.5);
        assertThat(m.vetoGrade()).isEqualTo(Grade.POOR);
    }

    @Test
    void gradesMayBeLeftOutForTheDefaultBandsAndRulesMaySetTheirOwnDeduction() {
        Problems p = new Problems();
        ScoringModel m = ScoringReader.read(RulePack.of("t", Map.of("scoring.yaml", CATEGORIES + DEDUCTIONS)),
                List.of(), p);
        assertThat(p.list()).isEmpty();
        assertThat(m.band(89.9).label()).isEqualTo("较好");
        assertThat(m.band(90).grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(m.band(59.9).grade()).isEqualTo(Grade.POOR);
        assertThat(m.deduction(rule("A", "述职规范", Severity.MAJOR, null))).isEqualTo(5);
        assertThat(m.deduction(rule("A", "述职规范", Severity.MAJOR, 7.5))).isEqualTo(7.5);
    }
}
