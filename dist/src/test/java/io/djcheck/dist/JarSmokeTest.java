package io.djcheck.dist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped jar (cli/target/djcheck.jar, run with {@code java -jar}) on a report in every format it
 * reads — text, GB18030 text, .docx, .doc, PDF, JSON and YAML submissions — and on hostile files. It
 * catches what class-path tests cannot: a library missing from the shaded jar (json-schema-validator
 * was: every JSON/YAML submission died of NoClassDefFoundError, then waited for the time limit).
 */
class JarSmokeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> REPORTS = List.of("report.txt", "report.gb18030.txt", "report.docx", "report.doc",
            "report.pdf", "submission.json", "submission.yaml");

    @Test
    void everyFormatIsCheckedByTheJar(@TempDir Path dir) {
        REPORTS.forEach(name -> Shipped.sample(dir, name));
        String[] args = new String[REPORTS.size() + 3];
        args[0] = "check";
        args[1] = "--format";
        args[2] = "jsonl";
        for (int i = 0; i < REPORTS.size(); i++) {
            args[i + 3] = REPORTS.get(i);
        }
        Shipped.Run run = Shipped.jar(dir, args);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).as(run.toString()).isEmpty();
        List<JsonNode> results = run.out().lines().map(JarSmokeTest::json).toList();
        assertThat(results).extracting(r -> r.get("source").asText()).containsExactlyElementsOf(REPORTS);
        for (JsonNode r : results) {
            assertThat(r.has("error")).as(r.toString()).isFalse();
            assertThat(r.get("score").asDouble()).as(r.get("source").asText()).isBetween(0.0, 100.0);
            assertThat(r.get("findings").size()).as(r.get("source").asText()).isGreaterThan(20);
            assertThat(r.at("/ruleset/id").asText()).isEqualTo("djcheck-default");
        }
    }

    @Test
    void aYamlSubmissionIsCheckedExtractedAndExplainedWithoutATimeLimit(@TempDir Path dir) {
        Shipped.sample(dir, "submission.yaml");
        Shipped.sample(dir, "submission.json");

        Shipped.Run check = Shipped.jar(dir, "check", "--timeout", "0", "submission.yaml");
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.err()).as(check.toString()).isEmpty();
        assertThat(check.out()).contains("━━ submission.yaml ━━", "得分 ", "等次 ");

        Shipped.Run extract = Shipped.jar(dir, "extract", "submission.json");
        assertThat(extract.exitCode()).as(extract.toString()).isZero();
        assertThat(extract.out()).contains("committee.dj_sessions");
        Shipped.assertNoStackTrace(extract);

        Shipped.Run explain = Shipped.jar(dir, "explain", "submission.yaml", "--rule", "ZR-01");
        assertThat(explain.exitCode()).as(explain.toString()).isZero();
        assertThat(explain.out()).contains("ZR-01 ", "committee_dj_sessions_min");
        Shipped.assertNoStackTrace(explain);
    }

    @Test
    void hostileFilesFailAloneWithOneLineEach(@TempDir Path dir) throws IOException {
        Shipped.sample(dir, "report.txt");
        Shipped.sample(dir, "truncated.docx");
        bomb(dir.resolve("bomb.docx"));

        Shipped.Run run = Shipped.jar(dir, "check", "--format", "jsonl", "truncated.docx", "report.txt", "bomb.docx");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.errLines()).as(run.toString()).satisfiesExactly(
                l -> assertThat(l).startsWith("djcheck: truncated.docx: ").contains("damaged"),
                l -> assertThat(l).startsWith("djcheck: bomb.docx: ").contains("zip bomb"));
        List<JsonNode> results = run.out().lines().map(JarSmokeTest::json).toList();
        assertThat(results).extracting(r -> r.get("source").asText()).containsExactly("truncated.docx", "report.txt", "bomb.docx");
        assertThat(results.get(1).get("score").asDouble()).isPositive();
        assertThat(results.get(0).has("error")).isTrue();
        assertThat(results.get(2).has("error")).isTrue();
        Shipped.assertNoStackTrace(run);
    }

    @Test
    void itsOwnWorkbookIsNamedAWorkbook(@TempDir Path dir) {
        Shipped.sample(dir, "report.txt");
        Shipped.Run write = Shipped.jar(dir, "check", "--out", "results.xlsx", "report.txt");
        assertThat(write.exitCode()).as(write.toString()).isZero();

        Shipped.Run read = Shipped.jar(dir, "check", "results.xlsx");
        assertThat(read.exitCode()).as(read.toString()).isEqualTo(3);
        assertThat(read.errLines()).containsExactly(
                "djcheck: results.xlsx: an Excel workbook, not a report; give the report as .docx, .doc, PDF or text");
    }

    /** A .docx whose one part expands 20 MB of zeros from a few kilobytes. */
    private static void bomb(Path target) {
        try (OutputStream file = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 20; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
