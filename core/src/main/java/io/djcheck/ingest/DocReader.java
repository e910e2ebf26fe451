package io.djcheck.ingest;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.model.ListLevel;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The text of an OLE2 compound file that holds a Word 97-2003 .doc (POI HWPF): the main document's
 * paragraphs with list numbers written out, table rows as lines of tab-separated cells, field codes
 * dropped (their results kept). Headers, footers, comments and footnotes live in other parts of the
 * file and are left out. Other compound files (an encrypted .docx, a spreadsheet) are refused clearly.
 */
final class DocReader {

    private static final char CELL_MARK = '\u0007';

    private DocReader() {
    }

    static String read(String source, byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            refuseOtherContents(source, fs.getRoot());
            try (HWPFDocument doc = new HWPFDocument(fs)) {
                return text(doc);
            }
        } catch (OldWordFileFormatException e) {
            throw new UnsupportedFormatException(source, DocumentProblem.of("word95", "a Word 6.0/95 document, older than "
                    + "djcheck reads; open it in Word and save it as .docx"));
        } catch (IOException | RuntimeException e) {
            throw Failures.of(source, "doc", e);
        } catch (StackOverflowError e) {
            throw Failures.tooDeep(source, "doc", e);
        }
    }

    private static void refuseOtherContents(String source, DirectoryNode root) {
        if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
            throw new EncryptedDocumentException(source, DocumentProblem.of("encrypted", "the Office document is protected by "
                    + "a password; remove the password (save an unprotected copy) and resubmit", "format", "office"), null);
        }
        if (root.hasEntry("WordDocument")) {
            return;
        }
        boolean excel = root.hasEntry("Workbook") || root.hasEntry("Book");
        boolean powerPoint = root.hasEntry("PowerPoint Document");
        String what = excel ? "an Excel workbook" : powerPoint ? "a PowerPoint presentation"
                : "an Office compound file without a Word document in it";
        throw new UnsupportedFormatException(source, DocumentProblem.of("unsupported-format", what
                + ", not a report; give the report as .docx, .doc, PDF or text", "kind", excel ? "xls" : powerPoint ? "ppt" : "ole"));
    }

    private static String text(HWPFDocument doc) {
        Range range = doc.getRange();
        DocNumbering numbering = new DocNumbering();
        StringBuilder out = new StringBuilder(range.text().length() + 64);
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < range.numParagraphs(); i++) {
            Paragraph p = range.getParagraph(i);
            String raw = p.text();
            String words = clean(stripFieldCodes(raw));
            String label = numbering.label(p);
            String line = label.isEmpty() ? words : DocxReader.joinLabel(label, words);
            if (!p.isInTable()) {
                out.append(line).append('\n');
                continue;
            }
            if (p.isTableRowEnd()) {                             // the row's end mark: write the row
                if (!row.isEmpty()) {
                    out.append(String.join("\t", row)).append('\n');
                }
                row.clear();
                continue;
            }
            cell.append(cell.length() == 0 ? "" : "\n").append(line);
            if (raw.indexOf(CELL_MARK) >= 0) {                  // the cell's last paragraph
                String c = cell.toString().strip();
                if (!c.isEmpty()) {
                    row.add(c);
                }
                cell.setLength(0);
            }
        }
        if (!row.isEmpty()) {
            out.append(String.join("\t", row)).append('\n');
        }
        return out.toString();
    }

    /** Keeps a field's result and drops its code: {@code \u0013 PAGE \u0014 3 \u0015} is "3"; fields nest. */
    static String stripFieldCodes(String s) {
        if (s.indexOf('\u0013') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        List<Boolean> inCode = new ArrayList<>();
        int codeDepth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0013') {
                inCode.add(Boolean.TRUE);
                codeDepth++;
            } else if (c == '\u0014' && !inCode.isEmpty()) {
                if (inCode.set(inCode.size() - 1, Boolean.FALSE)) {
                    codeDepth--;
                }
            } else if (c == '\u0015' && !inCode.isEmpty()) {
                if (inCode.remove(inCode.size() - 1)) {
                    codeDepth--;
                }
            } else if (codeDepth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Word's special characters: line break, page break, hyphens; objects and marks carry no text. */
    static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u000B':
                case '\u000C':
                    out.append('\n');
                    break;
                case '\u001E':
                    out.append('-');
                    break;
                case '\t':
                    out.append('\t');
                    break;
                default:
                    if (c >= 0x20) {
                        out.append(c);
                    }
            }
        }
        return out.toString().strip();
    }

    /** List numbers of .doc paragraphs: counters per list (lsid), start overrides per list instance. */
    private static final class DocNumbering {
        private final ListNumbering counters = new ListNumbering();
        private final Set<String> overridesUsed = new HashSet<>();

        String label(Paragraph p) {
            if (!p.isInList()) {
                return "";
            }
            HWPFList list;
            try {
                list = p.getList();
            } catch (RuntimeException e) {
                return "";                                      // a list reference to nowhere: no number
            }
            int levels = list.getListData().numLevels();
            int ilvl = Math.max(0, Math.min(p.getIlvl(), levels - 1));
            ListNumbering.Level[] defs = new ListNumbering.Level[ListNumbering.LEVELS];
            for (int i = 0; i < Math.min(levels, ListNumbering.LEVELS); i++) {
                ListLevel l = list.getListData().getLevels()[i];
                defs[i] = new ListNumbering.Level(l.getStartAt(), ListNumberFormat.ofNfc(l.getNumberFormat()),
                        placeholders(l.getNumberText()), l.getRestart(), l.isLegalNumbering());
            }
            Integer restart = null;
            if (list.isStartAtOverridden((char) ilvl) && overridesUsed.add(p.getIlfo() + "/" + ilvl)) {
                restart = list.getStartAt((char) ilvl);
            }
            return counters.next(list.getLsid(), ilvl, i -> defs[i], restart);
        }

        /** .doc level text marks level n's number with the character n-1; ListNumbering reads %n. */
        private static String placeholders(String text) {
            if (text == null) {
                return "";
            }
            StringBuilder b = new StringBuilder(text.length() + 4);
            for (char c : text.toCharArray()) {
                if (c <= 8) {
                    b.append('%').append((char) ('1' + c));
                } else {
                    b.append(c);
                }
            }
            return b.toString();
        }
    }
}
