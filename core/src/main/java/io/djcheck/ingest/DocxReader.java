package io.djcheck.ingest;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of a Word .docx (POI XWPF): the body's paragraphs and tables in document order, each
 * paragraph on its own line with its list number written out ("一、履职情况" where Word numbers the
 * heading itself), each table row on a line with its cells separated by tabs. Headers, footers,
 * comments, footnotes and text boxes are not the report's text and are left out.
 */
final class DocxReader {

    /** POI writes footnote references into run text as "[footnoteRef:1]"; they are not the report's words. */
    private static final Pattern NOTE_REFERENCE = Pattern.compile("\\[(?:footnote|endnote)Ref:-?\\d+]");

    private DocxReader() {
    }

    /** The text; {@code bytes} already passed {@link ZipGuard}. */
    static String read(String source, byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder(bytes.length);
            new Walker(new DocxNumbering(doc)).body(doc.getBodyElements(), out);
            String text = out.toString();
            if (text.isBlank() && !doc.getAllPictures().isEmpty()) {
                throw new NoTextException(source, DocumentProblem.of("scanned", "the Word document holds pictures but no text "
                        + "(a scanned report?); djcheck does no OCR — give the report's text as .docx, .doc, PDF or text",
                        "format", "docx"));
            }
            return text;
        } catch (IOException | RuntimeException e) {
            throw Failures.of(source, "docx", e);
        } catch (StackOverflowError e) {
            throw Failures.tooDeep(source, "docx", e);
        }
    }

    /** Writes body elements as lines, numbering paragraphs as it goes. */
    private static final class Walker {
        private final DocxNumbering numbering;

        Walker(DocxNumbering numbering) {
            this.numbering = numbering;
        }

        void body(List<IBodyElement> elements, StringBuilder out) {
            for (IBodyElement e : elements) {
                if (e instanceof XWPFParagraph) {
                    out.append(paragraph((XWPFParagraph) e)).append('\n');
                } else if (e instanceof XWPFTable) {
                    table((XWPFTable) e, out);
                } else if (e instanceof XWPFSDT) {
                    out.append(((XWPFSDT) e).getContent().getText()).append('\n');
                }
            }
        }

        private String paragraph(XWPFParagraph p) {
            StringBuilder text = new StringBuilder();
            for (IRunElement r : p.getIRuns()) {
                if (r instanceof XWPFRun) {
                    XWPFRun run = (XWPFRun) r;
                    if (run.getCTR().sizeOfDelTextArray() == 0) {          // not a deletion tracked in review
                        text.append(run.text());
                    }
                } else if (r instanceof XWPFSDT) {
                    text.append(((XWPFSDT) r).getContent().getText());
                }
            }
            String words = NOTE_REFERENCE.matcher(text).replaceAll("");
            String label = numbering.label(p);
            return label.isEmpty() ? words : joinLabel(label, words);
        }

        /** Rows on lines, cells separated by a tab; a cell's own paragraphs stay separate lines. */
        private void table(XWPFTable table, StringBuilder out) {
            for (XWPFTableRow row : table.getRows()) {
                List<String> cells = new ArrayList<>();
                for (ICell cell : row.getTableICells()) {
                    String text = "";
                    if (cell instanceof XWPFTableCell) {
                        StringBuilder inner = new StringBuilder();
                        body(((XWPFTableCell) cell).getBodyElements(), inner);
                        text = inner.toString().strip();
                    } else if (cell instanceof XWPFSDTCell) {
                        text = ((XWPFSDTCell) cell).getContent().getText().strip();
                    }
                    if (!text.isEmpty()) {
                        cells.add(text);                                // merged cells repeat nothing
                    }
                }
                if (!cells.isEmpty()) {
                    out.append(String.join("\t", cells)).append('\n');
                }
            }
        }
    }

    /** "一、" + "履职情况": no space after Chinese; a space where a digit label meets a digit ("1" + "2023年"). */
    static String joinLabel(String label, String words) {
        if (words.isEmpty()) {
            return label;
        }
        char last = label.charAt(label.length() - 1);
        char first = words.charAt(0);
        boolean needsSpace = Character.isLetterOrDigit(last) && last < 0x3000
                && Character.isLetterOrDigit(first) && first < 0x3000;
        return needsSpace ? label + " " + words : label + words;
    }
}
