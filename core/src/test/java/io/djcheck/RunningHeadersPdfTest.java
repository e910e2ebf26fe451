package io.djcheck;

import io.djcheck.ingest.TestDocx;
import io.djcheck.model.InputFormat;
import io.djcheck.model.Report;
import io.djcheck.testing.Corpus;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PDF as Word exports official documents: 三号 (16 pt) justified text with a two-character first-line
 * indent over several pages, a running header with the report's title and a "- 3 -" page number in
 * the footer. Test resource formats/003_running_headers.pdf is {@link #sourceDocx()} converted with
 * {@code libreoffice --headless --convert-to pdf}.
 */
class RunningHeadersPdfTest {

    static final String HEADER = "某某镇党委书记抓基层党建工作述职报告";

    @Test
    void headersAndPageNumbersGoAndParagraphsComeBack() {
        Checker checker = Checker.builder().rulePack(Corpus.defaultPack()).build();
        Path pdf = FormatsTest.resource("formats/003_running_headers.pdf");
        Report fromPdf = checker.extract(pdf);
        Report fromText = checker.extract(Corpus.seed("003"));

        assertThat(checker.read(pdf).format()).isEqualTo(InputFormat.PDF);
        assertThat(fromPdf.text()).doesNotContain(HEADER).doesNotContainPattern("-\\s*\\d+\\s*-");
        // the same paragraphs (the PDF export drops a few hanging commas, so compare how each one starts)
        assertThat(fromPdf.text().strip().lines().map(l -> l.substring(0, Math.min(l.length(), 12))).toList())
                .isEqualTo(fromText.text().strip().lines().filter(l -> !l.isBlank())
                        .map(l -> l.substring(0, Math.min(l.length(), 12))).toList());
        assertThat(fromPdf.quantities()).extracting(q -> q.concept() + " " + q.value() + " " + q.context())
                .isEqualTo(fromText.quantities().stream().map(q -> q.concept() + " " + q.value() + " " + q.context()).toList());
        assertThat(checker.check(pdf).findings()).extracting(f -> f.ruleId() + " " + f.status())
                .isEqualTo(checker.check(Corpus.seed("003")).findings().stream().map(f -> f.ruleId() + " " + f.status()).toList());
    }

    /** The .docx the PDF resource was made from. */
    static byte[] sourceDocx() {
        try (TestDocx d = new TestDocx()) {
            XWPFParagraph header = d.doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
            header.setAlignment(ParagraphAlignment.CENTER);
            header.createRun().setText(HEADER);
            XWPFParagraph footer = d.doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
            footer.setAlignment(ParagraphAlignment.CENTER);
            footer.createRun().setText("- ");
            footer.getCTP().addNewFldSimple().setInstr("PAGE");
            footer.createRun().setText(" -");
            for (String line : Corpus.read(Corpus.seed("003")).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                XWPFParagraph p = d.doc.createParagraph();
                p.setAlignment(ParagraphAlignment.BOTH);
                p.setIndentationFirstLine(640);                  // two characters of 16 pt
                XWPFRun r = p.createRun();
                r.setFontSize(16);
                r.setText(line);
            }
            return d.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
