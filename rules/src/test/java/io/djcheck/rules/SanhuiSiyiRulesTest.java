package io.djcheck.rules;

import io.djcheck.Checker;
import io.djcheck.model.Status;
import io.djcheck.pack.RulePack;
import io.djcheck.result.CheckResult;
import io.djcheck.result.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ZZ-06 (三会一课 held as often as the 支部工作条例 asks) and ZL-04 (四议两公开 carried through) on
 * made-up sentences: each status in several wordings, and the traps — a 党员大会 shared with the
 * 村民, a 党课 by a county leader, the frequencies of other meetings, instructions to others, an
 * affirmation taken back in the same sentence. {@code \n} in a text is a line break.
 */
class SanhuiSiyiRulesTest {

    private static Checker checker;

    @BeforeAll
    static void build() {
        // one sentence at a time: fragments, not whole reports (issue 14 refuses a text with too few Party-building words)
        checker = Checker.builder().rulePack(RulePack.fromClasspath(Checker.DEFAULT_PACK)).acceptAnyText(true).build();
    }

    private static Finding finding(String rule, String text) {
        CheckResult r = checker.check(text.replace("\\n", "\n"), "sentence.txt");
        return r.finding(rule).orElseThrow();
    }

    @ParameterizedTest(name = "ZZ-06 {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            PASS          | 各支部支委会坚持每月一次。
            PASS          | 各党支部坚持每月召开支委会。
            PASS          | 全年召开支部委员会12次。
            PASS          | 一年来共召开支委会12次、党员大会4次。
            PASS          | 书记每季度至少讲一次党课。
            PASS          | 支部党员大会每季度召开1次。
            PASS          | 党小组会每月召开一次。
            PASS          | 全年各支部共召开支委会156次，党员大会52次，党小组会312次。
            PASS          | 本人全年为党员讲党课5次。
            PASS          | 坚持每月召开党小组会议，开展集中学习。
            PASS          | 县委书记到我村讲党课1次，村党支部书记每季度讲党课1次。
            PASS          | 每月召开党委会专题研究党建工作，各支部支委会每月召开1次。
            PASS          | 一、主要工作\\n严格落实“三会一课”制度，支委会每月召开1次，党员大会每季度召开1次。
            FAIL          | 一年来共召开党员大会3次、支部委员会8次。
            FAIL          | 全年仅召开支委会6次。
            FAIL          | 党课全年只讲了2次。
            FAIL          | 党小组会没有做到每月召开。
            FAIL          | 党小组会未能按月召开。
            FAIL          | 坚持落实“三会一课”制度，但仍有个别支部未按时召开。
            FAIL          | 部分支部“三会一课”不经常、不规范。
            FAIL          | 个别支部存在以会代课现象。
            FAIL          | “三会一课”流于形式。
            FAIL          | 党课每半年讲一次。
            FAIL          | 支部党员大会每半年召开一次。
            FAIL          | 二、存在问题\\n个别支部支委会不按时召开。
            FAIL          | 党员大会全年召开2次，党小组会每两个月召开一次。
            FAIL          | 支委会每月召开1次，党员大会全年只召开了2次。
            FAIL          | 认真落实“三会一课”制度，但个别党小组会议未能按期召开。
            NOT_EVIDENCED | 认真落实“三会一课”制度。
            NOT_EVIDENCED | 督促各支部严格落实“三会一课”制度。
            NOT_EVIDENCED | 要求各支部每月召开支委会。
            NOT_EVIDENCED | 三、下一步打算\\n下一步，我们将严格落实“三会一课”制度，每月召开支委会。
            NOT_EVIDENCED | 指导各村党支部规范开展“三会一课”。
            NOT_EVIDENCED | 县委书记到我镇讲党课1次。
            NOT_EVIDENCED | 召开村民代表大会和党员大会共6次。
            NOT_EVIDENCED | 每月召开党委会专题研究党建工作。
            NOT_EVIDENCED | 每季度召开一次村两委联席会议。
            NOT_EVIDENCED | 主题党日每月开展一次。
            NOT_EVIDENCED | 印发《关于规范“三会一课”的通知》。
            NOT_EVIDENCED | 防止“三会一课”流于形式。
            NOT_EVIDENCED | 经党员大会审议通过村级重大事项12件。
            NOT_EVIDENCED | 力争各支部支委会每月召开1次。
            """)
    void zz06(Status expected, String text) {
        assertThat(finding("ZZ-06", text).status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "ZL-04 {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            PASS          | 村级重大事项46件全部按照“四议两公开”程序决策。
            PASS          | 全年46项村级重大事项均按“四议两公开”程序决策。
            PASS          | 全镇村级重大事项“四议两公开”执行率达100%。
            PASS          | 28件事项全部按照“4+2工作法”决策。
            PASS          | 坚持党组织提议、“两委”会议商议、党员大会审议、村民代表会议决议，决议公开、实施结果公开。
            PASS          | 重大事项32件一律经过“四议两公开”程序。
            PASS          | 村级重大事项按“四议两公开”决策的比例达到100%。
            PASS          | 全年15件重大事项无一例外实行“四议一审两公开”。
            PASS          | 严格执行提议、商议、审议、决议程序，决议结果公开、实施结果公开。
            PASS          | 杜绝先干后议，重大事项20件全部按“四议两公开”决策。
            PASS          | 村级重大事项46件全部按照“四议两公开”程序决策，决议和实施结果全部公开。
            FAIL          | 全面推行“四议两公开”，但个别村存在先实施后补程序的情况。
            FAIL          | 个别村存在先干后议现象。
            FAIL          | “四议两公开”程序倒置。
            FAIL          | 部分村“四议两公开”走过场。
            FAIL          | 决议公开不及时。
            FAIL          | 实施结果公开不全面。
            FAIL          | 村级重大事项46件全部按照“四议两公开”决策，但个别事项实施结果未公开。
            FAIL          | 二、存在问题\\n“四议两公开”执行不规范。
            FAIL          | 个别村重大事项未经“四议两公开”程序即实施。
            FAIL          | 有3件事项未按“四议两公开”程序决策。
            FAIL          | “四议两公开”执行不够严格，存在补办程序现象。
            FAIL          | 坚持“四议两公开”，不过部分村决议公开不及时。
            FAIL          | 个别村“两委”会议商议流于形式。
            FAIL          | 村级重大事项均按“四议两公开”决策，但程序倒置问题仍然存在。
            FAIL          | 重大事项20件全部按“四议两公开”决策，个别村存在先干后议现象。
            FAIL          | 全镇“四议两公开”执行率为85%。
            FAIL          | 坚持党组织提议、“两委”会议商议、党员大会审议、村民代表会议决议，决议公开、实施结果公开，“四议两公开”执行率92%。
            NOT_EVIDENCED | 全面推行“四议两公开”工作法。
            NOT_EVIDENCED | 村级重大事项全部实行“4+2工作法”决策。
            NOT_EVIDENCED | 三、下一步打算\\n下一步，村级重大事项将按照“四议两公开”进行。
            NOT_EVIDENCED | 督促各村严格落实“四议两公开”制度。
            NOT_EVIDENCED | 要求各村重大事项必须执行“四议两公开”。
            NOT_EVIDENCED | 按照“四议两公开”程序决策村级重大事项32件。
            NOT_EVIDENCED | 全镇15个村全部推行“四议两公开”。
            NOT_EVIDENCED | 指导各村规范运行“四议两公开”。
            NOT_EVIDENCED | 力争“四议两公开”执行率达到100%。
            NOT_EVIDENCED | 坚持党务村务公开，每季度公开一次。
            NOT_EVIDENCED | 决议公开。
            NOT_EVIDENCED | 杜绝先干后议现象。
            """)
    void zl04(Status expected, String text) {
        assertThat(finding("ZL-04", text).status()).isEqualTo(expected);
    }

