package io.djcheck.render;

import io.djcheck.result.CheckResult;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbook of the five seeds, read back with POI: rows, header, filters, colours, findings. */
class XlsxResultWriterTest {

    private static XSSFWorkbook write(Path file, List<CheckResult> results, int rowsPerSheet) throws IOException {
        Seeds.feed(new XlsxResultWriter(Files.newOutputStream(file), rowsPerSheet), results, "missing.docx",
                "missing.docx: no such file; check the path");
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> column(Sheet sheet, int col) {
        List<String> out = new ArrayList<>();
        for (Row row : sheet) {
            out.add(row.getCell(col) == null ? null : row.getCell(col).toString());
        }
        return out;
    }

    @Test
    void summaryHasOneRowPerReportWithScoreGradeFailedRulesAndErrors(@TempDir Path dir) throws IOException {
        List<CheckResult> seeds = Seeds.results();
        try (XSSFWorkbook wb = write(dir.resolve("r.xlsx"), seeds, 1_048_576)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet summary = wb.getSheet("summary");
            assertThat(summary.getLastRowNum()).isEqualTo(seeds.size() + 1);     // header + 5 seeds + 1 failure
            assertThat(column(summary, 0).get(0)).isEqualTo("报告 source");
            assertThat(column(summary, 2).get(0)).isEqualTo("得分 score");
            for (int i = 0; i < seeds.size(); i++) {
                Row row = summary.getRow(i + 1);
                CheckResult r = seeds.get(i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(r.source());
                assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(r.score());
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo(r.gradeLabel());
                assertThat(row.getCell(7).getStringCellValue()).isEqualTo(Names.rules(r, "；",
                        io.djcheck.model.Status.FAIL, io.djcheck.model.Status.ERROR));
                assertThat(row.getCell(10).getStringCellValue()).isEqualTo(Names.organisation(r));
                assertThat(row.getCell(11).getStringCellValue()).isEqualTo(r.reportInfo().orgLevel().label());
            }
            assertThat(summary.getRow(2).getCell(7).getStringCellValue())                       // 001
                    .isEqualTo("DY-03 党员无违纪违法；JJ-01 村集体经济收入全部达到强村标准");
            assertThat(column(summary, 10).get(0)).isEqualTo("报告单位 organisation");
            Row failed = summary.getRow(seeds.size() + 1);
            assertThat(failed.getCell(0).getStringCellValue()).isEqualTo("missing.docx");
            assertThat(failed.getCell(2)).isNull();
            assertThat(failed.getCell(9).getStringCellValue()).contains("no such file");
            assertThat(failed.getCell(10).getStringCellValue()).isEqualTo("missing.docx");

            assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
            assertThat(summary.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(summary.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:M7");

            // the grade is coloured by grade: 一般 amber, 差 red (no seed grades 较好 since issue 15: 001's
            // 主题党日、组织生活会 are only an instruction to the branches, and ZL-04 is not evidenced)
            assertThat(fill(summary.getRow(1), 4)).isEqualTo("FFEB9C");             // 000: 一般
            assertThat(fill(summary.getRow(2), 4)).isEqualTo("FFEB9C");             // 001: 一般
            assertThat(fill(summary.getRow(4), 4)).isEqualTo("FFC7CE");             // 003: 差
        }
    }

    private static String fill(Row row, int col) {
        byte[] rgb = ((XSSFCellStyle) row.getCell(col).getCellStyle()).getFillForegroundXSSFColor().getRGB();
        return HexFormat.of().withUpperCase().formatHex(rgb);
    }

    @Test
    void findingsSheetHasEveryFindingWithItsStatusDeductionMessageAndQuote(@TempDir Path dir) throws IOException {
        List<CheckResult> seeds = Seeds.results();
        int findings = seeds.stream().mapToInt(r -> r.findings().size()).sum();
        try (XSSFWorkbook wb = write(dir.resolve("r.xlsx"), seeds, 1_048_576)) {
            XSSFSheet sheet = wb.getSheet("findings");
            assertThat(sheet.getLastRowNum()).isEqualTo(findings);
            assertThat(column(sheet, 1).get(0)).isEqualTo("规则 ruleId");
            Row jj = null;
            for (Row row : sheet) {
                if (row.getCell(0).toString().contains("001_") && row.getCell(1).toString().equals("JJ-01")) {
                    jj = row;
                }
            }
            assertThat(jj).isNotNull();
            assertThat(jj.getCell(4).getStringCellValue()).isEqualTo("严重");
            assertThat(jj.getCell(5).getStringCellValue()).isEqualTo("不合格");
            assertThat(jj.getCell(6).getNumericCellValue()).isEqualTo(5);
            assertThat(jj.getCell(7).getStringCellValue()).startsWith("至少有7个村");
            assertThat(jj.getCell(8).getStringCellValue()).contains("虽然全镇集体经济年收入10万元以上村已经达到8个");
            assertThat(jj.getCell(8).getCellStyle().getWrapText()).isTrue();                 // two quotes, two lines
            assertThat(fill(jj, 5)).isEqualTo("FFC7CE");
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:K" + (findings + 1));
        }
    }

    @Test
    void aTableLongerThanASheetContinuesOnTheNextWithItsHeader(@TempDir Path dir) throws IOException {
        List<CheckResult> seeds = Seeds.results();
        int findings = seeds.stream().mapToInt(r -> r.findings().size()).sum();   // 125 rows
        try (XSSFWorkbook wb = write(dir.resolve("r.xlsx"), seeds, 50)) {
            assertThat(wb.getSheet("findings").getLastRowNum()).isEqualTo(49);
            assertThat(wb.getSheet("findings 2").getLastRowNum()).isEqualTo(49);
            assertThat(wb.getSheet("findings 3").getLastRowNum()).isEqualTo(findings - 2 * 49);
            assertThat(wb.getSheet("findings 3").getRow(0).getCell(0).toString()).isEqualTo("报告 source");
        }
    }
}
