package io.djcheck.ingest;

import io.djcheck.testing.Corpus;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Each input error carries a stable code and the values its message names, so an embedder can word
 * it in its own language; the default message stays as it was.
 */
class DocumentErrorCodesTest {

    private final DocumentReader reader = new DocumentReader();

    private static DocumentException error(Runnable read) {
        return catchThrowableOfType(read::run, DocumentException.class);
    }

    @Test
    void limitsNameTheirValues(@TempDir Path dir) throws IOException {
        DocumentReader onePage = new DocumentReader(ReadLimits.defaults().withMaxPages(1));
        byte[] pdf = Files.readAllBytes(Corpus.formats().resolve("001_a6f31e7c84c24bc8.pdf"));
        DocumentException pages = error(() -> onePage.read(pdf, "long.pdf"));
        assertThat(pages.code()).isEqualTo("limit-pages");
        assertThat(pages.params()).isEqualTo(Map.of("pages", 2, "limit", 1));
        assertThat(pages.source()).isEqualTo("long.pdf");

        Path big = Files.write(dir.resolve("big.txt"), new byte[2048]);
        DocumentException size = error(() -> new DocumentReader(ReadLimits.defaults().withMaxBytes(1024)).read(big));
        assertThat(size.code()).isEqualTo("limit-size");
        assertThat(size.params()).isEqualTo(Map.of("bytes", 2048L, "limitBytes", 1024L));   // numbers: the caller formats them
    }

    @Test
    void fileProblemsHaveTheirOwnCodes(@TempDir Path dir) throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);

        assertThat(error(() -> reader.read(empty)).code()).isEqualTo("empty-file");
        assertThat(error(() -> reader.read(blank)).code()).isEqualTo("blank-file");
        assertThat(error(() -> reader.read(dir)).code()).isEqualTo("is-folder");
        assertThat(error(() -> reader.read(dir.resolve("missing.txt"))).code()).isEqualTo("no-such-file");
        assertThat(error(() -> reader.read(noise, "noise.txt")).code()).isEqualTo("binary");
        assertThat(error(() -> reader.read(empty)).params()).isEmpty();
    }

    @Test
    void refusedFormatsSayWhatTheyAre() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("党员").createRow(0).createCell(0).setCellValue("发展党员12名");
            wb.write(xlsx);
        }
        byte[] rtf = "{\\rtf1\\ansi 报告}".getBytes(StandardCharsets.UTF_8);
        DocumentException excel = error(() -> reader.read(xlsx.toByteArray(), "table.docx"));
        DocumentException word = error(() -> reader.read(rtf, "report.doc"));
        assertThat(excel.code()).isEqualTo("unsupported-format");
        assertThat(excel.params()).isEqualTo(Map.of("kind", "xlsx"));
        assertThat(word.params()).isEqualTo(Map.of("kind", "rtf"));
        assertThat(excel.getMessage())        // the default message is unchanged
                .isEqualTo("table.docx: an Excel workbook, not a report; give the report as .docx, .doc, PDF or text");
    }

    @Test
    void anErrorMadeWithoutACodeCarriesItsMessage() {
        DocumentException e = new CorruptDocumentException("a.pdf", "line one\nline two", null);
        assertThat(e.code()).isEqualTo(DocumentException.OTHER);
        assertThat(e.params()).isEqualTo(Map.of("problem", "line one line two"));
    }
}
