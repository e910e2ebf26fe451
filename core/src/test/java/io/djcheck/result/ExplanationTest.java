package io.djcheck.result;

import io.djcheck.Checker;
import io.djcheck.engine.MessageTemplate;
import io.djcheck.model.Status;
import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** explain on the seeds: the status, the values compared, the facts with their quotes, the parameters. */
class ExplanationTest {

    private static Checker checker;

    @BeforeAll
    static void build() {
        checker = Checker.builder().rulePack(Corpus.defaultPack()).build();
    }

    private static Explanation explain(String seed, String ruleId) {
        return checker.check(Corpus.seed(seed)).explain(ruleId).orElseThrow();
    }

    @ParameterizedTest(name = "ZR-01 on {0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "000|PASS|committee.dj_sessions perYear 4 >= committee_dj_sessions_min 4 → PASS|每季度召开一次专题会议汇报研究党建工作",
            "001|PASS|committee.dj_sessions perYear 12 >= committee_dj_sessions_min 4 → PASS|年内召开党建工作专题会议12场次",
            "002|NOT_EVIDENCED|no committee.dj_sessions stated (needs >= committee_dj_sessions_min 4) → NOT_EVIDENCED|",
            "003|NOT_EVIDENCED|no committee.dj_sessions stated (needs >= committee_dj_sessions_min 4) → NOT_EVIDENCED|",
            "004|PASS|committee.dj_sessions perYear 12 >= committee_dj_sessions_min 4 → PASS|每月党委会至少专题研究1次党建工作"})
    void zr01SaysWhichFigureWasComparedWithWhichThreshold(String seed, Status status, String why, String quote) {
        Explanation e = explain(seed, "ZR-01");
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.check()).isEqualTo("[1]");
        assertThat(e.steps()).singleElement().satisfies(step -> {
            assertThat(step.checks()).isEqualTo(
                    "quantity committee.dj_sessions perYear >= committee_dj_sessions_min (AFFIRMED, PROBLEM)");
            assertThat(step.why()).isEqualTo(why);
            if (quote == null) {
                assertThat(step.facts()).isEmpty();
            } else {
                assertThat(step.facts()).singleElement().satisfies(f -> {
                    assertThat(f.evidence().quote()).isEqualTo(quote);
                    assertThat(f.description()).startsWith("committee.dj_sessions = ").endsWith("AFFIRMED");
                });
            }
        });
        assertThat(e.params()).containsExactly(java.util.Map.entry("committee_dj_sessions_min", 4.0));
        assertThat(e.definedAt()).isEqualTo("rules/zeren.yaml:" + lineOf("rules/zeren.yaml", "- id: ZR-01") + ":5");
        assertThat(e.fullDeduction()).isEqualTo(5);
        assertThat(e.deduction()).isEqualTo(status == Status.PASS ? 0 : 2.5);
    }

    @Test
    void aRaisedThresholdFailsZr01AndTheExplanationShowsTheMissedComparison() {
        Checker strict = Checker.builder().rulePack(Corpus.defaultPack()).param("committee_dj_sessions_min", 6).build();
        Explanation e = strict.check(Corpus.seed("000")).explain("ZR-01").orElseThrow();
        assertThat(e.status()).isEqualTo(Status.FAIL);
        assertThat(e.steps().get(0).why()).isEqualTo("committee.dj_sessions perYear 4 < committee_dj_sessions_min 6 → FAIL");
        assertThat(e.params()).containsEntry("committee_dj_sessions_min", 6.0);
        assertThat(e.toText()).contains("ZR-01 党委会专题研究党建工作: FAIL", "deducted 5 ", "suggestion: ",
                "committee_dj_sessions_min = 6", "「每季度召开一次专题会议汇报研究党建工作」");
    }

    @Test
    void jj01OnSeed001CountsTheVillagesBelowFromTheTotal() {
        Explanation e = explain("001", "JJ-01");
        assertThat(e.status()).isEqualTo(Status.FAIL);
        assertThat(e.definedAt()).startsWith("rules/jiti.drl:");
        Explanation.Step step = e.steps().get(0);
        assertThat(step.checks()).isEqualTo("DRL rules in rules/jiti.drl");
        assertThat(step.why()).isEqualTo("below 7, min 100000, total 15 → FAIL");
        assertThat(step.facts()).extracting(f -> f.evidence().quote())
                .containsExactly("虽然全镇集体经济年收入10万元以上村已经达到8个", "确保15个村集体经济收入全部达到10万元以上");
        assertThat(step.facts().get(0).description()).startsWith("villages.income_at_or_above = 8 个, thresholdYuan 100000");
        assertThat(step.facts().get(1).description()).startsWith("villages.total = 15 个");
        assertThat(e.params()).containsExactly(java.util.Map.entry("collective_income_min_yuan", 100000.0));
        assertThat(e.toText()).contains("JJ-01 村集体经济收入全部达到强村标准: FAIL", "why: below 7, min 100000, total 15 → FAIL",
                "collective_income_min_yuan = 100000");
    }

    @Test
    void jj01OnSeed004BoundsTheVillagesBelowByTwoIncomeLevels() {
        Explanation.Step step = explain("004", "JJ-01").steps().get(0);
        assertThat(step.status()).isEqualTo(Status.FAIL);
        assertThat(step.why()).isEqualTo("below 5, min 100000 → FAIL");
        assertThat(step.facts()).extracting(f -> f.evidence().quote())
                .containsExactly("7个村集体经济集体经济收益均超过5万元", "其中2个村集体经济年收入达10万元以上");
    }

    @ParameterizedTest(name = "JJ-01 on {0} is not evidenced")
    @CsvSource({"000", "002", "003"})
    void jj01WithoutVillageCountsSaysNothingMatched(String seed) {
        Explanation e = explain(seed, "JJ-01");
        assertThat(e.status()).isEqualTo(Status.NOT_EVIDENCED);
        assertThat(e.steps().get(0).why()).isEqualTo("no DRL rule of JJ-01 matched the report's facts → NOT_EVIDENCED");
        assertThat(e.deduction()).isEqualTo(2.5);
        assertThat(e.toText()).contains("deducted 2.5 of 5 (NOT_EVIDENCED costs 0.5 of a FAIL)");
        // nothing fired, so no value names a parameter: the ones its DRL matches are shown all the same
        assertThat(e.params()).containsEntry("collective_income_min_yuan", 100000.0);
    }

    @Test
    void aFindingWithoutEvidenceNeverShowsAnEmptyQuote() {
        CheckResult r = checker.check("二、存在问题\n一是党员学习不够深入，党组织生活不够规范。", "t.txt");
        assertThat(r.findings()).extracting(Finding::message).noneMatch(m -> m.contains("“”"));
        assertThat(MessageTemplate.render("报告指出问题：“{quote}”", java.util.Map.of())).isEqualTo("报告指出问题");
        assertThat(MessageTemplate.render("报告指出问题：“{quote}”", java.util.Map.of("quote", "原文")))
                .isEqualTo("报告指出问题：“原文”");
    }

    @Test
    void aCompoundCheckNamesEachPartAndItsFacts() {
        Explanation e = explain("002", "ZZ-03");
        assertThat(e.check()).isEqualTo("all([1], [2])");
        assertThat(e.steps()).extracting(Explanation.Step::checks).allMatch(c -> c.startsWith("mention practice."));
        assertThat(e.steps()).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(Status.PASS);
            assertThat(s.why()).contains("mentioned as AFFIRMED").endsWith("→ PASS");
            assertThat(s.facts()).isNotEmpty();
        });
    }

    @Test
    void anUnknownRuleHasNoExplanation() {
        assertThat(checker.check(Corpus.seed("000")).explain("XX-99")).isEmpty();
    }

    /** The 1-based line of the default pack file where {@code text} first appears. */
    private static int lineOf(String file, String text) {
        java.util.List<String> lines = io.djcheck.testing.Corpus.read(io.djcheck.testing.Corpus.defaultPackDir().resolve(file))
                .lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
