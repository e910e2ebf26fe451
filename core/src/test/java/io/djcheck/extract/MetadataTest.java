package io.djcheck.extract;

import io.djcheck.model.FactContext;
import io.djcheck.model.Genre;
import io.djcheck.model.Mention;
import io.djcheck.model.OrgLevel;
import io.djcheck.model.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Genre, reporting year and organisation level. ¶ separates lines. */
class MetadataTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # 述职: first person and 述职 / 履行…职责情况报告如下
            现将本人履行党建第一责任人职责情况报告如下：                    | DUTY_REPORT
            ××镇党委书记抓基层党建工作述职报告                             | DUTY_REPORT
            现将一年来抓基层党建工作情况述职如下。                          | DUTY_REPORT
            按照县委要求，现将自己一年来抓基层党建工作报告如下。             | DUTY_REPORT
            现将2023年度抓党建工作述职如下                                 | DUTY_REPORT
            作为党委书记，我始终把抓党建作为首要职责。                      | DUTY_REPORT
            # speeches (gold 002)
            同志们：很荣幸在这里交流发言。                                  | SPEECH
            同志们，今天召开这次会议，向大家通报情况。                       | SPEECH
            在全县基层党建工作推进会上的发言¶我镇的主要做法是……谢谢大家！     | SPEECH
            ××乡抓党建促乡村振兴典型发言                                    | SPEECH
            # the salutation opening a speech outweighs the 述职 it is about; a title ending in 发言 is a speech
            同志们：¶今天召开党支部书记述职会议，听取本人和各支部书记述职。                | SPEECH
            某社区党群工作务虚会发言¶根据会议要求，现简要汇报如下：                       | SPEECH
            # work reports (gold 003)
            现将主要工作报告如下：                                         | WORK_REPORT
            某街道2022年党建工作总结¶现将有关情况总结如下：                   | WORK_REPORT
            现将我镇党建工作情况汇报如下：                                  | WORK_REPORT
            # nothing to tell
            全镇党员干部认真学习党的二十大精神。                             | UNKNOWN
            # the title outweighs the body
            某镇党委书记抓基层党建工作述职报告¶现将有关情况汇报如下：          | DUTY_REPORT
            2019抓基层党建工作述职报告¶现将全年工作总结如下。               | DUTY_REPORT
            某村2023年党建工作总结¶本人作为书记，带头讲党课。                 | WORK_REPORT
            在全县组织工作会议上的讲话¶现将有关情况报告如下。                 | SPEECH
            # 工作报告, 情况汇报, 报告如下, 工作总结 are work-report cues
            某社区党建工作情况汇报¶一年来，社区党委认真履职。                  | WORK_REPORT
            现将我镇一年来党建工作报告如下：                                | WORK_REPORT
            某乡2022年党建工作总结                                        | WORK_REPORT
            关于基层党建工作的调研报告                                     | WORK_REPORT
            # one weak cue decides nothing
            认真履行第一责任人职责，抓好党建工作。                            | UNKNOWN
            全镇深入开展调研，推动工作落实。                                 | UNKNOWN
            # plans
            某县2025年党建工作要点¶一、强化政治引领                          | PLAN
            乡镇2023年党建工作计划¶一、加强理论武装                          | PLAN
            # other Party documents
            镇党委领导班子2025年度民主生活会对照检查材料                      | OTHER
            某支部书记在组织生活会上的发言提纲                               | OTHER
            本报讯（记者 张三 通讯员 李四）近日，某镇召开述职大会。            | OTHER
            某街道党工委典型事迹材料                                        | OTHER
            # the title's head, its last word, names the document whatever the body quotes or says
            某社区党总支党群工作调研务虚会发言¶根据会议要求，现将有关情况汇报如下：                 | SPEECH
            某村党支部抓党建促振兴座谈会交流发言（修改稿）¶现将我村做法总结如下。                   | SPEECH
            某网格党支部标准化建设自查情况及整改措施报告¶去年书记述职报告篇幅过长，本人负责整改。       | WORK_REPORT
            关于某镇软弱涣散村党组织整顿情况的报告¶本人作为包村干部，带头走访。                      | WORK_REPORT
            某乡党委书记在全乡党建工作会议上的讲话提纲¶同志们：                                    | OTHER
            某村2024年党建工作要点 ¶现将去年工作总结如下。                                        | PLAN
            # a headline (a name, a colon, a phrase) heads a news or experience item
            某某村：党建引领激活乡村振兴新动能¶近日，记者走进某某村，村党支部书记作了典型发言。         | OTHER
            张某某：扎根基层的“领头雁”¶他当选村党支部书记以来，带领党员发展产业。                     | OTHER
            城关镇:红色物业暖民心¶镇党委坚持党建引领，现将有关做法汇报如下。                          | OTHER
            # a text that calls its subject 该镇/该县 and says 据悉 speaks about it: a news item
            近日，某县某镇召开党建工作推进会。据悉，该镇今年发展党员12名。                          | OTHER
            近年来，该县坚持抓党建促振兴。据悉，该县已整顿软弱涣散村党组织8个。                      | OTHER
            # one mention of 该村 in a report that cites a model village decides nothing
            现将我镇党建工作汇报如下：某村党支部创新工作法，该村集体收入达到20万元。                  | WORK_REPORT
            """)
    void detectsTheGenre(String text, Genre genre) {
        assertThat(Extraction.extract(text.replace('¶', '\n')).genre()).isEqualTo(genre);
    }

    /** A made-up account of a branch's work with no genre cue, about 210 characters. */
    private static final String CUELESS_BODY = "村党支部坚持每月开展主题党日活动，组织党员集中学习党的创新理论，"
            + "全年发展党员2名，培养入党积极分子3名。支部班子带领群众发展特色种植，村集体经济收入达到12万元，"
            + "比上年增长两成。党员带头参与人居环境整治，设立党员责任区8个，帮助困难群众解决实际问题30余件。"
            + "村级重大事项全部按照程序民主决策，党务村务按时公开，群众满意度明显提升。"
            + "支部还结合农时组织党员志愿服务队，走访留守老人和困难家庭，帮助他们解决看病、出行等难题。";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a whole report that names no genre is a work report: what is left once it is a Party-building report
            {body}                                   | WORK_REPORT
            一、基本情况¶{body}                       | WORK_REPORT
            某村党支部2023年工作¶{body}               | WORK_REPORT
            1.加强班子建设。{body}                   | WORK_REPORT
            # a page torn out of a longer text, opening in the middle of a list, says nothing of its genre
            四是党员作用发挥不够。{body}               | UNKNOWN
            一是学习不深入。{body}                    | UNKNOWN
            （三）强化党员管理¶{body}                  | UNKNOWN
            3.规范组织生活。{body}                   | UNKNOWN
            # cues still decide
            某村党支部书记述职报告¶{body}              | DUTY_REPORT
            同志们：{body}                           | SPEECH
            """)
    void aWholeReportWithoutCuesIsAWorkReport(String text, Genre genre) {
        String report = text.replace("{body}", CUELESS_BODY).replace('¶', '\n');
        assertThat(Extraction.extract(report).genre()).isEqualTo(genre);
    }

    /** Made-up rules of a branch: most sentences prescribe (必须, 要, 原则上, 至少). */
    private static final String RULES = "一、落实“三会一课”制度。党支部必须按时召开支委会和党员大会，党小组会每月至少召开1次。"
            + "书记每年至少讲1次党课，讲课内容要结合实际。二、开好组织生活会。组织生活会原则上每年召开1次，"
            + "会前要广泛征求意见，党员之间要开展批评与自我批评。三、规范主题党日。主题党日原则上安排在每月上旬，"
            + "全体党员必须参加，确有困难的应当事先请假。四、民主评议党员。评议结果要及时公示，不得走过场。"
            + "五、党费收缴。党员必须按月足额交纳党费，支部要每季度公示收缴情况。";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # most sentences prescribe and no cue names a genre: a set of rules, whose practices are requirements
            {rules}                                  | OTHER       | PLANNED
            # a title cue still decides the genre, and an account with a few requirements stays an account
            某村党支部2023年工作总结¶{rules}          | WORK_REPORT | AFFIRMED
            {body}会议要求党员必须按时交纳党费。       | WORK_REPORT | AFFIRMED
            """)
    void aSetOfRulesIsAnotherGenreAndPrescribes(String text, Genre genre, FactContext context) {
        Report r = Extraction.extract(text.replace("{rules}", RULES).replace("{body}", CUELESS_BODY).replace('¶', '\n'));
        assertThat(r.genre()).isEqualTo(genre);
        assertThat(r.mentions()).filteredOn(m -> m.concept().equals("practice.zhuti_dangri"))
                .extracting(Mention::context).first().isEqualTo(context);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # stated years
            2023年，全镇党建工作突出主题。                                  | 2023
            2022年以来，镇党委坚持以习近平新时代中国特色社会主义思想为指导。   | 2022
            ××镇2023年度抓基层党建工作述职报告                              | 2023
            二〇二三年，我镇坚持党建引领。                                  | 2023
            2023年1月至12月，共召开会议12次。                               | 2023
            # plan years point to the year before (gold 000)
            今年以来成效明显。2024年，我们将以党的二十大精神为指导。          | 2023
            明年工作：2025年，计划实现全覆盖。                               | 2024
            三、下一步打算¶2024年全面推行月提醒单制度。                      | 2023
            到2025年实现全覆盖。                                           | 2024
            # a stated year wins over a plan year
            2023年成效明显。2024年，我们将继续努力。                          | 2023
            2022年工作成效。¶到2025年，全面达标。                            | 2022
            # years that are neither
            学习《2023年党建工作要点》                                      | -
            落实“十四五”规划（2021—2025年）                                | -
            20XX年度述职报告                                               | -
            今年以来成效明显。                                             | -
            # a bare year in the title is the report year
            2019抓基层党建工作述职报告¶全年发展党员3名。                      | 2019
            2015发展壮大村级集体经济工作报告¶xx年全镇收入增长。                | 2015
            存在的问题及整改措施2023班子组织生活会剖析材料                     | 2023
            # years of events are not the report year
            自2016年换届以来，村两委班子团结协作。                            | -
            2021年审计发现的问题已全部整改。                                  | -
            从1997年始，我几次徒步翻山越岭。                                  | -
            2021年初，全村建成了文化广场。                                   | -
            2018年X月X日，我受组织委派驻村。                                  | -
            于2009年8月在某社区率先试点。                                     | -
            # a bracketed date at the head is the day the speech or report was given
            在全县组织工作会议上的讲话¶（2016年4月10日）¶同志们：2015年以来成效明显。      | 2016
            组织部长张三在全县党建会上的讲话 （2011 年 5 月 13 日） 同志们：                   | 2011
            全镇2022年发展党员12名，2022年培训党员。¶通知下发（2021年3月5日）。              | 2022
            # the signing date follows the year reported on
            今年以来成效明显。¶××镇党委¶2024年1月10日                        | -
            2023年成效明显。¶2024年1月10日                                  | 2023
            """)
    void detectsTheYear(String text, Integer year) {
        assertThat(Extraction.extract(text.replace('¶', '\n')).year()).isEqualTo(year);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            一年来，全镇党员干部团结一心，我镇党委认真履职。                  | TOWNSHIP
            全乡共有行政村12个，乡党委坚持抓基层。                           | TOWNSHIP
            街道党工委坚持党建引领，全街道社区党组织全面过硬。                 | TOWNSHIP
            我苏木党委认真落实责任。                                        | TOWNSHIP
            我村党支部带领全村党员致富。                                    | VILLAGE
            我嘎查党支部坚持“三会一课”，全嘎查党员参与。                      | VILLAGE
            我社区党委坚持党建引领，全社区居民满意。                          | COMMUNITY
            全县共有186个行政村，县委常委会专题研究党建工作。                  | COUNTY
            我旗坚持抓党建促振兴。                                          | COUNTY
            # the title line counts three times
            柳树湾村党支部书记述职报告¶按照镇党委要求，在全镇统一部署下，村两委……      | VILLAGE
            县委书记抓基层党建工作述职报告¶全县…我镇…全镇…                     | COUNTY
            # 区 and 全区 name a county-level district
            全区共有基层党组织320个，区委常委会专题研究党建5次。             | COUNTY
            我区坚持抓党建促振兴，全区上下齐心。                             | COUNTY
            # a bare 社区 or 网格 is a community
            社区党建工作总结¶社区坚持党建引领，网格党支部全覆盖。              | COMMUNITY
            网格党支部自查报告¶网格内党员12名。                              | COMMUNITY
            # superior bodies do not count as the reporter
            我村党支部根据乡党委部署，在镇党委的领导下，带领全村党员致富。      | VILLAGE
            按照县委组织部要求，我社区认真开展工作。                          | COMMUNITY
            全镇15个村（社区）全部完成换届，镇党委认真履职。                   | TOWNSHIP
            # a weak name's recurrences count no more than one strong name: a county writing about its communities
            县社区党建情况¶我县共有42个社区，全县社区组织全覆盖。我县社区书记轮训，社区网格化，社区服务，社区治理。 | COUNTY
            我县有社区18个。社区组织健全，社区活动多，社区居民满意，社区环境好，社区队伍强。          | COUNTY
            社区党建工作¶社区党委坚持每月开展主题党日，社区党员积极参加，社区居民满意，街道表扬。     | COMMUNITY
            # 街道工委 is a street committee; a village's first secretary reports on the village
            某街道工委事迹¶街道工委下设9个社区党总支，社区党员1755名，社区活动丰富，社区服务好。     | TOWNSHIP
            驻村第一书记工作总结¶在乡党委的正确领导下，我与村两委一道，乡党委给予支持。             | VILLAGE
            # only mentions of other levels: the most named wins
            按照县委要求，我镇认真落实。                                    | TOWNSHIP
            全面加强党的建设。                                             | UNKNOWN
            # a name inside a longer one names nothing of its own; a name pointing at the writer is no superior body
            各乡镇党委要抓好换届。在全县开展专项整治，我县成效明显。                  | COUNTY
            在全镇范围内开展排查，全镇共整顿软弱涣散村党组织3个。                      | TOWNSHIP
            按照上级部署，在本社区开展党员冬训，本社区党员全部参加。                   | COMMUNITY
            # a pointer inside quotation marks is the quoted speaker's
            “我村去年发展了三个合作社，”村党支部书记说。该镇18名书记参加述职，该镇党委打分。   | TOWNSHIP
            “我镇的做法值得推广，”县委书记说。全县推广我县经验。                        | COUNTY
            # a title opening with a bare level word names the level
            村软弱涣散党组织整顿工作开展情况总结¶在镇机关党支部帮扶下，镇里派人指导。                | VILLAGE
            县2025年基层党建工作要点¶各镇要抓好换届。                                            | COUNTY
            乡党建工作总结¶村两委班子团结。                                                     | TOWNSHIP
            乡镇团支部工作计划¶村委会牵头，县委部署。                                             | UNKNOWN
            # one weak name decides nothing
            村民代表参加了会议。                                           | UNKNOWN
            会议在社区召开。                                              | UNKNOWN
            """)
    void detectsTheOrgLevel(String text, OrgLevel level) {
        assertThat(Extraction.extract(text.replace('¶', '\n')).orgLevel()).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            某某镇党委书记抓基层党建工作述职报告¶正文。                       | 某某镇党委
            区委办公室党组2025年度述职述廉述党建工作报告¶正文。                | 区委办公室党组
            徐家坪镇：严把党员发展“入口关”¶正文。                             | 徐家坪镇
            川石乡党委下辖29个支部，现将工作总结如下。                        | 川石乡党委
            2022年以来，**镇党委坚持党建引领。                               | **镇党委
            # pointers, generic words and superior bodies name no reporter
            全镇党建工作总结¶正文。                                         | -
            基层党支部党建工作制度执行情况¶正文。                             | -
            按照县委要求，现将自己一年来抓基层党建工作报告如下。               | -
            镇党委典型事迹材料镇地处市东郊。                                  | -
            刘俊华：创新党员管理模式 壮大村集体经济¶正文。                     | -
            """)
    void namesTheOrganisation(String text, String name) {
        var org = Extraction.extract(text.replace('¶', '\n')).organisation();
        assertThat(org == null ? null : org.name()).isEqualTo(name);
        if (org != null) {
            assertThat(org.evidence().quote()).contains(name);
        }
    }
}
