package io.djcheck.extract;

import io.djcheck.model.Report;
import io.djcheck.model.Section;
import io.djcheck.model.SectionKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headings in every usual form, classified by keyword; lead-ins without a heading; merged headings.
 * In the rows ¶ separates lines; the expected kinds are those of all classified sections found.
 */
class SectionDetectorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # numbered headings: 一、 （一） (一) 1. 1、 第一部分 ①
            一、工作成效¶正文。¶二、存在问题¶正文。¶三、下一步工作打算¶正文。          | ACHIEVEMENTS PROBLEMS NEXT_STEPS
            （一）主要做法¶正文。¶（二）存在的不足¶正文。                             | ACHIEVEMENTS PROBLEMS
            (一)履职情况¶正文。¶(二)问题与不足¶正文。                                 | ACHIEVEMENTS PROBLEMS
            1.主要工作¶正文。¶2.存在的主要问题¶正文。¶3.原因分析¶正文。               | ACHIEVEMENTS PROBLEMS CAUSES
            1、工作开展情况¶正文。¶2、差距和不足¶正文。                               | ACHIEVEMENTS PROBLEMS
            第一部分 工作成效¶正文。¶第二部分 存在问题¶正文。¶第三部分 下步打算¶正文。  | ACHIEVEMENTS PROBLEMS NEXT_STEPS
            第一部分：履职情况¶正文。¶第二部分：今后工作思路¶正文。                    | ACHIEVEMENTS NEXT_STEPS
            ①主要成效¶正文。¶②存在的短板¶正文。                                      | ACHIEVEMENTS PROBLEMS
            # 一是… and 第一，… opening a paragraph, when the first clause names a part
            一是主要工作成效。正文。¶二是存在的问题。正文。¶三是下一步打算。正文。       | ACHIEVEMENTS PROBLEMS NEXT_STEPS
            第一，工作开展情况。正文。¶第二，存在问题。正文。                          | ACHIEVEMENTS PROBLEMS
            一是健全责任落实机制。正文。¶二是问题整改到位。正文。                       | -
            # unnumbered short lines
            一年来的主要工作¶正文。¶存在的不足¶正文。¶今后工作打算¶正文。               | ACHIEVEMENTS PROBLEMS NEXT_STEPS
            【存在问题】¶正文。¶【整改措施】¶正文。                                    | PROBLEMS NEXT_STEPS
            # keywords for each kind
            二、存在的主要问题¶正文。                                                 | PROBLEMS
            二、困难和问题¶正文。                                                     | PROBLEMS
            二、不足之处¶正文。                                                       | PROBLEMS
            三、原因剖析¶正文。                                                       | CAUSES
            三、存在问题的原因¶正文。                                                 | CAUSES
            四、下阶段重点工作¶正文。                                                 | NEXT_STEPS
            四、今后工作¶正文。                                                       | NEXT_STEPS
            四、2024年工作打算¶正文。                                                 | NEXT_STEPS
            四、思路和措施¶正文。                                                     | NEXT_STEPS
            四、整改措施¶正文。                                                       | NEXT_STEPS
            四、努力方向¶正文。                                                       | NEXT_STEPS
            # a merged heading yields both kinds
            二、存在的主要问题和原因分析¶正文。                                        | PROBLEMS CAUSES
            二、存在的问题及原因分析¶正文。                                            | PROBLEMS CAUSES
            二、问题和原因¶正文。                                                     | PROBLEMS CAUSES
            # lead-ins: 究其原因 anywhere, 下一步， at a paragraph start (gold 002, 004)
            二、存在问题¶一是不够深入。究其原因：一是认识不足。                         | PROBLEMS CAUSES
            正文。原因主要是学习不够。                                                | CAUSES
            存在的主要问题：一是学习不够；二是督导不严。                                | PROBLEMS
            主要原因：思想认识不到位。                                                | CAUSES
            全镇上下：齐心协力抓落实，各项工作取得新成效。                              | -
            二、存在问题¶正文。¶今后打算¶正文。¶三、下一步¶正文。                         | PROBLEMS NEXT_STEPS
            # inside a problems part a sub-heading may open the analysis or the plans
            二、存在的问题¶（一）主要问题¶正文。¶（二）原因分析¶正文。                        | PROBLEMS CAUSES
            二、存在的不足¶1.不足¶正文。¶2.整改措施¶正文。                                  | PROBLEMS NEXT_STEPS
            一、工作成效¶（一）存在问题整改情况¶正文。                                      | ACHIEVEMENTS
            二、存在问题¶（一）党建责任制落实不够到位，党建工作思路偏于狭窄。¶正文。             | PROBLEMS
            下一步，我镇将继续加强学习。                                              | NEXT_STEPS
            下一步工作中，要继续加强。                                                | NEXT_STEPS
            今后，我们将持续发力。                                                    | NEXT_STEPS
            我们将进一步推进下一步工作的落实。                                        | -
            # a run of enumerated shortcomings is a problems part without a heading
            一是理论学习不够深入；二是制度落实不到位；三是作用发挥不明显。               | PROBLEMS
            1.学习教育流于形式。¶2.组织生活质量不高。¶3.党员管理存在薄弱环节。             | PROBLEMS
            四是党员模范作用发挥的不好。¶五是党的组织生活流于形式。                       | PROBLEMS
            一是理论学习不够深入；二是制度落实不到位。¶产生以上问题的原因，主要是思想认识不足。 | PROBLEMS CAUSES
            # a single shortcoming, or items of work done, are no run
            一是理论学习不够深入。                                                     | -
            一是加强理论学习；二是健全制度；三是强化督查。                               | -
            # a negated keyword in an item states a problem, it names no part
            一是学习不深入；二是制度不健全；三是整改措施针对性不强。                       | PROBLEMS
            三是整改措施针对性不强。                                                   | -
            一是整改责任压实不到位，作用发挥不充分。¶二是整改措施不精准，部分问题整改不彻底。¶三是成果运用不足。 | PROBLEMS
            # a numbered heading that states a shortcoming heads a list of findings; one of having solved it does not
            （一）在工作作风不实方面¶1.部分干部要求不高。¶整改情况：¶1.建立例会制度。                | PROBLEMS
            一、理论学习不够深入¶正文。¶二、制度执行不严格¶正文。                                  | PROBLEMS
            1.党员教育管理缺乏针对性¶正文。                                                     | PROBLEMS
            （二）解决了党员教育不到位的问题¶正文。                                              | -
            一、防止组织生活流于形式¶正文。                                                     | -
            一、工作成效¶（一）整治作风不实问题¶正文。                                           | ACHIEVEMENTS
            # a sub-heading of a problems part is named by its last word
            一、存在突出问题¶（一）主要问题¶正文。¶（二）问题产生的根源¶正文。                      | PROBLEMS CAUSES
            二、存在的不足¶（一）具体表现¶正文。¶（二）问题的成因¶正文。                            | PROBLEMS CAUSES
            二、存在的问题¶1.问题表现¶正文。¶2.下步打算¶正文。                                    | PROBLEMS NEXT_STEPS
            第二章自查发现的主要问题及成因剖析¶正文。                                             | PROBLEMS CAUSES
            # headings of speeches and reviews
            一、肯定成绩，坚定信心¶正文。¶二、目前工作中存在的突出问题。¶正文。            | ACHIEVEMENTS PROBLEMS
            一、主题教育开展情况¶正文。                                                 | ACHIEVEMENTS
            # 履行…第一责任人职责情况 heads the achievements
            一、履行抓基层党建第一责任人职责情况¶正文。                                   | ACHIEVEMENTS
            一、履行党建工作职责情况¶正文。                                             | ACHIEVEMENTS
            # a heading under a classified heading belongs to its parent
            一、履职工作特色和亮点¶1.补齐党建工作短板¶正文。¶二、存在问题¶正文。         | ACHIEVEMENTS PROBLEMS
            # long heading-like lines are sentences
            一、以有力的措施保障党建责任落实。¶正文。                                   | -
            问题导向贯穿始终，持续推动各项工作落实落地见效，群众满意度不断提升。          | -
            """)
    void classifiesTheParts(String text, String kinds) {
        Report r = Extraction.extract(text.replace('¶', '\n'));
        Set<SectionKind> expected = kinds.equals("-") ? EnumSet.noneOf(SectionKind.class)
                : Arrays.stream(kinds.split(" ")).map(SectionKind::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(SectionKind.class)));
        Set<SectionKind> found = r.sections().stream().map(Section::kind).filter(k -> k != SectionKind.OTHER)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SectionKind.class)));
        assertThat(found).as("%s", r.sections()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            一、工作成效¶正文甲。¶二、存在问题¶正文乙。¶三、下一步打算¶正文丙。 | 正文乙 | PROBLEMS
            一、工作成效¶正文甲。¶二、存在问题¶正文乙。¶三、下一步打算¶正文丙。 | 正文丙 | NEXT_STEPS
            一、工作成效¶正文甲。¶二、存在问题¶正文乙。¶三、下一步打算¶正文丙。 | 正文甲 | ACHIEVEMENTS
            二、存在问题¶（一）正文乙。¶（二）正文丁。¶三、下步打算¶正文丙。     | 正文丁 | PROBLEMS
            """)
    void sectionsRunToTheNextHeadingOfTheirLevel(String text, String marker, SectionKind kind) {
        String t = text.replace('¶', '\n');
        Report r = Extraction.extract(t);
        int at = r.text().indexOf(marker);
        assertThat(r.sections()).filteredOn(s -> s.contains(at) && s.kind() != SectionKind.OTHER)
                .extracting(Section::kind).containsExactly(kind);
    }
}
