package io.djcheck.ingest;

import io.djcheck.model.Document;
import io.djcheck.model.InputFormat;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;

class DocxReaderTest {

    private final DocumentReader reader = new DocumentReader();

    @Test
    void wordListNumbersAreWrittenOutAsTheReaderSeesThem() throws IOException {
        try (TestDocx d = new TestDocx()) {
            BigInteger list = d.list(new String[] {"chineseCounting", "%1、"}, new String[] {"chineseCounting", "（%2）"},
                    new String[] {"decimal", "%3."});
            d.text("本人履行抓基层党建工作第一责任人职责情况报告如下。");
            d.item(list, 0, "履职情况");
            d.item(list, 1, "强化政治建设");
            d.item(list, 2, "召开党委会专题研究党建工作6次。");
            d.item(list, 2, "发展党员5名。");
            d.item(list, 1, "夯实基层基础");
            d.item(list, 2, "落实“三会一课”制度。");
            d.item(list, 0, "存在的问题");
            d.item(list, 0, "下一步工作打算");
            d.item(list, 1, "抓好学习。");

            Document doc = reader.read(d.bytes(), "numbered.docx");

            assertThat(doc.format()).isEqualTo(InputFormat.DOCX);
            assertThat(doc.text().lines().toList()).containsExactly(
                    "本人履行抓基层党建工作第一责任人职责情况报告如下。",
                    "一、履职情况",
                    "（一）强化政治建设",
                    "1.召开党委会专题研究党建工作6次。",
                    "2.发展党员5名。",
                    "（二）夯实基层基础",
                    "1.落实“三会一课”制度。",
                    "二、存在的问题",
                    "三、下一步工作打算",
                    "（一）抓好学习。");
        }
    }

    @Test
    void headingStylesLinkedToAListAreNumberedAndARestartedListStartsAgain() throws IOException {
        try (TestDocx d = new TestDocx()) {
            BigInteger list = d.list(new String[] {"chineseCountingThousand", "%1、"}, new String[] {"decimal", "%2．"});
            d.headingStyle("Heading1", list, 0);
            d.styled("Heading1", "基本情况");
            d.item(list, 1, "第一项");
            d.styled("Heading1", "主要问题");
            d.item(list, 1, "第一项");
            BigInteger again = d.restart(list, 1, 1);
            d.item(list, 1, "第二项");
            d.item(again, 1, "重新开始");
            d.item(again, 1, "接着数");

            assertThat(reader.read(d.bytes(), "styled.docx").text().lines().toList()).containsExactly(
                    "一、基本情况", "1．第一项", "二、主要问题", "1．第一项", "2．第二项", "1．重新开始", "2．接着数");
        }
    }

    @Test
    void tablesAreReadRowByRowInDocumentOrder() throws IOException {
        try (TestDocx d = new TestDocx()) {
            d.text("一、主要数据");
            XWPFTable t = d.doc.createTable(3, 2);
            String[][] cells = {{"指标", "数量"}, {"新发展党员", "12人"}, {"培训党员", "300人次"}};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 2; c++) {
                    t.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            d.text("二、存在问题");

            assertThat(reader.read(d.bytes(), "table.docx").text().lines().toList()).containsExactly(
                    "一、主要数据", "指标\t数量", "新发展党员\t12人", "培训党员\t300人次", "二、存在问题");
        }
    }

    @Test
    void headersFootersCommentsAndFootnotesAreNotTheReportsText() throws IOException {
        try (TestDocx d = new TestDocx()) {
            d.header("某某镇党委书记抓基层党建工作述职报告（页眉）");
            d.footer("第 1 页");
            XWPFComment comment = d.doc.createComments().createComment(BigInteger.ONE);
            comment.createParagraph().createRun().setText("批注：这里的数据要核实");
            XWPFFootnote note = d.doc.createFootnote();
            note.createParagraph().createRun().setText("脚注：数据来源于组织部");
            XWPFParagraph p = d.doc.createParagraph();
            p.getCTP().addNewCommentRangeStart().setId(BigInteger.ONE);
            p.createRun().setText("全年发展党员12名");
            XWPFRun ref = p.createRun();
            ref.getCTR().addNewFootnoteReference().setId(note.getId());
            p.getCTP().addNewCommentRangeEnd().setId(BigInteger.ONE);
            p.createRun().getCTR().addNewCommentReference().setId(BigInteger.ONE);
            p.createRun().setText("。");

            String text = reader.read(d.bytes(), "furniture.docx").text();

            assertThat(text.strip()).isEqualTo("全年发展党员12名。");
        }
    }

    @Test
    void aLabelNeverFusesWithADigitThatFollowsIt() {
        assertThat(DocxReader.joinLabel("一、", "履职情况")).isEqualTo("一、履职情况");
        assertThat(DocxReader.joinLabel("1", "2023年工作")).isEqualTo("1 2023年工作");
        assertThat(DocxReader.joinLabel("（1）", "2023年工作")).isEqualTo("（1）2023年工作");
        assertThat(DocxReader.joinLabel("一、", "")).isEqualTo("一、");
    }
}
