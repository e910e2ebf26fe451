package io.djcheck.cli;

import io.djcheck.model.Status;
import io.djcheck.result.Finding;
import io.djcheck.result.ResultJsonReader;
import io.djcheck.result.StoredResult;
import io.djcheck.testing.Corpus;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Word outputs from the command line: {@code djcheck check --out DIR examples/reports} writes a
 * 反馈意见 letter per report in DIR/feedback/ and the county's 汇总通报.docx, and each letter, read
 * back with POI, holds every failed finding's title, quote and 整改建议; {@code --format docx
 * --out FILE} writes the letters into one file.
 */
class FeedbackLettersTest {

    private static String text(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            StringBuilder sb = new StringBuilder();
            doc.getParagraphs().forEach(p -> sb.append(p.getText()).append('\n'));
            for (XWPFTable t : doc.getTables()) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cell.getParagraphs().stream().map(XWPFParagraph::getText).forEach(s -> sb.append(s).append('\n'));
                    }
                }
            }
            return sb.toString();
        }
    }

    private static List<StoredResult> results(Path dir) throws IOException {
        return Files.readAllLines(dir.resolve("results.jsonl")).stream().map(l -> ResultJsonReader.read(l).result()).toList();
    }

    private static String addressee(StoredResult r) {
        String org = r.reportInfo().organisation();
        if (org != null && !org.isBlank()) {
            return org.strip();
        }
        String name = Path.of(r.source()).getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** The letter that names the report's file: the organisation's name need not be unique. */
    private static Path letterOf(Path out, StoredResult r) throws IOException {
        String fileName = "《" + Path.of(r.source()).getFileName() + "》";
        try (Stream<Path> files = Files.list(out.resolve("feedback"))) {
            List<Path> matching = files.filter(p -> {
                try {
                    return text(p).contains(fileName);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(matching).as(fileName).hasSize(1);
            return matching.get(0);
        }
    }

    @Test
    void aBatchOfTheSampleReportsWritesALetterPerReportAndTheCountySummary(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        Cli.Run run = Cli.run("check", "--out", out + "/", "-q", Corpus.seeds().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        List<StoredResult> results = results(out);
        assertThat(results).hasSize(5);
        try (Stream<Path> files = Files.list(out.resolve("feedback"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).hasSize(5).allMatch(n -> n.endsWith(".docx"));
        }
        for (StoredResult r : results) {
            String org = addressee(r);
            Path letter = letterOf(out, r);
            String text = text(letter);
            assertThat(letter.getFileName().toString()).as("named after the organisation")
                    .startsWith(org.replaceAll("[*?]+", "_"));
            assertThat(text).as(letter.toString()).contains(org + "：", "等次为“" + r.gradeLabel() + "”");
            List<Finding> failed = r.findings().stream().filter(f -> f.status() == Status.FAIL).toList();
            assertThat(failed).isNotEmpty();
            for (Finding f : failed) {
                assertThat(text).as(f.ruleId()).contains(f.title(), f.suggestion().strip());
                if (!f.evidence().isEmpty()) {
                    assertThat(text).as(f.ruleId()).contains("“" + f.evidence().get(0).quote().strip() + "”");
                }
            }
        }

        String summary = text(out.resolve("汇总通报.docx"));
        assertThat(summary).contains("关于基层党建工作述职报告审核情况的通报", "完成检查5份");
        List<Integer> places = results.stream().sorted((a, b) -> Double.compare(b.score(), a.score()))
                .map(r -> summary.indexOf("\n" + addressee(r) + "\n")).toList();
        assertThat(places).doesNotContain(-1).isSorted();                 // ranked by score, best first
        try (Stream<Path> all = Files.walk(out)) {
            assertThat(all.map(Path::toString)).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void aSecondRunReplacesTheLettersOfTheFirst(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        assertThat(Cli.run("check", "--out", out.toString(), "--format", "docx", "-q", Corpus.seed("000").toString())
                .exitCode()).isZero();
        Cli.Run second = Cli.run("check", "--out", out.toString(), "--format", "docx", "--overwrite", "-q",
                Corpus.seed("003").toString());
        assertThat(second.exitCode()).as(second.err()).isZero();
        try (Stream<Path> files = Files.list(out.resolve("feedback"))) {
            assertThat(files.toList()).singleElement().isEqualTo(letterOf(out, results(out).get(0)));
        }
        assertThat(results(out)).singleElement().satisfies(r -> assertThat(r.source()).contains("003"));
        assertThat(out.resolve("summary.xlsx")).doesNotExist();          // --format docx: only the Word outputs
    }

    @Test
    void formatDocxWritesTheLettersIntoOneFileAndNeedsOut(@TempDir Path tmp) throws IOException {
        Cli.Run noOut = Cli.run("check", "--format", "docx", Corpus.seed("000").toString());
        assertThat(noOut.exitCode()).isEqualTo(2);
        assertThat(noOut.err()).contains("--format docx writes a file; add --out PATH (e.g. --out results.docx)");

        Path file = tmp.resolve("反馈意见.docx");
        Cli.Run run = Cli.run("check", "--out", file.toString(), Corpus.seed("001").toString(), Corpus.seed("003").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String text = text(file);
        assertThat(text.split("基层党建工作述职报告的反馈意见", -1)).hasSize(3);   // two letters, by the .docx suffix
    }
}
