package io.djcheck.ingest;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Inflates every entry of a zip once, into nothing, before any parser sees it: an entry that expands
 * more than 100 times (past a small grace size), too many entries, or more expanded bytes than
 * {@link ReadLimits#maxExpandedBytes()} make it a zip bomb, refused before it can exhaust memory.
 * POI has the same guard (ZipSecureFile), but its limits are global to the JVM; this one follows
 * each reader's own limits. Returns the entry names, so the caller can tell a .docx from a workbook.
 *
 * <p>Read with commons-compress (as POI reads OOXML), not {@code java.util.zip}: a streamed file —
 * Excel files written by POI's SXSSF, djcheck's own results.xlsx among them — puts each entry's sizes
 * after its data in a Zip64 data descriptor, which {@code ZipInputStream} misreads as a damaged archive.
 */
final class ZipGuard {

    /** More entries than any Word file has (POI's default limit). */
    static final int MAX_ENTRIES = 1000;

    private ZipGuard() {
    }

    static Set<String> inspect(String source, byte[] zip, ReadLimits limits) {
        Set<String> names = new LinkedHashSet<>();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true)) {
            ZipArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (names.size() >= MAX_ENTRIES) {
                    throw new LimitExceededException(source, Limit.PARTS, DocumentProblem.of("limit-parts", "the archive holds "
                            + "more than " + MAX_ENTRIES + " parts, far more than a Word document; it may be a zip bomb — "
                            + "save it again from Word", "limit", MAX_ENTRIES));
                }
                names.add(e.getName());
                long expanded = 0;
                int n;
                while ((n = in.read(buf)) > 0) {
                    expanded += n;
                    total += n;
                    if (total > limits.maxExpandedBytes()) {
                        throw new LimitExceededException(source, Limit.EXPANSION, DocumentProblem.of("limit-expanded",
                                "the document expands to more than " + ReadLimits.size(limits.maxExpandedBytes())
                                + " when unpacked (limit maxExpandedBytes); if it is a real report, raise the limit",
                                "format", "zip", "limitBytes", limits.maxExpandedBytes()));
                    }
                    if (ReadLimits.isBomb(in.getCompressedCount(), expanded)) {
                        throw new LimitExceededException(source, Limit.EXPANSION, DocumentProblem.of("bomb", "part " + e.getName()
                                + " expands more than " + ReadLimits.bombRatio() + " times: a zip bomb, not a report; "
                                + "save the report again from Word", "format", "zip", "ratio", ReadLimits.bombRatio(),
                                "part", e.getName()));
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new CorruptDocumentException(source, DocumentProblem.of("damaged-zip", "the file is a damaged zip archive ("
                    + e.getMessage() + "), perhaps cut off during upload; open it in Word, save it again and resubmit",
                    "detail", String.valueOf(e.getMessage())), e);
        }
        return names;
    }
}
