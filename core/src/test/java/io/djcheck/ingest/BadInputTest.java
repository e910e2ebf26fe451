package io.djcheck.ingest;

import io.djcheck.model.InputFormat;
import io.djcheck.testing.Corpus;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each kind of bad input gets its own typed error, whose one-line message names the file and what to do. */
class BadInputTest {

    private final DocumentReader reader = new DocumentReader();

    private static byte[] corpus(String name) throws IOException {
        return Files.readAllBytes(Corpus.formats().resolve(name));
    }

    @Test
    void aTruncatedDocxIsCorrupt() throws IOException {
        byte[] docx = corpus("001_a6f31e7c84c24bc8.docx");
        byte[] cut = Arrays.copyOf(docx, docx.length * 6 / 10);
        assertThatThrownBy(() -> reader.read(cut, "cut.docx"))
                .isInstanceOf(CorruptDocumentException.class)
                .hasMessageStartingWith("cut.docx: ")
                .hasMessageContaining("damaged").hasMessageContaining("save it again");
    }

    @Test
    void aDocxZipBombIsRefusedBeforeItIsInflated() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {                   // 64 MB of nothing
                zip.write(spaces);
            }
        }
        assertThat(bomb.size()).isLessThan(200_000);
        assertThatThrownBy(() -> reader.read(bomb.toByteArray(), "bomb.docx"))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageStartingWith("bomb.docx: part word/document.xml expands more than 100 times: a zip bomb");
    }

    @Test
    void aDocxExpandingPastTheLimitIsRefused() throws IOException {
        DocumentReader strict = new DocumentReader(ReadLimits.defaults().withMaxExpandedBytes(10_000));
        assertThatThrownBy(() -> strict.read(corpus("000_9c5ce89756f0e5ee.docx"), "big.docx"))
                .isInstanceOf(LimitExceededException.class)
                .hasMessage("big.docx: the document expands to more than 10000 bytes when unpacked (limit maxExpandedBytes); "
                        + "if it is a real report, raise the limit")
                .extracting(e -> ((LimitExceededException) e).limit()).isEqualTo(Limit.EXPANSION);
    }

    @Test
    void anEncryptedPdfSaysItNeedsAPassword() throws IOException {
        byte[] encrypted;
        try (PDDocument pdf = Loader.loadPDF(corpus("004_6de2acf763e16f43.pdf"))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            encrypted = out.toByteArray();
        }
        assertThatThrownBy(() -> reader.read(encrypted, "locked.pdf"))
                .isInstanceOf(EncryptedDocumentException.class)
                .hasMessage("locked.pdf: the PDF is protected by a password; remove the password (save an unprotected copy) and resubmit");
    }

    @Test
    void anEncryptedDocxSaysItNeedsAPassword() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        enc.confirmPassword("secret");
        try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(corpus("002_ff416a81c317345d.docx")));
             OutputStream os = enc.getDataStream(fs)) {
            opc.save(os);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        assertThatThrownBy(() -> reader.read(out.toByteArray(), "locked.docx"))
                .isInstanceOf(EncryptedDocumentException.class)
                .hasMessageStartingWith("locked.docx: the Office document is protected by a password");
    }

    @Test
    void aScannedPdfHasNoTextLayer() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                    cs.addRect(50, 50, 400, 600);                // what a scan's image leaves to text extraction: nothing
                    cs.fill();
                }
            }
            pdf.save(out);
        }
        assertThatThrownBy(() -> reader.read(out.toByteArray(), "scan.pdf"))
                .isInstanceOf(NoTextException.class)
                .isInstanceOf(EmptyDocumentException.class)
                .hasMessage("scan.pdf: the PDF has 2 pages but no text layer (a scan?); djcheck does no OCR — "
                        + "export the report from Word as PDF, or give the .docx");
    }

    @Test
    void aPdfWhosePageContentIsABombIsRefusedBeforePdfBoxInflatesIt() throws IOException {
        byte[] content = new byte[40 << 20];                     // 40 MB of white space around one word
        Arrays.fill(content, (byte) ' ');
        byte[] text = "BT /F1 12 Tf 72 720 Td (x) Tj ET".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, content, 0, text.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            page.setContents(new PDStream(pdf, new ByteArrayInputStream(content), COSName.FLATE_DECODE));
            pdf.save(out);
        }
        assertThat(out.size()).isLessThan(200_000);
        assertThatThrownBy(() -> reader.read(out.toByteArray(), "bomb.pdf"))
                .isInstanceOf(LimitExceededException.class)
                .hasMessage("bomb.pdf: a content stream of the PDF expands more than 100 times: a PDF bomb, not a report; "
                        + "export the report again");
    }

    @Test
    void aPdfWithMorePagesThanTheLimitIsRefused() throws IOException {
        DocumentReader onePage = new DocumentReader(ReadLimits.defaults().withMaxPages(1));
        assertThatThrownBy(() -> onePage.read(corpus("001_a6f31e7c84c24bc8.pdf"), "long.pdf"))
                .isInstanceOf(LimitExceededException.class)
                .hasMessage("long.pdf: the PDF has 2 pages, more than the limit of 1 (maxPages); "
                        + "split it, or raise the limit")
                .extracting(e -> ((LimitExceededException) e).limit()).isEqualTo(Limit.PAGES);
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path big = Files.write(dir.resolve("big.txt"), new byte[2048]);
        DocumentReader small = new DocumentReader(ReadLimits.defaults().withMaxBytes(1024));
        assertThatThrownBy(() -> small.read(big))
                .isInstanceOf(LimitExceededException.class)
                .hasMessage(big + ": the file is 2 KB, larger than the limit of 1 KB (maxBytes); "
                        + "if it is a real report, raise the limit")
                .extracting(e -> ((LimitExceededException) e).limit()).isEqualTo(Limit.SIZE);
    }

    @Test
    void randomBytesAreNotATextDocument() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        assertThatThrownBy(() -> reader.read(noise, "noise.txt"))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessageStartingWith("noise.txt: not a text document");
    }

    @Test
    void emptyFilesSayTheyAreEmpty(@TempDir Path dir) throws IOException {
        Path txt = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path docx = Files.write(dir.resolve("empty.docx"), new byte[0]);
        for (Path p : new Path[] {txt, docx}) {
            assertThatThrownBy(() -> reader.read(p))
                    .isInstanceOf(EmptyDocumentException.class)
                    .hasMessage(p + ": the file is empty (0 bytes); export the report again");
        }
    }

    @Test
    void theContentDecidesNotTheFileName(@TempDir Path dir) throws IOException {
        Path pdfAsTxt = Files.write(dir.resolve("report.txt"), corpus("003_63944fab751146e4.pdf"));
        Path docxAsDoc = Files.write(dir.resolve("report.doc"), corpus("003_63944fab751146e4.docx"));
        Path gbAsDocx = Files.write(dir.resolve("report.docx"), corpus("003_63944fab751146e4.gb18030.txt"));
        assertThat(reader.read(pdfAsTxt).format()).isEqualTo(InputFormat.PDF);
        assertThat(reader.read(docxAsDoc).format()).isEqualTo(InputFormat.DOCX);
        assertThat(reader.read(gbAsDocx).format()).isEqualTo(InputFormat.TEXT);
        assertThat(reader.read(gbAsDocx).text()).isEqualTo(Corpus.read(Corpus.seed("003")));
    }

    @Test
    void otherFormatsAreNamedAndRefused() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("党员").createRow(0).createCell(0).setCellValue("发展党员12名");
            wb.write(xlsx);
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        byte[] rtf = "{\\rtf1\\ansi 报告}".getBytes(StandardCharsets.UTF_8);
        byte[] html = "<html><body>述职报告</body></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(xlsx.toByteArray(), "table.docx")).isInstanceOf(UnsupportedFormatException.class)
                .hasMessage("table.docx: an Excel workbook, not a report; give the report as .docx, .doc, PDF or text");
        assertThatThrownBy(() -> reader.read(png, "scan.pdf")).isInstanceOf(UnsupportedFormatException.class)
                .hasMessageStartingWith("scan.pdf: an image, not a document");
        assertThatThrownBy(() -> reader.read(rtf, "report.doc")).isInstanceOf(UnsupportedFormatException.class)
                .hasMessage("report.doc: an RTF document; open it in Word and save it as .docx");
        assertThatThrownBy(() -> reader.read(html, "report.doc")).isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("a web page").hasMessageContaining("save it as .docx");
    }

    @Test
    void aDamagedPdfIsCorrupt() {
        byte[] damaged = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer garbage"
                .getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> reader.read(damaged, "damaged.pdf"))
                .isInstanceOf(CorruptDocumentException.class)
                .hasMessageStartingWith("damaged.pdf: cannot be read as a PDF (")
                .hasMessageEndingWith("the file may be damaged or cut off — open it, save it again and resubmit");
    }

    @Test
    void messagesAreOneLineEvenWhenALibrarySaysMore() {
        DocumentException e = new CorruptDocumentException("a.pdf", "line one\nline two\r\n  line three", null);
        assertThat(e.getMessage()).isEqualTo("a.pdf: line one line two line three");
        assertThat(e.problem()).isEqualTo("line one line two line three");
    }
}
