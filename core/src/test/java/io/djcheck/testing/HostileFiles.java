package io.djcheck.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Files made to hurt a reader, built in milliseconds: a .docx whose body inflates to gigabytes,
 * PDFs with ten thousand pages or a page tree ten thousand levels deep.
 */
public final class HostileFiles {

    private HostileFiles() {
    }

    /**
     * A .docx whose word/document.xml inflates to {@code gigabytes} GB of spaces from about 1 MB per
     * GB: one deflated megabyte, flushed so it stands alone, repeated. Its checksum is never reached.
     */
    public static byte[] docxInflatingTo(int gigabytes) {
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        byte[] megabyte = deflate(spaces, false);
        byte[] end = deflate(new byte[0], true);
        ByteArrayOutputStream body = new ByteArrayOutputStream(megabyte.length * 1024 * gigabytes + end.length);
        for (int i = 0; i < 1024 * gigabytes; i++) {
            body.write(megabyte, 0, megabyte.length);
        }
        body.write(end, 0, end.length);

        Zip zip = new Zip();
        byte[] types = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                .getBytes(StandardCharsets.UTF_8);
        zip.entry("[Content_Types].xml", deflate(types, true), crc(types), types.length, false);
        zip.entry("word/document.xml", body.toByteArray(), 0, 0, true);
        return zip.bytes();
    }

    /** A PDF of {@code pages} pages sharing one content stream; {@code statedCount} is what its page tree says. */
    public static byte[] pdfWithPages(int pages, int statedCount) {
        try (PDDocument pdf = new PDDocument()) {
            PDStream content = new PDStream(pdf, new ByteArrayInputStream(
                    "BT /F1 12 Tf 72 720 Td (Party building 12) Tj ET".getBytes(StandardCharsets.US_ASCII)));
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                page.setContents(content);
                page.setResources(resources);
                pdf.addPage(page);
            }
            pdf.getPages().getCOSObject().setInt(COSName.COUNT, statedCount);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF whose page sits {@code depth} levels down a chain of page-tree nodes. */
    public static byte[] pdfWithPageTreeDepth(int depth) {
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        for (int i = 0; i < depth; i++) {
            objects.add("<< /Type /Pages /Kids [" + (3 + i) + " 0 R] /Count 1 >>");
        }
        int page = 2 + depth;
        String text = "BT /F1 12 Tf 72 720 Td (Party building 12) Tj ET";
        objects.add("<< /Type /Page /MediaBox [0 0 612 792] /Contents " + (page + 1) + " 0 R /Resources << /Font << /F1 "
                + (page + 2) + " 0 R >> >> >>");
        objects.add("<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        return pdf(objects);
    }

    /** A PDF written out by hand: objects 1..n, a cross-reference table, object 1 the catalog. */
    private static byte[] pdf(List<String> objects) {
        StringBuilder s = new StringBuilder("%PDF-1.7\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(s.length());                            // ASCII only: characters are bytes
            s.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = s.length();
        s.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> s.append(String.format("%010d 00000 n \n", o)));
        s.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return s.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Raw deflate: the last piece of a stream ends it; any other piece is flushed to stand alone on a byte boundary. */
    private static byte[] deflate(byte[] data, boolean last) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        d.setInput(data);
        if (last) {
            d.finish();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        int n;
        do {
            n = d.deflate(buf, 0, buf.length, last ? Deflater.NO_FLUSH : Deflater.FULL_FLUSH);
            out.write(buf, 0, n);
        } while (last ? !d.finished() : n == buf.length);
        d.end();
        return out.toByteArray();
    }

    private static long crc(byte[] data) {
        CRC32 c = new CRC32();
        c.update(data);
        return c.getValue();
    }

    /** Local entries of raw deflated data and a central directory, as ZIP lays them out. */
    private static final class Zip {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream central = new ByteArrayOutputStream();
        private int entries;

        /** {@code streamed}: sizes and checksum follow the data (bit 3), as for a file written as it is made. */
        void entry(String name, byte[] deflated, long crc, long size, boolean streamed) {
            byte[] n = name.getBytes(StandardCharsets.UTF_8);
            int offset = out.size();
            int flags = streamed ? 8 : 0;
            long csize = streamed ? 0 : deflated.length;
            long usize = streamed ? 0 : size;
            write(out, le(4, 0x04034b50), le(2, 20), le(2, flags), le(2, 8), le(4, 0), le(4, streamed ? 0 : crc),
                    le(4, csize), le(4, usize), le(2, n.length), le(2, 0), n, deflated);
            if (streamed) {
                write(out, le(4, 0x08074b50), le(4, crc), le(4, deflated.length), le(4, size));
            }
            write(central, le(4, 0x02014b50), le(2, 20), le(2, 20), le(2, flags), le(2, 8), le(4, 0), le(4, crc),
                    le(4, deflated.length), le(4, size), le(2, n.length), le(2, 0), le(2, 0), le(2, 0), le(2, 0),
                    le(4, 0), le(4, offset), n);
            entries++;
        }

        byte[] bytes() {
            int at = out.size();
            byte[] dir = central.toByteArray();
            write(out, dir, le(4, 0x06054b50), le(2, 0), le(2, 0), le(2, entries), le(2, entries), le(4, dir.length),
                    le(4, at), le(2, 0));
            return out.toByteArray();
        }

        private static byte[] le(int bytes, long v) {
            ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v);
            return Arrays.copyOf(b.array(), bytes);
        }

        private static void write(ByteArrayOutputStream to, byte[]... parts) {
            for (byte[] p : parts) {
                to.write(p, 0, p.length);
            }
        }
    }
}
