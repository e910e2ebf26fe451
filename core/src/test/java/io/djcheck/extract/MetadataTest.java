package io.djcheck.extract;

import io.djcheck.model.Genre;
import io.djcheck.model.OrgLevel;
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
            # work reports (gold 003)
            现将主要工作报告如下：                                         | WORK_REPORT
            某街道2022年党建工作总结¶现将有关情况总结如下：                   | WORK_REPORT
            现将我镇党建工作情况汇报如下：                                  | WORK_REPORT
            # nothing to tell
            全镇党员干部认真学习党的二十大精神。                             | UNKNOWN
            """)
    void detectsTheGenre(String text, Genre genre) {
        assertThat(Extraction.extract(text.replace('¶', '\n')).genre()).isEqualTo(genre);
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
            # only mentions of other levels: the most named wins
            按照县委要求，我镇认真落实。                                    | TOWNSHIP
            全面加强党的建设。                                             | UNKNOWN
            """)
    void detectsTheOrgLevel(String text, OrgLevel level) {
        assertThat(Extraction.extract(text.replace('¶', '\n')).orgLevel()).isEqualTo(level);
    }
}
