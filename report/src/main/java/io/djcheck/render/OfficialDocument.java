package io.djcheck.render;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

/**
 * A Word document laid out as a Party or government document after GB/T 9704-2012 (党政机关公文格式),
 * as far as Word's model allows: A4, margins 37 mm top, 35 bottom, 28 left (订口), 26 right, so the
 * text area is 156 × 225 mm; the title in 方正小标宋简体 二号, the body in 仿宋_GB2312 三号 on a fixed
 * line pitch of 22 lines a page, first-level headings in 黑体, the page number "— 1 —" in the
 * footer. Word (and LibreOffice) substitute a font the machine lacks by its script, so a machine
 * without the 方正/GB2312 fonts shows a Song or Fangsong face instead. The letter and the county
 * summary are both written with it.
 */
final class OfficialDocument {

    /** GB/T 9704 fonts; Latin text and digits in Times New Roman, as in printed documents. */
    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String HEADING_FONT = "黑体";
    static final String LATIN_FONT = "Times New Roman";

    /** Chinese font sizes in points: 二号, 三号, 五号 (tables). */
    static final double SIZE_2 = 22;
    static final double SIZE_3 = 16;
    static final double SIZE_5 = 10.5;

    /** Twips (1/20 pt) in a millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    /** 225 mm of text height over 22 lines: the fixed line pitch of the body, in twips. */
    private static final int BODY_LINE = (int) Math.round(225 * TWIPS_PER_MM / 22);
    /** The text width, 156 mm, in twips: tables span it. */
    static final int TEXT_WIDTH = mm(156);

    private final XWPFDocument doc;

    OfficialDocument() {
        doc = new XWPFDocument();
        defaults();
        pageSetup();
        pageNumbers();
    }

    XWPFDocument document() {
        return doc;
    }

    static int mm(double mm) {
        return (int) Math.round(mm * TWIPS_PER_MM);
    }

