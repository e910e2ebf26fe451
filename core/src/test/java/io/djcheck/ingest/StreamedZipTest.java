package io.djcheck.ingest;

import io.djcheck.model.InputFormat;
import io.djcheck.testing.Corpus;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * OOXML files written as a stream — each entry's sizes in a Zip64 data descriptor after its data,
 * unknown in its local header — as POI's SXSSF writes them (djcheck's own results.xlsx) are read
 * like any other: a workbook is named a workbook, a .docx is read, not "a damaged zip archive".
 */
class StreamedZipTest {

    private final DocumentReader reader = new DocumentReader();

    @Test
    void aStreamedWorkbookIsNamedAWorkbookNotADamagedArchive() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        SXSSFWorkbook wb = new SXSSFWorkbook(10);
        try {
            wb.createSheet("summary").createRow(0).createCell(0).setCellValue("发展党员12名");
            wb.write(xlsx);
        } finally {
            wb.close();
        }
        assertThatThrownBy(() -> reader.read(xlsx.toByteArray(), "results.xlsx"))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessage("results.xlsx: an Excel workbook, not a report; give the report as .docx, .doc, PDF or text");
    }

    @Test
    void aDocxWrittenAsAStreamWithZip64DataDescriptorsIsRead() throws IOException {
        byte[] plain = Files.readAllBytes(Corpus.formats().resolve("001_a6f31e7c84c24bc8.docx"));
        byte[] streamed = streamed(plain);
        assertThat(streamed).isNotEqualTo(plain);

        assertThat(reader.read(streamed, "streamed.docx").format()).isEqualTo(InputFormat.DOCX);
        assertThat(reader.read(streamed, "streamed.docx").text()).isEqualTo(reader.read(plain, "plain.docx").text());
    }

    @Test
    void aStreamedZipBombIsStillRefused() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(new NotSeekable(zip))) {
            out.setUseZip64(Zip64Mode.Always);
            out.putArchiveEntry(new ZipArchiveEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 20; i++) {
                out.write(zeros);
            }
            out.closeArchiveEntry();
        }
        assertThatThrownBy(() -> reader.read(zip.toByteArray(), "bomb.docx"))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("bomb.docx: part word/document.xml expands more than");
    }

    /** The same entries, written to a stream that cannot seek back: sizes go into Zip64 data descriptors. */
    private static byte[] streamed(byte[] zip) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipArchiveOutputStream out = new ZipArchiveOutputStream(new NotSeekable(bytes))) {
            out.setUseZip64(Zip64Mode.Always);
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putArchiveEntry(new ZipArchiveEntry(e.getName()));
                in.transferTo(out);
                out.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Hides the ByteArrayOutputStream's type so the zip writer streams (as SXSSF does) instead of seeking. */
    private static final class NotSeekable extends FilterOutputStream {
        NotSeekable(ByteArrayOutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }
    }
}
