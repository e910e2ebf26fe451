package io.djcheck.extract;

import io.djcheck.model.FactContext;
import io.djcheck.model.Qualifier;
import io.djcheck.model.Quantity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers bound to the concept they count, in the same clause, before or after the cue; frequencies
 * turned into yearly figures; village collective-income counts with their level. Rows marked
 * "gold 00N" are the traps the gold notes of that seed name.
 */
class QuantityBindingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # the number after its cue, before it, or between the cue's terms
            新发展党员12人                                  | members.new             | 12   | AFFIRMED
            全年发展10名党员                                | members.new             | 10   | AFFIRMED
            发展党员13名                                    | members.new             | 13   | AFFIRMED
            吸收新党员5名                                   | members.new             | 5    | AFFIRMED
            入党积极分子34人                                | members.activists       | 34   | AFFIRMED
            先后5次召开党委会专题研究党建工作                | committee.dj_sessions   | 5    | AFFIRMED
            召开党建工作专题会议12场次                       | committee.dj_sessions   | 12   | AFFIRMED
            县委常委会专题研究党建工作10次                   | committee.dj_sessions   | 10   | AFFIRMED
            党委会听取党建工作汇报6次                        | committee.dj_sessions   | 6    | AFFIRMED
            为基层党员上党课10场次                           | dangke.sessions         | 10   | AFFIRMED
            讲专题党课4堂                                   | dangke.sessions         | 4    | AFFIRMED
            全年累计开展党员、入党积极分子培训班8场次          | training.sessions       | 8    | AFFIRMED
            开展专题培训5次                                 | training.sessions       | 5    | AFFIRMED
            举办党员培训班6期                               | training.sessions       | 6    | AFFIRMED
            培训农村实用技术人才50余人次                     | training.persons        | 50   | AFFIRMED
            全镇2名党员受到党纪处分                          | members.disciplined     | 2    | AFFIRMED
            给予党纪政务处分23人                             | members.disciplined     | 23   | AFFIRMED
            约谈党组织书记25人次                             | talks.admonition        | 25   | AFFIRMED
            约谈镇村干部10人                                | talks.admonition        | 10   | AFFIRMED
            开展作风督查检查12次                             | inspections.conducted   | 12   | AFFIRMED
            党建调研8次                                     | research.dj             | 8    | AFFIRMED
            全镇共有15个行政村                               | villages.total          | 15   | AFFIRMED
            下辖12个建制村                                   | villages.total          | 12   | AFFIRMED
            整顿软弱涣散村党组织3个                          | organizations.rectified | 3    | AFFIRMED
            转化提升后进党支部2个                            | organizations.rectified | 2    | AFFIRMED
            # masked counts bind as MASKED, never as zero (gold 003)
            到挂点村居上专题党课*次                          | dangke.sessions         | -    | AFFIRMED
            全年给予党纪立案*人                              | members.disciplined     | -    | AFFIRMED
            新发展党员X名                                   | members.new             | -    | AFFIRMED
            # context from the clause
            计划发展党员3名                                 | members.new             | 3    | PLANNED
            力争新发展党员10名以上                           | members.new             | 10   | PLANNED
            确保15个村集体经济收入全部达到10万元以上           | villages.total          | 15   | PLANNED
            """)
    void bindsTheNumberToItsConcept(String text, String concept, Double value, FactContext context) {
        Quantity q = Extraction.onlyConceptQuantity(text);
        assertThat(q.concept()).isEqualTo(concept);
        assertThat(q.value()).isEqualTo(value);
        assertThat(q.context()).isEqualTo(context);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # gold 000: numbers that belong to no v1 concept
            先后创建先锋村6个、先锋班子6个，创建党员先锋岗278个
            为联系户帮扶资金1.2万余元
            全年累计办结为民事项2190件，办结率达到99%
            # gold 001: 观摩 and 推进会 are not the committee studying Party building; an investment is not a village count
            举办党建观摩推进会3次
            投资20万元实施2个村光伏发电项目
            # gold 003: checking members admitted in violation is not admitting members
            第二批农村发展党员违规违纪问题工作共排查**人
            # a purpose clause lends its concept only to a number of the right unit, and only when it holds no number
            新建活动场所3个，专题研究党建工作
            召开党委会3次。专题研究党建工作
            对考核排后三位的，由书记约谈
            支部书记和主任由一人兼任，参加培训
            # 农村 is not 村, 自然村 not 行政村, N个村（社区） counts villages and communities together
            全镇农村党员420名，分布在15个村（社区）
            全村辖自然村8个
            全镇23个村（社区）党组织全部完成换届
            # set phrases and rhetoric
            严格落实三会一课制度，推行四议两公开
            从三个方面着力
            """)
    void bindsNothingToAConcept(String text) {
        assertThat(Extraction.extract(text).quantities()).allMatch(q -> q.concept().equals("other"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # gold 000 and 004
            每季度召开一次专题会议汇报研究党建工作            | 1  | 4   | EXACT
            每月党委会至少专题研究1次党建工作                | 1  | 12  | AT_LEAST
            每季度至少召开1次党建工作专题会议                | 1  | 4   | AT_LEAST
            党委会每半年专题研究党建工作1次                  | 1  | 2   | EXACT
            每年召开党建工作专题会议2次                      | 2  | 2   | EXACT
            每两个月召开党委会专题研究一次党建工作            | 1  | 6   | EXACT
            每个季度召开一次党委会研究党建工作                | 1  | 4   | EXACT
            每双月专题研究党建工作1次                        | 1  | 6   | EXACT
            全年召开党建工作专题会议12场次                   | 12 | -   | EXACT
            """)
    void frequenciesGiveTheYearlyFigure(String text, double value, Double perYear, Qualifier qualifier) {
        Quantity q = Extraction.onlyConceptQuantity(text);
        assertThat(q.concept()).isEqualTo("committee.dj_sessions");
        assertThat(q.value()).isEqualTo(value);
        assertThat(q.perYear()).isEqualTo(perYear);
        assertThat(q.qualifier()).isEqualTo(qualifier);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # gold 001
            全镇8个村集体经济收入达到了15万元以上             | villages.income_at_or_above | 8   | 150000 | AFFIRMED
            全镇集体经济年收入10万元以上村已经达到8个         | villages.income_at_or_above | 8   | 100000 | AFFIRMED
            # gold 004
            7个村集体经济集体经济收益均超过5万元             | villages.income_at_or_above | 7   | 50000  | AFFIRMED
            其中2个村集体经济年收入达10万元以上              | villages.income_at_or_above | 2   | 100000 | AFFIRMED
            # other wordings
            村集体经济收入10万元以上的村达到152个             | villages.income_at_or_above | 152 | 100000 | AFFIRMED
            集体经济收入超过50万元的村有3个                  | villages.income_at_or_above | 3   | 500000 | AFFIRMED
            村级集体经济收入突破20万元的村5个                | villages.income_at_or_above | 5   | 200000 | AFFIRMED
            有12个村集体收入达到10万元                       | villages.income_at_or_above | 12  | 100000 | AFFIRMED
            村集体经济收入10万元以上的行政村12个              | villages.income_at_or_above | 12  | 100000 | AFFIRMED
            仍有34个村集体经济收入低于10万元                 | villages.income_below       | 34  | 100000 | AFFIRMED
            集体经济收入5万元以下的村还有6个                 | villages.income_below       | 6   | 50000  | AFFIRMED
            3个村集体经济收入不足5万元                       | villages.income_below       | 3   | 50000  | PROBLEM
            还有4个村集体经济收入未达到10万元                 | villages.income_below       | 4   | 100000 | PROBLEM
            # a target over all villages is a village total with the level (gold 001)
            确保15个村集体经济收入全部达到10万元以上           | villages.total              | 15  | 100000 | PLANNED
            全镇20个村集体经济收入全部超过10万元              | villages.total              | 20  | 100000 | AFFIRMED
            """)
    void countsVillagesByIncomeLevel(String text, String concept, double value, double threshold, FactContext context) {
        Quantity q = Extraction.onlyConceptQuantity(text);
        assertThat(q.concept()).isEqualTo(concept);
        assertThat(q.value()).isEqualTo(value);
        assertThat(q.thresholdYuan()).isEqualTo(threshold);
        assertThat(q.context()).isEqualTo(context);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a band is no level reached: its villages are below its ceiling
            集体经济收入在5万元至10万元之间的村有3个          | 3  | 100000
            村集体经济收入5万至10万元的村3个                 | 3  | 100000
            收入在0.1-5万元的村共1470个                     | 1470 | 50000
            村级集体经济收入20～30万元的村4个                | 4  | 300000
            """)
    void aBandOfIncomeCountsVillagesBelowItsCeiling(String text, double value, double ceiling) {
        assertThat(Extraction.extract(text).quantities())
                .noneMatch(q -> q.concept().equals("villages.income_at_or_above"));
        Quantity q = Extraction.onlyConceptQuantity(text);
        assertThat(q.concept()).isEqualTo("villages.income_below");
        assertThat(q.value()).isEqualTo(value);
        assertThat(q.thresholdYuan()).isEqualTo(ceiling);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a clause of nothing but numbers and filler words continues the one before
            每月召开党委会专题研究党建工作，全年共12次       | committee.dj_sessions       | 12
            开展作风督查检查，全年累计8次                    | inspections.conducted       | 8
            集体经济收入超过10万元的村8个，5万元以上的村12个 | villages.income_at_or_above | 12
            集体经济收入低于5万元的村2个，3万元以下的村1个   | villages.income_below       | 1
            # a count whose purpose follows in the next clause of the sentence
            先后5次召开党委会，专题研究党建工作              | committee.dj_sessions       | 5
            全年共8次召开党委会议，专题研究党建工作          | committee.dj_sessions       | 8
            开展了3轮检查，督导检查各支部整改落实情况        | inspections.conducted       | 3
            # income tiers: each band or ceiling after the first counts the villages below it
            村级集体收入15万元以上的村1个，10~15万元的1个，5~10万元的3个 | villages.income_below | 3
            集体经济收入10万元以上的村2个，5万元以下的4个     | villages.income_below       | 4
            # and within a clause, the parts of a 、 enumeration each count with their own level
            村集体经济收入50万元以上的村45个、10万元以上的村198个 | villages.income_at_or_above | 198
            """)
    void aContinuingClauseTakesTheConceptBefore(String text, String concept, double lastValue) {
        var found = Extraction.quantities(text, concept);
        assertThat(found).isNotEmpty();
        assertThat(found.get(found.size() - 1).value()).isEqualTo(lastValue);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a concept that found its number continues only as an enumeration of levels
            新发展党员12人，其中35岁以下8人              | members.new | 12
            发展党员15名，其中女性党员4名                 | members.new | 15
            约谈党组织书记25人次，发现问题12个            | talks.admonition | 25
            """)
    void aCountAlreadyFoundDoesNotContinue(String text, String concept, double only) {
        assertThat(Extraction.quantities(text, concept)).extracting(Quantity::value).containsExactly(only);
    }
}
