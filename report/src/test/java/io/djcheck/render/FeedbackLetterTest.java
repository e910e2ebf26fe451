package io.djcheck.render;

import io.djcheck.model.Status;
import io.djcheck.result.CheckResult;
import io.djcheck.result.Finding;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Word letters and the county summary of the five seeds, read back with POI: each letter names
 * its organisation, score and grade, and holds every failed or not-evidenced finding's title, quotes,
 * basis and 整改建议 in its table; the page is A4 with the GB/T 9704 margins and fonts; the summary
 * ranks the organisations by score.
 */
class FeedbackLetterTest {

    static final LocalDate DATE = LocalDate.of(2025, 1, 15);

    static XWPFDocument read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    /** The table of a letter or summary as rows of cell texts, a cell's paragraphs one a line (header first). */
    static List<List<String>> rows(XWPFDocument doc) {
        assertThat(doc.getTables()).hasSize(1);
        List<List<String>> out = new ArrayList<>();
        for (XWPFTableRow row : doc.getTables().get(0).getRows()) {
            out.add(row.getTableCells().stream().map(c -> c.getParagraphs().stream().map(XWPFParagraph::getText)
                    .collect(java.util.stream.Collectors.joining("\n")).strip()).toList());
        }
        return out;
    }

    static String paragraphs(XWPFDocument doc) {
        StringBuilder sb = new StringBuilder();
        doc.getParagraphs().forEach(p -> sb.append(p.getText()).append('\n'));
        return sb.toString();
    }

    static List<Finding> problems(CheckResult r) {
        return r.findings().stream().filter(f -> f.status() == Status.FAIL || f.status() == Status.NOT_EVIDENCED).toList();
    }

    private static Path writeFolder(Path dir) throws IOException {
        Seeds.feed(new FeedbackFolderWriter(dir.resolve("feedback"), dir.resolve("汇总通报.docx"), DATE), Seeds.results(),
                "broken.pdf", "broken.pdf：不是有效的 PDF 文件；请重新导出");
        return dir;
    }

    @Test
    void eachLetterHoldsEveryProblemWithItsTitleQuotesBasisAndSuggestion(@TempDir Path dir) throws IOException {
        writeFolder(dir);
        try (Stream<Path> files = Files.list(dir.resolve("feedback"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .hasSize(Seeds.results().size()).allMatch(n -> n.endsWith(".docx"));
        }
        for (CheckResult r : Seeds.results()) {
            String org = Addressee.of(r);
            Path file = dir.resolve("feedback").resolve(LetterFileNames.safe(org) + ".docx");
            try (XWPFDocument doc = read(file)) {
                String text = paragraphs(doc);
                assertThat(text).as(file.toString())
                        .contains("关于" + org + "基层党建工作述职报告的反馈意见", "\n" + org + "：",
                                "得分" + Addressee.score(r.score()) + "分，等次为“" + r.gradeLabel() + "”",
                                "2025年1月15日");

                List<Finding> problems = problems(r);
                assertThat(problems).as("every seed has something to mend").isNotEmpty();
                List<List<String>> rows = rows(doc);
                assertThat(rows.get(0)).isEqualTo(FeedbackLetter.HEADER);
                assertThat(rows).hasSize(problems.size() + 1);
                for (int i = 0; i < problems.size(); i++) {
                    Finding f = problems.get(i);
                    List<String> row = rows.get(i + 1);
                    assertThat(row.get(0)).isEqualTo(String.valueOf(i + 1));
                    assertThat(row.get(1)).isEqualTo(f.title());
                    assertThat(row.get(2)).startsWith(f.status() == Status.FAIL ? "不合格：" : "未体现：").contains(f.message());
                    List<String> quotes = f.evidence().stream().map(e -> e.quote().strip()).distinct().toList();
                    List<String> expected = new ArrayList<>(quotes.stream().limit(FeedbackLetter.MAX_QUOTES)
                            .map(q -> "“" + q + "”").toList());
                    if (quotes.size() > FeedbackLetter.MAX_QUOTES) {
                        expected.add("（另有" + (quotes.size() - FeedbackLetter.MAX_QUOTES) + "处）");
                    }
                    if (quotes.isEmpty()) {
                        expected.add("（报告中未见相关表述）");
                    }
                    assertThat(row.get(3).split("\n")).as(f.ruleId() + ": each quote once, one a line")
                            .containsExactlyElementsOf(expected);
                    assertThat(row.get(4)).isEqualTo(f.basis().strip());
                    assertThat(row.get(5)).isEqualTo(f.suggestion().strip());
                }
            }
        }
    }

    @Test
    void theLetterIsA4WithTheOfficialMarginsAndFonts(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("letter.docx");
        Seeds.feed(new DocxFeedbackWriter(Files.newOutputStream(file), DATE), List.of(Seeds.result("003")), null, null);
        try (XWPFDocument doc = read(file)) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertThat(twips(sect.getPgSz().getW())).isEqualTo(OfficialDocument.mm(210));
            assertThat(twips(sect.getPgSz().getH())).isEqualTo(OfficialDocument.mm(297));
            CTPageMar m = sect.getPgMar();
            assertThat(List.of(twips(m.getTop()), twips(m.getBottom()), twips(m.getLeft()), twips(m.getRight())))
                    .containsExactly(OfficialDocument.mm(37), OfficialDocument.mm(35), OfficialDocument.mm(28),
                            OfficialDocument.mm(26));
            assertThat(OfficialDocument.mm(210 - 28 - 26)).isEqualTo(OfficialDocument.TEXT_WIDTH);   // 156 mm of text

            XWPFRun title = doc.getParagraphs().get(0).getRuns().get(0);
            assertThat(title.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
            assertThat(title.getFontSizeAsDouble()).isEqualTo(22.0);                  // 二号
            XWPFRun body = doc.getParagraphs().get(2).getRuns().get(0);
            assertThat(body.getText(0)).startsWith("经审核你单位报送的《003_");
            assertThat(body.getFontFamily(XWPFRun.FontCharRange.eastAsia)).as("the body takes the defaults").isNull();
            CTRPr defaults = doc.getStyle().getDocDefaults().getRPrDefault().getRPr();
            assertThat(defaults.getRFontsArray(0).getEastAsia()).isEqualTo("仿宋_GB2312");
            assertThat(defaults.getRFontsArray(0).getAscii()).isEqualTo("Times New Roman");
            assertThat(twips(defaults.getSzArray(0).getVal())).isEqualTo(32);          // 三号, 16 pt in half-points

            assertThat(doc.getFooterList()).singleElement().satisfies(f -> assertThat(f._getHdrFtr().xmlText()).contains("PAGE"));
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();                    // the header on every page
        }
    }

    private static int twips(Object v) {
        return ((BigInteger) v).intValue();
    }

    @Test
    void oneFileHoldsEveryLetterEachOnItsOwnPage(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("letters.docx");
        Seeds.feed(new DocxFeedbackWriter(Files.newOutputStream(file), DATE), Seeds.results(), "x.pdf", "x.pdf：无法读取");
        try (XWPFDocument doc = read(file)) {
            List<XWPFParagraph> titles = new ArrayList<>();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p && p.getText().endsWith("基层党建工作述职报告的反馈意见")) {
                    titles.add(p);
                }
            }
            assertThat(titles).hasSize(Seeds.results().size());
            assertThat(titles.get(0).isPageBreak()).isFalse();
            assertThat(titles.subList(1, titles.size())).allMatch(XWPFParagraph::isPageBreak);
            assertThat(doc.getTables()).hasSize(Seeds.results().size());
        }
    }

