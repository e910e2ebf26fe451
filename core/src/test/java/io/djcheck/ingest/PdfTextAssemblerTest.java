package io.djcheck.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lines written out by hand on an A4 page with 10 pt text from x=57 to x=537 (48 Chinese characters a
 * line), baselines 14.5 pt apart.
 */
class PdfTextAssemblerTest {

    private static final float LEFT = 57;
    private static final float RIGHT = 537;
    private static final float EM = 10;

    /** A line of {@code text} starting at {@code indent} characters, its right end where the text ends. */
    private static PdfLine line(String text, float indent, float y) {
        float left = LEFT + indent * EM;
        return new PdfLine(text, left, Math.min(RIGHT + EM, left + text.length() * EM), y, EM);
    }

    /** A full line: it reaches the right margin. */
    private static PdfLine full(String text, float y) {
        return new PdfLine(text, LEFT, RIGHT, y, EM);
    }

    private static PdfPage page(PdfLine... lines) {
        return new PdfPage(List.of(lines), 595, 842);
    }

    @Test
    void linesBrokenAtThePageWidthJoinWithoutSpacesAndParagraphsStay() {
        PdfPage p = page(
                line("一、履职情况", 0, 80),
                new PdfLine("全年新发展党员", LEFT + 2 * EM, RIGHT, 94.5f, EM),
                full("12名，党委会专题研究党建工作6次，开展专题培训5次，党建调研8次", 109),
                line("落实“三会一课”制度。", 0, 123.5f),
                line("二、存在问题", 0, 138));
        assertThat(PdfTextAssembler.assemble(List.of(p))).isEqualTo(
                "一、履职情况\n全年新发展党员12名，党委会专题研究党建工作6次，开展专题培训5次，党建调研8次落实“三会一课”制度。\n二、存在问题\n");
    }

    @Test
    void pageNumbersAndRunningHeadersAndFootersGo() {
        List<PdfPage> pages = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            pages.add(page(
                    line("某某镇党委书记述职报告", 14, 40),
                    full("甲乙丙".charAt(i - 1) + "页正文" + "党建工作".repeat(10), 90),
                    line("正文结束。", 0, 104.5f),
                    line("内部资料 注意保存", 16, 780),
                    line("- " + i + " -", 22, 810)));
        }
        String text = PdfTextAssembler.assemble(pages);
        assertThat(text).doesNotContain("某某镇党委书记述职报告", "内部资料", "- 1 -", "- 2 -", "- 3 -");
        assertThat(text.lines()).hasSize(3).allMatch(l -> l.contains("页正文党建工作") && l.endsWith("正文结束。"));
    }

    @Test
    void aRecurringLineInsideTheBodyIsNotFurniture() {
        List<PdfPage> pages = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            pages.add(page(line("正文开始。", 0, 90), line("三会一课。", 0, 400), line("正文结束。", 0, 420)));
        }
        assertThat(PdfTextAssembler.assemble(pages).lines().filter(l -> l.equals("三会一课。"))).hasSize(3);
    }

    @Test
    void aLonePageNumberOnASinglePageGoesButOnlyAtTheEdge() {
        PdfPage p = page(line("正文只有一行。", 0, 90), line("12", 0, 400), line("3", 26, 815));
        assertThat(PdfTextAssembler.assemble(List.of(p))).isEqualTo("正文只有一行。\n12\n");
    }

    @Test
    void spacesBetweenChineseTextRunsGoButLatinWordsKeepTheirs() {
        PdfPage p = page(full("党建工作专题会议 12 场次，约谈 25 人次 in the Party Building", 90),
                line("Report 2023 年。", 0, 104.5f));
        assertThat(PdfTextAssembler.assemble(List.of(p))).isEqualTo(
                "党建工作专题会议12场次，约谈25人次in the Party Building Report 2023年。\n");
    }

    @Test
    void aGapLargerThanTheLineSpacingOrAnotherFontSizeStartsAParagraph() {
        PdfPage p = page(
                new PdfLine("述职报告", 200, 300, 60, 22),
                full("甲".repeat(48), 90), full("乙".repeat(48), 104.5f), full("丙".repeat(48), 119),
                full("丁".repeat(48), 150), line("戊。", 0, 164.5f));
        assertThat(PdfTextAssembler.assemble(List.of(p)).lines().toList()).containsExactly(
                "述职报告", "甲".repeat(48) + "乙".repeat(48) + "丙".repeat(48), "丁".repeat(48) + "戊。");
    }

    @Test
    void aHeadingMarkAfterASentenceEndStartsAParagraphEvenAfterAFullLine() {
        PdfPage p = page(full("全面完成年度任务。", 90), full("（二）强化组织建设，严格落实。", 104.5f),
                line("二是加强学习。", 0, 119));
        assertThat(PdfTextAssembler.assemble(List.of(p)).lines().toList())       // 一是 二是 run inside paragraphs
                .containsExactly("全面完成年度任务。", "（二）强化组织建设，严格落实。二是加强学习。");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "邦。”镇党委认真贯彻|4.5",
            "实。全面加强|3.5",
            "“三会一课”|2.5",
            "（居）书记|2.5",
            "普通的一行|1.5",
    })
    void closingPunctuationThatCannotStartALineExplainsAShortLineAbove(String next, float shortBy) {
        assertThat(PdfTextAssembler.shortBy(next)).isEqualTo(shortBy);
    }
}
