package io.djcheck.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a PDF (PDFBox 3) in reading order, its lines joined back into paragraphs by
 * {@link PdfTextAssembler}. A PDF that needs a password, one with more pages than
 * {@link ReadLimits#maxPages()}, or one whose content streams expand past the limits is refused;
 * one with pages but no text layer (a scan) gets a {@link NoTextException}, since djcheck does no OCR.
 * The pages are counted in the page tree ({@link PdfPageTree}), not taken from what the file says.
 */
final class PdfReader {

    private PdfReader() {
    }

    static String read(String source, byte[] bytes, ReadLimits limits) {
        MemoryUsageSetting memory = MemoryUsageSetting.setupMainMemoryOnly(limits.maxExpandedBytes());
        try (PDDocument pdf = Loader.loadPDF(bytes, "", null, null, memory.streamCache)) {
            int pages = pdf.getNumberOfPages();
            if (pages > limits.maxPages()) {
                throw new LimitExceededException(source, Limit.PAGES, DocumentProblem.of("limit-pages", "the PDF has " + pages
                        + " pages, more than the limit of " + limits.maxPages() + " (maxPages); split it, or raise the limit",
                        "pages", pages, "limit", limits.maxPages()));
            }
            if (PdfPageTree.count(source, pdf, limits.maxPages()) > limits.maxPages()) {
                throw new LimitExceededException(source, Limit.PAGES, DocumentProblem.of("limit-pages-hidden", "the PDF has more "
                        + "than " + limits.maxPages() + " pages (maxPages), though its page count says " + pages
                        + "; split it, or raise the limit", "limit", limits.maxPages(), "pages", pages));
            }
            PdfStreamGuard.check(source, pdf, limits);
            LineCollector lines = new LineCollector();
            lines.writeText(pdf, Writer.nullWriter());
            String text = PdfTextAssembler.assemble(lines.pages());
            if (text.isBlank() && pages > 0) {
                throw new NoTextException(source, DocumentProblem.of("scanned", "the PDF has " + pages
                        + (pages == 1 ? " page" : " pages") + " but no text layer (a scan?); djcheck does no OCR — export "
                        + "the report from Word as PDF, or give the .docx", "format", "pdf", "pages", pages));
            }
            return text;
        } catch (IOException | RuntimeException e) {
            throw Failures.of(source, "pdf", e);
        } catch (StackOverflowError e) {
            throw Failures.tooDeep(source, "pdf", e);
        }
    }

    /** Collects each page's lines with their position instead of writing text. */
    private static final class LineCollector extends PDFTextStripper {
        private final List<PdfPage> pages = new ArrayList<>();
        private List<PdfLine> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private float left = Float.MAX_VALUE;
        private float right;
        private float y;
        private float size;

        LineCollector() {
            setSortByPosition(true);                            // headers first, footers last, columns read across
            setSuppressDuplicateOverlappingText(true);
        }

        List<PdfPage> pages() {
            return pages;
        }

        @Override
        protected void startPage(PDPage page) {
            lines = new ArrayList<>();
        }

        @Override
        protected void endPage(PDPage page) {
            finishLine();
            PDRectangle box = page.getCropBox();
            pages.add(new PdfPage(lines, box.getWidth(), box.getHeight()));
        }

        @Override
        protected void writeString(String s, List<TextPosition> positions) {
            if (!positions.isEmpty()) {
                TextPosition first = positions.get(0);
                TextPosition last = positions.get(positions.size() - 1);
                if (text.length() == 0) {
                    y = first.getYDirAdj();
                }
                left = Math.min(left, first.getXDirAdj());
                right = Math.max(right, last.getXDirAdj() + last.getWidthDirAdj());
                float pt = first.getFontSizeInPt() > 0 ? first.getFontSizeInPt() : first.getHeightDir();
                size = Math.max(size, pt);
            }
            text.append(s);
        }

        @Override
        protected void writeWordSeparator() {
            text.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            finishLine();
        }

        private void finishLine() {
            if (text.length() > 0) {
                lines.add(new PdfLine(text.toString(), left, right, y, size));
            }
            text.setLength(0);
            left = Float.MAX_VALUE;
            right = 0;
            size = 0;
        }
    }
}
