package io.djcheck.extract;

import io.djcheck.model.FactContext;
import io.djcheck.model.Mention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether a fact is done, a problem or a plan: the section decides first, then the clause's cues.
 * Each row names a practice mentioned once; ¶ separates lines.
 */
class ContextClassifierTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # plain statements are done; terms in every wording the gold notes name
            严格落实三会一课制度                                   | practice.sanhui_yike        | AFFIRMED
            重点对涣散软弱党组织进行了整顿转化                       | practice.ruanruo_huansan    | AFFIRMED
            执行“党员活动日”制度                                   | practice.zhuti_dangri       | AFFIRMED
            推行了”四议两公开“工作法                               | practice.siyi_lianggongkai  | AFFIRMED
            推行“4+2工作法”                                        | practice.siyi_lianggongkai  | AFFIRMED
            每月开展主题党日活动                                   | practice.zhuti_dangri       | AFFIRMED
            # negation cues in the clause (gold 003)
            未定期对下属各党支部执行“三会一课”进行监督检查           | practice.sanhui_yike        | PROBLEM
            未按规定召开组织生活会                                 | practice.zuzhi_shenghuohui  | PROBLEM
            党费收缴等党内制度不够严格                              | practice.dangfei            | PROBLEM
            对“一岗双责”意识不强                                   | practice.yigang_shuangze    | PROBLEM
            部分支部对党风廉政建设重视度不够                         | practice.dangfeng_lianzheng | PROBLEM
            民主评议党员流于形式                                   | practice.minzhu_pingyi      | PROBLEM
            主题党日活动开展参差不齐                                | practice.zhuti_dangri       | PROBLEM
            三会一课落实不到位                                     | practice.sanhui_yike        | PROBLEM
            没有严格执行三会一课制度                                | practice.sanhui_yike        | PROBLEM
            组织生活会质量有待提高                                 | practice.zuzhi_shenghuohui  | PROBLEM
            四议两公开执行不规范                                   | practice.siyi_lianggongkai  | PROBLEM
            三会一课整改不到位                                     | practice.sanhui_yike        | PROBLEM
            # negations prevented or resolved are not problems
            坚决防止“三会一课”流于形式                              | practice.sanhui_yike        | AFFIRMED
            避免组织生活会走过场                                   | practice.zuzhi_shenghuohui  | AFFIRMED
            着力解决了主题党日不规范的问题                          | practice.zhuti_dangri       | AFFIRMED
            整改党务公开不到位问题5个                               | practice.dangwu_gongkai     | AFFIRMED
            # words that hold a cue but are not one
            未来将持续落实三会一课制度                              | practice.sanhui_yike        | PLANNED
            按照重要指示要求落实三会一课                            | practice.sanhui_yike        | AFFIRMED
            全年未发生违反党风廉政建设规定的问题                     | practice.dangfeng_lianzheng | AFFIRMED
            没有辜负组织期望，落实一岗双责                           | practice.yigang_shuangze    | AFFIRMED
            # 不参加 / 不按时 are negation cues
            少数党员不参加组织生活会                                 | practice.zuzhi_shenghuohui  | PROBLEM
            部分党员不按时缴纳党费                                 | practice.dangfei            | PROBLEM
            个别支部不按规定开展主题党日                            | practice.zhuti_dangri       | PROBLEM
            # no problem found is affirmed
            经排查，暂无软弱涣散村党组织                             | practice.ruanruo_huansan    | AFFIRMED
            经排查，未发现软弱涣散村党组织                           | practice.ruanruo_huansan    | AFFIRMED
            全面摸排，没有发现软弱涣散党组织                          | practice.ruanruo_huansan    | AFFIRMED
            # purpose clauses and 现将 are no plans
            为确保三会一课落地见效，镇党委建立了台账                  | practice.sanhui_yike        | AFFIRMED
            为了确保主题党日取得实效，各支部制定了计划表               | practice.zhuti_dangri       | AFFIRMED
            现将三会一课落实情况汇报如下                              | practice.sanhui_yike        | AFFIRMED
            # a plan: what it names is still to be done
            某镇2024年党建工作要点¶一、严格落实三会一课制度            | practice.sanhui_yike        | PLANNED
            乡镇2023年党建工作计划¶开展民主评议党员                   | practice.minzhu_pingyi      | PLANNED
            # requirements are planned
            党支部必须按时召开组织生活会                              | practice.zuzhi_shenghuohui  | PLANNED
            各支部应当每月开展主题党日                                | practice.zhuti_dangri       | PLANNED
            # plan cues in the clause
            力争全面落实“第一议题”制度                              | practice.diyi_yiti          | PLANNED
            确保“三会一课”落实到位                                  | practice.sanhui_yike        | PLANNED
            计划开展民主评议党员                                   | practice.minzhu_pingyi      | PLANNED
            我镇将继续深化“四议两公开”                              | practice.siyi_lianggongkai  | PLANNED
            明年要抓实三会一课                                     | practice.sanhui_yike        | PLANNED
            # 将 and 要 count only outside an achievements section
            一、主要工作¶将三会一课纳入党建考核                      | practice.sanhui_yike        | AFFIRMED
            一、主要工作¶力争三会一课全覆盖                          | practice.sanhui_yike        | PLANNED
            # the section decides before the clause (gold 001, 003)
            二、存在问题¶严格落实三会一课制度                        | practice.sanhui_yike        | PROBLEM
            三、原因分析¶对主题党日重视不够                          | practice.zhuti_dangri       | PROBLEM
            三、下一步工作打算¶全面推行“三会一课”月提醒单制度         | practice.sanhui_yike        | PLANNED
            三、下步打算¶创新主题“党日”形式                          | practice.zhuti_dangri       | PLANNED
            下阶段重点工作¶推进党风廉政建设                          | practice.dangfeng_lianzheng | PLANNED
            一、工作成效¶三会一课落实不到位的支部已全部整改           | practice.sanhui_yike        | PROBLEM
            """)
    void decidesTheContext(String text, String concept, FactContext context) {
        List<Mention> found = Extraction.mentions(text.replace('¶', '\n'), concept);
        assertThat(found).as(text).hasSize(1);
        assertThat(found.get(0).context()).isEqualTo(context);
    }
}