    /**
     * The body's font, size and line pitch as the document's defaults, so a body run carries no
     * properties of its own: a letter is written (and read by Word) faster and is smaller.
     */
    private void defaults() {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr run = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setCs(LATIN_FONT);
        fonts.setEastAsia(BODY_FONT);
        run.addNewSz().setVal(BigInteger.valueOf(Math.round(SIZE_3 * 2)));          // in half-points
        run.addNewSzCs().setVal(BigInteger.valueOf(Math.round(SIZE_3 * 2)));
        CTSpacing spacing = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(BODY_LINE));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        doc.createStyles().setStyles(styles);
    }

    private void pageSetup() {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(mm(210)));
        size.setH(BigInteger.valueOf(mm(297)));
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(mm(37)));
        margins.setBottom(BigInteger.valueOf(mm(35)));
        margins.setLeft(BigInteger.valueOf(mm(28)));
        margins.setRight(BigInteger.valueOf(mm(26)));
        margins.setHeader(BigInteger.valueOf(mm(15)));
        margins.setFooter(BigInteger.valueOf(mm(20)));    // the page number sits about 7 mm below the text area
    }

    /** "— N —" centred in the footer, 宋体 四号 as GB/T 9704 has it (the odd/even sides are not kept apart). */
    private void pageNumbers() {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        font(p.createRun(), "宋体", 14).setText("— ");
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        font(p.createRun(), "宋体", 14).setText(" —");
    }

    /** The title: 方正小标宋简体 二号, centred, with a blank line under it. */
    XWPFParagraph title(String text, boolean newPage) {
        XWPFParagraph p = doc.createParagraph();
        p.setPageBreak(newPage);
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBetween(BODY_LINE * 1.2 / 20, LineSpacingRule.EXACT);
        p.setSpacingAfter(BODY_LINE);
        font(p.createRun(), TITLE_FONT, SIZE_2).setText(text);
        return p;
    }

    /** A body paragraph, indented two characters. */
    XWPFParagraph body(String text) {
        XWPFParagraph p = line(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(2 * 320);               // two characters of 三号 (16 pt = 320 twips)
        font(p.createRun(), BODY_FONT, SIZE_3).setText(text);
        return p;
    }

    /** A body line flush left: the addressee (主送机关) of a letter. */
    XWPFParagraph flushLeft(String text) {
        XWPFParagraph p = line(ParagraphAlignment.LEFT);
        font(p.createRun(), BODY_FONT, SIZE_3).setText(text);
        return p;
    }

    /** A line flush right, four characters in from the margin: the date or the issuer. */
    XWPFParagraph flushRight(String text) {
        XWPFParagraph p = line(ParagraphAlignment.RIGHT);
        p.setIndentationRight(4 * 320);
        font(p.createRun(), BODY_FONT, SIZE_3).setText(text);
        return p;
    }

    /** The date (成文日期) in Arabic numerals as GB/T 9704-2012 has it, flush right: 2025年1月15日. */
    XWPFParagraph date(LocalDate date) {
        return flushRight(date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日");
    }

    /** A first-level heading ("一、..."): 黑体 三号, indented like the body. */
    XWPFParagraph heading(String text) {
        XWPFParagraph p = line(ParagraphAlignment.LEFT);
        p.setIndentationFirstLine(2 * 320);
        font(p.createRun(), HEADING_FONT, SIZE_3).setText(text);
        return p;
    }

    /** An empty line of body pitch. */
    void blank() {
        line(ParagraphAlignment.LEFT);
    }

    /** A paragraph at the body's pitch (the document's default). */
    private XWPFParagraph line(ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        return p;
    }

    /**
     * A table across the text width with a repeated header row, columns as wide as {@code widthsMm}
     * (summing to 156), cells in 仿宋 五号.
     */
    XWPFTable table(List<String> header, double... widthsMm) {
        XWPFTable t = doc.createTable(1, header.size());
        t.setTableAlignment(TableRowAlign.CENTER);
        CTTblWidth width = t.getCTTbl().getTblPr().isSetTblW() ? t.getCTTbl().getTblPr().getTblW()
                : t.getCTTbl().getTblPr().addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(TEXT_WIDTH));
        t.getCTTbl().getTblPr().addNewTblLayout().setType(
                org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (double w : widthsMm) {
            grid.addNewGridCol().setW(BigInteger.valueOf(mm(w)));
        }
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int i = 0; i < header.size(); i++) {
            XWPFTableCell c = head.getCell(i);
            c.setWidth(String.valueOf(mm(widthsMm[i])));
            cellText(c, List.of(header.get(i)), true);
        }
        return t;
    }

    /** Adds a row to {@code t}, kept on one page; each cell holds its lines as paragraphs. */
    static XWPFTableRow row(XWPFTable t, List<List<String>> cells) {
        XWPFTableRow row = t.createRow();
        row.setCantSplitRow(true);                        // a problem is read whole, not half on the next page
        for (int i = 0; i < cells.size(); i++) {
            cellText(row.getCell(i), cells.get(i), false);
        }
        return row;
    }

    private static void cellText(XWPFTableCell cell, List<String> lines, boolean bold) {
        XWPFParagraph first = cell.getParagraphs().get(0);
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = i == 0 ? first : cell.addParagraph();
            p.setSpacingAfter(0);
            p.setSpacingBetween(1.0);
            if (bold) {
                p.setAlignment(ParagraphAlignment.CENTER);
            }
            XWPFRun r = font(p.createRun(), bold ? HEADING_FONT : BODY_FONT, SIZE_5);
            r.setText(lines.get(i));
        }
    }

    /**
     * A run in {@code eastAsian} for Chinese (Times New Roman for Latin letters and digits, the
     * default) at {@code size} points; only what differs from the body's defaults is written.
     */
    static XWPFRun font(XWPFRun r, String eastAsian, double size) {
        if (!eastAsian.equals(BODY_FONT)) {
            r.setFontFamily(eastAsian, XWPFRun.FontCharRange.eastAsia);
        }
        if (size != SIZE_3) {
            r.setFontSize(size);
        }
        return r;
    }
}
