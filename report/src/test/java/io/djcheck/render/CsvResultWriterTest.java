package io.djcheck.render;

import io.djcheck.model.Status;
import io.djcheck.result.CheckResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Both CSV tables of the seeds: BOM, RFC 4180 quoting, one row per report and per finding. */
class CsvResultWriterTest {

    /** An RFC 4180 reader: records of fields, quotes doubled inside quoted fields. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }

    private static String readWithBom(Path p) throws IOException {
        byte[] bytes = Files.readAllBytes(p);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void summaryAndFindingsOfTheSeedsOpenAsUtf8WithBom(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("results.csv");
        List<CheckResult> seeds = Seeds.results();
        Seeds.feed(ResultFormat.CSV.open(out, ResultFormat.Options.DEFAULT), seeds, "b.txt", "b.txt: the file is empty");

        List<List<String>> summary = parse(readWithBom(out));
        assertThat(summary.get(0)).containsExactly("source", "sha256", "score", "grade", "gradeLabel", "vetoed",
                "complete", "failedRules", "notEvidencedRules", "error", "organisation", "level", "genre");
        assertThat(summary).hasSize(seeds.size() + 2).allSatisfy(r -> assertThat(r).hasSize(13));
        CheckResult r001 = Seeds.result("001");
        // values as reviewers read them: 是/否, rules with their titles, 乡镇, 述职报告
        assertThat(summary.get(2)).containsExactly(r001.source(), r001.sha256(), "79", "FAIR", "一般", "否", "是",
                "DY-03 党员无违纪违法；JJ-01 村集体经济收入全部达到强村标准", Names.rules(r001, "；", Status.NOT_EVIDENCED),
                "", "001_a6f31e7c84c24bc8.txt", "乡镇", "述职报告");
        assertThat(summary.get(2).get(8)).startsWith("ZZ-").contains("；").doesNotContain("NOT_EVIDENCED");
        assertThat(readWithBom(out).split("\r\n", -1)).hasSize(seeds.size() + 3);   // one line per report
        assertThat(summary.get(seeds.size() + 1)).containsExactly("b.txt", "", "", "", "", "", "", "", "",
                "b.txt: the file is empty", "b.txt", "", "");
        assertThat(summary).anySatisfy(r -> assertThat(r.get(10)).isEqualTo("**镇党委"));   // 003 names itself

        Path findingsFile = dir.resolve("results.findings.csv");
        List<List<String>> findings = parse(readWithBom(findingsFile));
        assertThat(findings.get(0)).containsExactly("source", "ruleId", "title", "category", "severity", "status",
                "deduction", "message", "evidence", "suggestion", "organisation");
        assertThat(findings).hasSize(1 + seeds.stream().mapToInt(r -> r.findings().size()).sum());
        assertThat(findings).filteredOn(f -> f.get(0).equals(r001.source()) && f.get(1).equals("JJ-01"))
                .singleElement().satisfies(f -> {
                    assertThat(f.get(4)).isEqualTo("严重");
                    assertThat(f.get(5)).isEqualTo("不合格");
                    assertThat(f.get(6)).isEqualTo("5");
                    assertThat(f.get(8)).isEqualTo("虽然全镇集体经济年收入10万元以上村已经达到8个\n确保15个村集体经济收入全部达到10万元以上");
                    assertThat(f.get(10)).isEqualTo("001_a6f31e7c84c24bc8.txt");
                });
        // no English enum value is left in the findings table
        assertThat(findings.subList(1, findings.size())).allSatisfy(f -> {
            assertThat(f.get(4)).isIn("提示", "一般", "严重", "特别严重", "一票否决");
            assertThat(f.get(5)).isIn("合格", "不合格", "未体现", "出错");
        });
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plain|plain",
            "a,b|\"a,b\"",
            "say \"hi\"|\"say \"\"hi\"\"\"",
            "=1+2|'=1+2",
            "-3|'-3",
            "@SUM(A1)|'@SUM(A1)",
            "+86|'+86",
            "=HYPERLINK(\"x\")|\"'=HYPERLINK(\"\"x\"\")\""})
    void cellsAreQuotedWhereNeededAndFormulasDefused(String value, String cell) {
        assertThat(CsvResultWriter.cell(value)).isEqualTo(cell);
    }

    @Test
    void lineBreaksStayInsideAQuotedCell() {
        assertThat(CsvResultWriter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvResultWriter.cell("cr\rlf")).isEqualTo("\"cr\rlf\"");
    }

    @Test
    void numbersAreWrittenWithoutTrailingZeros() {
        assertThat(CsvResultWriter.cell(81.5)).isEqualTo("81.5");
        assertThat(CsvResultWriter.cell(5.0)).isEqualTo("5");
        assertThat(CsvResultWriter.cell(null)).isEmpty();
    }

    @Test
    void theFindingsFileSitsBesideTheSummary() {
        assertThat(ResultFormat.findingsCsv(Path.of("out/results.csv"))).isEqualTo(Path.of("out/results.findings.csv"));
        assertThat(ResultFormat.findingsCsv(Path.of("results"))).isEqualTo(Path.of("results.findings.csv"));
    }
}
