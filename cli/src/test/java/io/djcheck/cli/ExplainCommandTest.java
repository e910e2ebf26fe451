package io.djcheck.cli;

import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code djcheck explain FILE --rule ID} on the seeds, for a YAML rule (ZR-01) and a DRL rule (JJ-01). */
class ExplainCommandTest {

    @ParameterizedTest(name = "ZR-01 on {0}")
    @CsvSource(delimiter = '|', value = {
            "000|ZR-01 党委会专题研究党建工作: PASS|why: committee.dj_sessions perYear 4 >= committee_dj_sessions_min 4 → PASS"
                    + "|committee.dj_sessions = 1 次, perYear 4, EXACT, AFFIRMED  「每季度召开一次专题会议汇报研究党建工作」",
            "001|ZR-01 党委会专题研究党建工作: PASS|why: committee.dj_sessions perYear 12 >= committee_dj_sessions_min 4 → PASS"
                    + "|「年内召开党建工作专题会议12场次」",
            "002|ZR-01 党委会专题研究党建工作: NOT_EVIDENCED"
                    + "|why: no committee.dj_sessions stated (needs >= committee_dj_sessions_min 4) → NOT_EVIDENCED"
                    + "|deducted 2.5 of 5 (NOT_EVIDENCED costs 0.5 of a FAIL)",
            "003|ZR-01 党委会专题研究党建工作: NOT_EVIDENCED"
                    + "|why: no committee.dj_sessions stated (needs >= committee_dj_sessions_min 4) → NOT_EVIDENCED"
                    + "|suggestion: 党委会定期专题研究党建工作",
            "004|ZR-01 党委会专题研究党建工作: PASS|why: committee.dj_sessions perYear 12 >= committee_dj_sessions_min 4 → PASS"
                    + "|committee.dj_sessions = 1 次, perYear 12, AT_LEAST, AFFIRMED  「每月党委会至少专题研究1次党建工作」"})
    void zr01(String seed, String head, String why, String detail) {
        Cli.Run run = Cli.run("explain", Corpus.seed(seed).toString(), "--rule", "ZR-01");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains(head, "check: [1]",
                "[1] quantity committee.dj_sessions perYear >= committee_dj_sessions_min (AFFIRMED, PROBLEM)", why, detail,
                "parameters:\n  committee_dj_sessions_min = 4\n", "defined at rules/zeren.yaml:");
    }

    @ParameterizedTest(name = "JJ-01 on {0}")
    @CsvSource(delimiter = '|', value = {
            "000|JJ-01 村集体经济收入全部达到强村标准: NOT_EVIDENCED|why: no DRL rule of JJ-01 matched the report's facts → NOT_EVIDENCED",
            "001|JJ-01 村集体经济收入全部达到强村标准: FAIL|why: below 7, min 100000, total 15 → FAIL",
            "002|JJ-01 村集体经济收入全部达到强村标准: NOT_EVIDENCED|why: no DRL rule of JJ-01 matched the report's facts → NOT_EVIDENCED",
            "003|JJ-01 村集体经济收入全部达到强村标准: NOT_EVIDENCED|why: no DRL rule of JJ-01 matched the report's facts → NOT_EVIDENCED",
            "004|JJ-01 村集体经济收入全部达到强村标准: FAIL|why: below 5, min 100000 → FAIL"})
    void jj01(String seed, String head, String why) {
        Cli.Run run = Cli.run("explain", Corpus.seed(seed).toString(), "--rule", "JJ-01");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(head, "[1] DRL rules in rules/jiti.drl", why,
                "parameters:\n  collective_income_min_yuan = 100000\n");
    }

    @Test
    void jj01OnSeed001QuotesBothFactsItCountedFrom() {
        String out = Cli.run("explain", Corpus.seed("001").toString(), "--rule", "jj-01").out();
        assertThat(out).contains("facts looked at:",
                "villages.income_at_or_above = 8 个, thresholdYuan 100000, EXACT, PROBLEM  「虽然全镇集体经济年收入10万元以上村已经达到8个」",
                "villages.total = 15 个", "「确保15个村集体经济收入全部达到10万元以上」", "deducted 5 ",
                "message: 至少有7个村集体经济收入低于100000元");
    }

    @Test
    void parametersOnTheCommandLineChangeTheVerdictAndTheExplanation() {
        Cli.Run run = Cli.run("explain", "--param", "committee_dj_sessions_min=6", Corpus.seed("000").toString(),
                "--rule", "ZR-01");
        assertThat(run.out()).contains("ZR-01 党委会专题研究党建工作: FAIL",
                "why: committee.dj_sessions perYear 4 < committee_dj_sessions_min 6 → FAIL", "committee_dj_sessions_min = 6");
    }

    @Test
    void inChineseTheExplanationIsLabelledInChineseAndSaysTheSameThings() {
        Cli.Run zh = Cli.runWithEnv(java.util.Map.of(), "", "explain", "--param", "committee_dj_sessions_min=6",
                Corpus.seed("000").toString(), "--rule", "ZR-01");
        assertThat(zh.exitCode()).as(zh.err()).isZero();
        assertThat(zh.out()).contains("ZR-01 党委会专题研究党建工作：不合格", "类别 责任落实 · 严重程度 严重 · 扣 5 分",
                "理由：committee.dj_sessions perYear 4 < committee_dj_sessions_min 6 → FAIL", "看过的事实：", "参数：",
                "committee_dj_sessions_min = 6", "依据：", "整改建议：")
                .doesNotContain("why:", "facts looked at", "parameters:", "suggestion:");
    }

    @Test
    void anUnknownRuleIsAUsageErrorListingTheRules() {
        Cli.Run run = Cli.run("explain", Corpus.seed("000").toString(), "--rule", "ZR-09");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .contains("--rule ZR-09: the pack djcheck-default has no such rule; its rules are DY-01", "ZR-01 ZR-02");
        assertThat(Cli.run("explain", Corpus.seed("000").toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void everyCommandHasHelpAsItsUsageErrorsSay() {
        for (String command : new String[] {"check", "extract", "explain", "compare"}) {
            Cli.Run run = Cli.run(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).startsWith("Usage: djcheck " + command).contains("Examples:", "Exit codes:");
        }
    }
}