    @Test
    void evidenceQuotesEverySentenceThatDecided() {
        Finding f = finding("ZZ-06", "一年来共召开党员大会3次。\\n党小组会没有做到每月召开。\\n支委会每月召开1次。");
        assertThat(f.status()).isEqualTo(Status.FAIL);
        assertThat(f.evidence()).extracting(e -> e.quote())
                .contains("一年来共召开党员大会3次", "党小组会没有做到每月召开").doesNotContain("支委会每月召开1次");
    }

    @Test
    void explainShowsTheFrequenciesAgainstTheParameters() {
        CheckResult r = checker.check("全年召开支委会8次，党员大会4次。", "sentence.txt");
        String text = r.explain("ZZ-06").orElseThrow().toText();
        assertThat(text).contains("sanhui.zhiweihui perYear 8 < zhiweihui_min_per_year 12",
                "zhiweihui_min_per_year = 12", "dangyuan_dahui_min_per_year = 4");
    }

    @Test
    void aProfileOrParameterChangesTheFrequencyRequired() {
        Checker lenient = checker.withParams(null, java.util.Map.of("zhiweihui_min_per_year", 6.0));
        assertThat(lenient.check("全年召开支委会8次。", "s.txt").finding("ZZ-06").orElseThrow().status())
                .isEqualTo(Status.PASS);
    }
}
