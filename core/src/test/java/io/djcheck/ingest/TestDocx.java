package io.djcheck.ingest;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

/**
 * Builds Word documents for tests with POI, the way Word numbers Chinese reports: a multilevel
 * list "一、" / "（一）" / "1." whose first level may be attached to a heading style.
 */
public final class TestDocx implements AutoCloseable {

    public final XWPFDocument doc = new XWPFDocument();
    private final XWPFNumbering numbering = doc.createNumbering();
    private int abstractIds;

    /** A list definition; each level given as {format, level text}, e.g. {"chineseCounting", "%1、"}. */
    public BigInteger list(String[]... levels) {
        CTAbstractNum an = CTAbstractNum.Factory.newInstance();
        an.setAbstractNumId(BigInteger.valueOf(abstractIds++));
        for (int i = 0; i < levels.length; i++) {
            CTLvl lvl = an.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(i));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.Enum.forString(levels[i][0]));
            lvl.addNewLvlText().setVal(levels[i][1]);
        }
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(an, numbering));
        return numbering.addNum(abstractId);
    }

    /** Another numbering instance of the same list whose {@code level} restarts at {@code start}. */
    public BigInteger restart(BigInteger numId, int level, int start) {
        BigInteger abstractId = numbering.getNum(numId).getCTNum().getAbstractNumId().getVal();
        BigInteger id = numbering.addNum(abstractId);
        CTNumLvl o = numbering.getNum(id).getCTNum().addNewLvlOverride();
        o.setIlvl(BigInteger.valueOf(level));
        o.addNewStartOverride().setVal(BigInteger.valueOf(start));
        return id;
    }

    /** A paragraph style numbered by the list, as Word's 标题 1 linked to a multilevel list. */
    public void headingStyle(String styleId, BigInteger numId, int level) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(styleId);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(styleId);
        s.addNewPPr().addNewNumPr().addNewNumId().setVal(numId);
        s.getPPr().getNumPr().addNewIlvl().setVal(BigInteger.valueOf(level));
        doc.createStyles().addStyle(new XWPFStyle(s));
    }

    public XWPFParagraph text(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText(text);
        return p;
    }

    public XWPFParagraph item(BigInteger numId, int level, String text) {
        XWPFParagraph p = text(text);
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        return p;
    }

    public XWPFParagraph styled(String styleId, String text) {
        XWPFParagraph p = text(text);
        p.setStyle(styleId);
        return p;
    }

    public void header(String text) {
        doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(text);
    }

    public void footer(String text) {
        doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(text);
    }

    public byte[] bytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
