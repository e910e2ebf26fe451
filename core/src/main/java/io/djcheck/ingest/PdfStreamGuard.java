package io.djcheck.ingest;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Set;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Inflates the compressed content streams text extraction will decode (pages and the forms they
 * draw) into nothing first, since PDFBox decodes a stream whole into memory: one that expands more
 * than 100 times past a grace size, or all of them together past
 * {@link ReadLimits#maxExpandedBytes()}, is a PDF bomb and is refused. Streams with other filters
 * than FlateDecode are left to PDFBox.
 */
final class PdfStreamGuard {

    private PdfStreamGuard() {
    }

    static void check(String source, PDDocument pdf, ReadLimits limits) throws IOException {
        long[] total = {0};
        Set<COSStream> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PDPage page : pdf.getPages()) {
            for (Iterator<PDStream> it = page.getContentStreams(); it.hasNext(); ) {
                inflate(source, it.next().getCOSObject(), limits, total, seen);
            }
            forms(source, page.getResources(), limits, total, seen, 0);
        }
    }

    private static void forms(String source, PDResources resources, ReadLimits limits, long[] total,
                              Set<COSStream> seen, int depth) throws IOException {
        if (resources == null || depth > 8) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject && !seen.contains(x.getCOSObject())) {
                inflate(source, x.getCOSObject(), limits, total, seen);
                forms(source, ((PDFormXObject) x).getResources(), limits, total, seen, depth + 1);
            }
        }
    }

    private static void inflate(String source, COSStream stream, ReadLimits limits, long[] total,
                                Set<COSStream> seen) throws IOException {
        if (!seen.add(stream)) {
            return;
        }
        COSBase filter = stream.getFilters();
        if (!COSName.FLATE_DECODE.equals(filter)) {
            return;
        }
        long raw = stream.getLength();
        byte[] buf = new byte[64 * 1024];
        long expanded = 0;
        try (InputStream in = new InflaterInputStream(stream.createRawInputStream())) {
            int n;
            while ((n = in.read(buf)) > 0) {
                expanded += n;
                total[0] += n;
                if (total[0] > limits.maxExpandedBytes()) {
                    throw new LimitExceededException(source, Limit.EXPANSION, DocumentProblem.of("limit-expanded",
                            "the PDF's page content expands to more than " + ReadLimits.size(limits.maxExpandedBytes())
                            + " (limit maxExpandedBytes); if it is a real report, raise the limit",
                            "format", "pdf", "limitBytes", limits.maxExpandedBytes()));
                }
                if (ReadLimits.isBomb(raw, expanded)) {
                    throw new LimitExceededException(source, Limit.EXPANSION, DocumentProblem.of("bomb",
                            "a content stream of the PDF expands more than " + ReadLimits.bombRatio()
                            + " times: a PDF bomb, not a report; export the report again",
                            "format", "pdf", "ratio", ReadLimits.bombRatio()));
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            // damaged or unusual compression: PDFBox's own, more lenient decoder judges it
        }
    }
}
