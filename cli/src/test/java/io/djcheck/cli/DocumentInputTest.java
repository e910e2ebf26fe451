package io.djcheck.cli;

import io.djcheck.testing.Corpus;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports in every format in one batch: the readable ones are checked, each bad one is one stderr line. */
class DocumentInputTest {

    private static Path formats(String name) {
        return Corpus.formats().resolve(name);
    }

    @Test
    void aBatchOfEveryFormatChecksTheGoodFilesAndNamesEachBadOne(@TempDir Path dir) throws IOException {
        Files.copy(formats("000_9c5ce89756f0e5ee.docx"), dir.resolve("01-word.docx"));
        Files.copy(formats("001_a6f31e7c84c24bc8.pdf"), dir.resolve("02-export.pdf"));
        Files.copy(formats("002_ff416a81c317345d.gb18030.txt"), dir.resolve("03-gbk.txt"));
        Files.copy(formats("003_63944fab751146e4.pdf"), dir.resolve("04-pdf-named.txt"));
        Files.writeString(dir.resolve("05-submission.yaml"), """
                report: {organisation: 某村党支部, level: VILLAGE, year: 2024, authorRole: 村党组织书记}
                facts:
                  quantities: [{concept: members.new, value: 2, unit: 人}]
                  mentions: [{concept: practice.sanhui_yike}]
                """);
        byte[] docx = Files.readAllBytes(formats("004_6de2acf763e16f43.docx"));
        Files.write(dir.resolve("11-truncated.docx"), Arrays.copyOf(docx, docx.length / 2));
        zipBomb(dir.resolve("12-bomb.docx"));
        encryptedPdf(dir.resolve("13-locked.pdf"));
        scannedPdf(dir.resolve("14-scan.pdf"));
        byte[] noise = new byte[2048];
        new Random(7).nextBytes(noise);
        Files.write(dir.resolve("15-noise.txt"), noise);
        Files.write(dir.resolve("16-empty.txt"), new byte[0]);
        Files.write(dir.resolve("17-empty.docx"), new byte[0]);
        Files.writeString(dir.resolve("18-invalid.json"), "{\"report\": {\"year\": \"2023\"}, \"text\": \"正文\"}");

        Cli.Run run = Cli.run("check", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        for (String good : List.of("01-word.docx", "02-export.pdf", "03-gbk.txt", "04-pdf-named.txt", "05-submission.yaml")) {
            assertThat(run.out()).contains(good);
            assertThat(run.err()).doesNotContain(good);
        }
        List<String> errors = run.errLines();
        assertThat(errors).hasSize(8).allMatch(l -> l.startsWith("djcheck: " + dir));
        assertThat(errors.get(0)).contains("11-truncated.docx: the file is a damaged zip archive");
        assertThat(errors.get(1)).contains("12-bomb.docx: part word/document.xml expands more than 100 times: a zip bomb");
        assertThat(errors.get(2)).contains("13-locked.pdf: the PDF is protected by a password");
        assertThat(errors.get(3)).contains("14-scan.pdf: the PDF has 1 page but no text layer (a scan?)");
        assertThat(errors.get(4)).contains("15-noise.txt: not a text document");
        assertThat(errors.get(5)).contains("16-empty.txt: the file is empty (0 bytes)");
        assertThat(errors.get(6)).contains("17-empty.docx: the file is empty (0 bytes)");
        assertThat(errors.get(7)).contains("18-invalid.json: invalid submission (3 problems): /report: required property 'level' not found; ")
                .contains("/report/year: string found, integer expected");
    }

    @Test
    void limitsAreSetOnTheCommandLine() {
        Cli.Run pages = Cli.run("check", "--max-pages", "1", formats("001_a6f31e7c84c24bc8.pdf").toString(),
                Corpus.seed("001").toString());
        assertThat(pages.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(pages.errLines()).singleElement().asString()
                .endsWith("the PDF has 2 pages, more than the limit of 1 (maxPages); split it, or raise the limit (--max-pages)");
        assertThat(pages.out()).contains("001_a6f31e7c84c24bc8.txt");

        Cli.Run size = Cli.run("extract", "--max-size", "4KB", formats("001_a6f31e7c84c24bc8.docx").toString());
        assertThat(size.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(size.errLines()).singleElement().asString().contains("larger than the limit of 4 KB");

        assertThat(Cli.run("extract", "--max-size", "2MB", formats("001_a6f31e7c84c24bc8.docx").toString()).exitCode())
                .isZero();
        Cli.Run bad = Cli.run("check", "--max-size", "lots", Corpus.seed("001").toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).contains("'lots' is not a size");
        assertThat(Cli.run("check", "--max-pages", "0", Corpus.seed("001").toString()).exitCode()).isEqualTo(ExitCode.USAGE);

        Cli.Run facts = Cli.run("check", "--max-facts", "20", Corpus.seed("001").toString());
        assertThat(facts.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(facts.errLines()).singleElement().asString()
                .contains("more than the limit of 20 (maxFacts)").endsWith("raise the limit (--max-facts)");
    }

    @Test
    void sizesReadAsPeopleWriteThem() {
        InputOptions.SizeConverter c = new InputOptions.SizeConverter();
        assertThat(c.convert("4096")).isEqualTo(4096L);
        assertThat(c.convert("800KB")).isEqualTo(800L * 1024);
        assertThat(c.convert("20mb")).isEqualTo(20L << 20);
        assertThat(c.convert("1.5G")).isEqualTo(3L << 29);
    }

    @Test
    void extractReadsEveryFormat() {
        Cli.Run run = Cli.run("extract", "--format", "json", formats("001_a6f31e7c84c24bc8.pdf").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"quantities\"").contains("committee.dj_sessions");
        assertThat(run.err()).isEmpty();
    }

    private static void zipBomb(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 16; i++) {
                zip.write(zeros);
            }
        }
    }

    private static void encryptedPdf(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(formats("004_6de2acf763e16f43.pdf").toFile())) {
            pdf.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            pdf.save(file.toFile());
        }
    }

    private static void scannedPdf(Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(file.toFile());
        }
    }
}
