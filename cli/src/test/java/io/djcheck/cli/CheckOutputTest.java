package io.djcheck.cli;

import io.djcheck.testing.Corpus;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code djcheck check --format ... --out PATH}: which formats need a file, and what each writes. */
class CheckOutputTest {

    @Test
    void spreadsheetAndPageFormatsNeedOut() {
        for (String format : new String[] {"csv", "xlsx", "html"}) {
            Cli.Run run = Cli.run("check", "--format", format, Corpus.seed("000").toString());
            assertThat(run.exitCode()).as(format).isEqualTo(2);
            assertThat(run.errLines()).singleElement().asString()
                    .contains("--format " + format + " writes a file; add --out PATH (e.g. --out results." + format + ")");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void outAsAFileMustBeInAnExistingFolderAndAFolderGetsTheBatchOutputs(@TempDir Path dir) {
        Cli.Run missing = Cli.run("check", "--format", "html", "--out", dir.resolve("no/such/dir/r.html").toString(),
                Corpus.seed("000").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("does not exist; create it first");
        Cli.Run folder = Cli.run("check", "--format", "xlsx", "--out", dir.toString(), Corpus.seed("000").toString());
        assertThat(folder.exitCode()).isZero();
        assertThat(dir.resolve("results.jsonl")).isRegularFile();
        assertThat(dir.resolve("summary.xlsx")).isRegularFile();
        assertThat(dir.resolve("report.html")).doesNotExist();
    }

    @Test
    void anOutFileWithoutFormatIsWrittenInTheFormatItsSuffixNames(@TempDir Path dir) throws IOException {
        Cli.Run run = Cli.run("check", "--out", dir.resolve("r.jsonl").toString(), Corpus.seed("000").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readAllLines(dir.resolve("r.jsonl"))).singleElement().asString().startsWith("{\"schemaVersion\"");
    }

    @Test
    void everyFileFormatIsWrittenForAFolderWithABadFileInIt(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Corpus.seed("001"), in.resolve("a.txt"));
        Files.writeString(in.resolve("b.txt"), "");
        Files.copy(Corpus.seed("003"), in.resolve("c.txt"));

        Cli.Run csv = Cli.run("check", "--format", "csv", "--out", dir.resolve("r.csv").toString(), in.toString());
        assertThat(csv.exitCode()).isEqualTo(3);
        assertThat(csv.errLines()).singleElement().asString().contains("b.txt");
        assertThat(csv.out()).contains("wrote 2 results and 1 input that could not be checked to ", "r.findings.csv");
        String summary = Files.readString(dir.resolve("r.csv"), StandardCharsets.UTF_8);
        assertThat(summary.lines()).hasSize(4);
        assertThat(summary.lines().toList().get(2)).contains("b.txt").contains("empty");
        assertThat(Files.readString(dir.resolve("r.findings.csv")).lines().filter(l -> l.startsWith(in.toString())))
                .hasSize(2 * 27);                                  // one record per finding (quotes may span lines)

        assertThat(Cli.run("check", "--format", "xlsx", "--out", dir.resolve("r.xlsx").toString(), in.toString())
                .exitCode()).isEqualTo(3);
        try (InputStream s = Files.newInputStream(dir.resolve("r.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            assertThat(wb.getSheet("summary").getLastRowNum()).isEqualTo(3);
            assertThat(wb.getSheet("findings").getLastRowNum()).isEqualTo(54);
        }

        assertThat(Cli.run("check", "--format", "html", "--out", dir.resolve("r.html").toString(), in.toString())
                .exitCode()).isEqualTo(3);
        String html = Files.readString(dir.resolve("r.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("a.txt", "c.txt", "b.txt", "无法检查").endsWith("</html>\n");

        Cli.Run jsonl = Cli.run("check", "--format", "jsonl", "--out", dir.resolve("r.jsonl").toString(), in.toString());
        assertThat(jsonl.exitCode()).isEqualTo(3);
        assertThat(Files.readAllLines(dir.resolve("r.jsonl"))).hasSize(3);
    }

    @Test
    void textJsonAndJsonlGoToStdoutWithoutOut() {
        Cli.Run jsonl = Cli.run("check", "--format", "jsonl", Corpus.seeds().toString());
        assertThat(jsonl.exitCode()).isZero();
        assertThat(jsonl.out().lines()).hasSize(5).allSatisfy(l -> assertThat(l).startsWith("{\"schemaVersion\":\"1.0\""));
    }
}