    @Test
    void theCountySummaryRanksTheOrganisationsWithTheirMainProblems(@TempDir Path dir) throws IOException {
        writeFolder(dir);
        List<CheckResult> byScore = Seeds.results().stream()
                .sorted((a, b) -> Double.compare(b.score(), a.score())).toList();
        try (XWPFDocument doc = read(dir.resolve("汇总通报.docx"))) {
            String text = paragraphs(doc);
            assertThat(text).contains("关于基层党建工作述职报告审核情况的通报", "完成检查5份", "另有1份未能完成检查",
                    "broken.pdf：不是有效的 PDF 文件", "三、共性问题");
            List<List<String>> rows = rows(doc);
            assertThat(rows.get(0)).isEqualTo(CountySummary.HEADER);
            assertThat(rows).hasSize(byScore.size() + 1);
            for (int i = 0; i < byScore.size(); i++) {
                CheckResult r = byScore.get(i);
                List<String> row = rows.get(i + 1);
                assertThat(row.subList(1, 4)).containsExactly(Addressee.of(r), Addressee.score(r.score()), r.gradeLabel());
                Finding worst = r.findings().stream().filter(f -> f.status() == Status.FAIL)
                        .max((a, b) -> Double.compare(a.deduction(), b.deduction())).orElseThrow();
                assertThat(row.get(4)).contains(worst.title());
            }
            assertThat(rows.get(1).get(0)).isEqualTo("1");
        }
    }

    @Test
    void aRankingTooLongForOneDocumentShowsBothEndsAndCountsTheMiddle(@TempDir Path dir) throws IOException {
        CountySummary s = new CountySummary();
        int n = 2 * CountySummary.SHOWN_EACH_END + 7;
        for (int i = 0; i < n; i++) {
            s.add(Seeds.results().get(i % Seeds.results().size()));
        }
        Path file = dir.resolve("s.docx");
        s.write(Files.newOutputStream(file), DATE);
        double ratio = org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio();
        org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.001);     // 1,000 rows of five repeated seeds
        try (XWPFDocument doc = read(file)) {
            List<List<String>> rows = rows(doc);
            assertThat(rows).hasSize(1 + 2 * CountySummary.SHOWN_EACH_END + 1);
            assertThat(rows.get(1 + CountySummary.SHOWN_EACH_END).get(1)).isEqualTo("（中间7个单位从略，全部得分见汇总表）");
            double worst = Seeds.results().stream().mapToDouble(CheckResult::score).min().orElseThrow();
            assertThat(rows.get(rows.size() - 1).get(2)).isEqualTo(Addressee.score(worst));
            assertThat(paragraphs(doc)).contains("完成检查" + n + "份");
        } finally {
            org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(ratio);
        }
    }

    @Test
    void equalScoresShareARank() {
        CountySummary s = new CountySummary();
        CheckResult r = Seeds.result("000");
        CheckResult worse = Seeds.result("003");
        CheckResult better = Seeds.result("001");
        assertThat(better.score()).isGreaterThan(r.score()).isGreaterThan(worse.score());
        s.add(worse);
        s.add(r);
        s.add(better);
        s.add(r);
        assertThat(s.ranking()).extracting(CountySummary.Ranked::rank).containsExactly(1, 2, 2, 4);
        assertThat(s.ranking()).extracting(p -> p.line().score())
                .containsExactly(better.score(), r.score(), r.score(), worse.score());
    }
}
