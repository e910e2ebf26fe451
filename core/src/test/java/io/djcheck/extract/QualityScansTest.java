package io.djcheck.extract;

import io.djcheck.model.FormatIssue;
import io.djcheck.model.Placeholder;
import io.djcheck.model.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Placeholders and masks, enumeration defects and unbalanced quotes, each with its evidence. ¶ separates lines. */
class QualityScansTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # masks and blanks (gold 002, 003, 004)
            全镇X个基层党组织带领X名党员         | X X
            XX镇党委                            | XX
            xxxx村                              | xxxx
            上专题党课*次，撰写文章**篇           | * **
            征订书籍***套                        | ***
            来*考察                             | *
            制定*镇基层党建五年规划               | *
            把*董事长*引入*                      | * * *
            20XX年度述职报告                     | 20XX
            某某同志                            | 某某
            ○○村                               | ○○
            □□乡                               | □□
            ××县                               | ××
            发展党员___名                        | ___
            全年发展党员（）名                    | （）
            收入【】万元                         | 【】
            # a lone X before a Chinese character is read as a mask, X光机 included (a known limit)
            X光机                               | X
            # Latin words, numbers and real characters are not placeholders
            # a single X in a formula is a variable, wherever it recurs; a single ○ □ ● opening a line is a bullet
            按照“10+X”的模式（“X”即加分项）考核                 | -
            推行“1+X”工作法，X为各村特色项目                      | -
            推行“X+3”清单，另有XX镇参加                          | XX
            □本报记者 张三                                      | -
            ● 发展党员5名                                       | -
            　○ 培训党员3次                                      | -
            □镇党委书记述职                                     | -
            正文。□镇党委书记述职                               | □
            使用Excel表格和PPT课件                | -
            建设面积3×4米                        | -
            二〇二三年                           | -
            某种程度上                           | -
            （一）工作成效                        | -
            """)
    void findsPlaceholders(String text, String tokens) {
        List<String> found = Extraction.extract(text).placeholders().stream().map(Placeholder::token).toList();
        assertThat(found).isEqualTo(tokens.equals("-") ? List.of() : Arrays.asList(tokens.split(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # 一是/二是 repeated (gold 000) and skipped
            一是健全机制。二是建全管理。二是健全联系。三是督查。            | ORDINAL_DUPLICATE
            一是加强学习；三是强化督导。                                 | ORDINAL_GAP
            一是学习；二是督导；二是考核；四是问责。                       | ORDINAL_DUPLICATE ORDINAL_GAP
            第一，加强学习；第三，强化督导。                              | ORDINAL_GAP
            # headings of every family
            一、工作成效¶三、下一步打算                                   | ORDINAL_GAP
            一、工作成效¶二、存在问题¶二、下一步打算                       | ORDINAL_DUPLICATE
            （一）正文。¶（二）正文。¶（四）正文。                         | ORDINAL_GAP
            1.正文。¶2.正文。¶2.正文。                                   | ORDINAL_DUPLICATE
            第一部分 成效¶第三部分 打算                                   | ORDINAL_GAP
            ①学习；②督导；④考核。                                       | ORDINAL_GAP
            # sequences restart under a new outer mark and may always start again at 1
            一、成效¶一是学习；二是督导。¶二、问题¶一是不深；二是不细。      | -
            一、成效¶（一）学习。¶（二）督导。¶二、问题¶（一）不深。         | -
            一是学习；二是督导。一是加强；二是落实。                       | -
            一、成效¶1.学习。¶2.督导。¶（一）正文。¶1.再学。               | -
            # numbers that are not enumerations
            全年发展党员12人，其中二是女性。                              | -
            """)
    void checksEnumerations(String text, String kinds) {
        assertThat(kinds(Extraction.extract(text.replace('¶', '\n')), "ORDINAL")).isEqualTo(expected(kinds));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # reversed and unclosed quotes (gold 000)
            推行了”四议两公开“工作法                     | 2
            认真落实”三会一课制度                        | 1
            落实“三会一课制度                            | 1
            学习《党章                                  | 1
            党组织（党总支                               | 1
            写好“三篇文章”，做到“两个维护”               | 0
            《中国共产党支部工作条例（试行）》            | 0
            ‘四个意识’与【专项】「整治」                 | 0
            “一卡双制”》                               | 1
            # a quote closed on the next line is still unbalanced: pairs are checked per paragraph
            他说：“坚定理想信念¶必先知之而后信之。”       | 2
            # list marks are not brackets
            工作要求如下：1）每月学习；2）每季度讲党课     | 0
            1)学习；2)督导                              | 0
            一）学习；二）督导                           | 0
            a)学习；b)督导                              | 0
            """)
    void checksQuotesAndBrackets(String text, int issues) {
        Report r = Extraction.extract(text.replace('¶', '\n'));
        List<FormatIssue> found = r.formatIssues().stream().filter(f -> f.kind().name().equals("QUOTE_UNBALANCED")).toList();
        assertThat(found).as("%s", found).hasSize(issues);
        for (FormatIssue f : found) {
            assertThat(r.text().substring(f.evidence().start(), f.evidence().end())).isEqualTo(f.evidence().quote());
        }
    }

    private static List<String> kinds(Report r, String prefix) {
        return r.formatIssues().stream().map(f -> f.kind().name()).filter(k -> k.startsWith(prefix)).sorted().toList();
    }

    private static List<String> expected(String kinds) {
        return kinds.equals("-") ? List.of() : Arrays.stream(kinds.split(" ")).sorted().toList();
    }
}
