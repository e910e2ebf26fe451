package io.djcheck.ingest;

import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The list number Word shows before a .docx paragraph. A paragraph is numbered by its own
 * {@code w:numPr} or by its style's (a "标题 1" style linked to a multilevel list); {@code w:numId}
 * names a numbering instance, which points to an abstract list whose levels say start, format and
 * text. Numbering instances of one abstract list continue each other's counting; an instance with a
 * {@code w:startOverride} restarts the level where it is first used.
 */
final class DocxNumbering {

    private final XWPFNumbering numbering;
    private final XWPFStyles styles;
    private final ListNumbering counters = new ListNumbering();
    private final Map<BigInteger, ListNumbering.Level[]> levelsByNum = new HashMap<>();
    private final Set<String> overridesUsed = new HashSet<>();

    DocxNumbering(XWPFDocument doc) {
        this.numbering = doc.getNumbering();
        this.styles = doc.getStyles();
    }

    /** The label of {@code p} ("一、"), advancing the counters; empty when it is not numbered. */
    String label(XWPFParagraph p) {
        if (numbering == null) {
            return "";
        }
        BigInteger numId = null;
        Integer ilvl = null;
        CTPPr ppr = p.getCTP().getPPr();
        if (ppr != null && ppr.getNumPr() != null) {
            CTNumPr own = ppr.getNumPr();
            numId = own.getNumId() == null ? null : own.getNumId().getVal();
            ilvl = own.getIlvl() == null ? null : own.getIlvl().getVal().intValue();
        }
        String styleId = p.getStyleID();
        if (numId == null && styleId != null) {
            CTNumPr inherited = styleNumPr(styleId);
            if (inherited != null) {
                numId = inherited.getNumId() == null ? null : inherited.getNumId().getVal();
                if (ilvl == null && inherited.getIlvl() != null) {
                    ilvl = inherited.getIlvl().getVal().intValue();
                }
            }
        }
        if (numId == null || numId.signum() == 0) {
            return "";                                          // numId 0 switches inherited numbering off
        }
        XWPFNum num = numbering.getNum(numId);
        BigInteger abstractId = abstractId(num);
        if (abstractId == null) {
            return "";
        }
        ListNumbering.Level[] levels = levelsByNum.computeIfAbsent(numId, k -> levels(num, abstractId));
        int level = ilvl != null ? ilvl : levelOfStyle(levels, abstractId, styleId);
        Integer restart = startOverride(num, numId, level);
        return counters.next(abstractId, level, i -> levels[i], restart);
    }

    private CTNumPr styleNumPr(String styleId) {
        Set<String> seen = new HashSet<>();
        String id = styleId;
        while (id != null && styles != null && seen.add(id)) {
            XWPFStyle s = styles.getStyle(id);
            if (s == null) {
                return null;
            }
            CTPPrGeneral ppr = s.getCTStyle().getPPr();
            if (ppr != null && ppr.getNumPr() != null) {
                return ppr.getNumPr();
            }
            id = s.getBasisStyleID();
        }
        return null;
    }

    /** The abstract list of a numbering instance, following a numStyleLink to the style that defines it. */
    private BigInteger abstractId(XWPFNum num) {
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return null;
        }
        BigInteger id = num.getCTNum().getAbstractNumId().getVal();
        XWPFAbstractNum an = numbering.getAbstractNum(id);
        if (an != null && an.getCTAbstractNum().getNumStyleLink() != null) {
            CTNumPr linked = styleNumPr(an.getCTAbstractNum().getNumStyleLink().getVal());
            if (linked != null && linked.getNumId() != null) {
                XWPFNum target = numbering.getNum(linked.getNumId().getVal());
                if (target != null && target.getCTNum().getAbstractNumId() != null) {
                    return target.getCTNum().getAbstractNumId().getVal();
                }
            }
        }
        return an == null ? null : id;
    }

    private ListNumbering.Level[] levels(XWPFNum num, BigInteger abstractId) {
        ListNumbering.Level[] out = new ListNumbering.Level[ListNumbering.LEVELS];
        CTAbstractNum an = numbering.getAbstractNum(abstractId).getCTAbstractNum();
        for (CTLvl lvl : an.getLvlArray()) {
            put(out, lvl);
        }
        for (CTNumLvl o : num.getCTNum().getLvlOverrideArray()) {
            if (o.getLvl() != null) {
                put(out, o.getLvl());                           // a whole level redefined by the instance
            }
        }
        return out;
    }

    private static void put(ListNumbering.Level[] out, CTLvl lvl) {
        int i = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
        if (i < 0 || i >= out.length) {
            return;
        }
        int start = lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
        String format = lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null ? "decimal"
                : lvl.getNumFmt().getVal().toString();
        String text = lvl.getLvlText() == null || lvl.getLvlText().getVal() == null ? "" : lvl.getLvlText().getVal();
        int restart = lvl.getLvlRestart() == null ? -1 : lvl.getLvlRestart().getVal().intValue();
        out[i] = new ListNumbering.Level(start, ListNumberFormat.ofOoxml(format), text, restart, isOn(lvl.getIsLgl()));
    }

    private static boolean isOn(CTOnOff flag) {
        return flag != null && POIXMLUnits.parseOnOff(flag);
    }

    /** The level of a list whose level names the paragraph's style (w:lvl/w:pStyle), else the first. */
    private int levelOfStyle(ListNumbering.Level[] levels, BigInteger abstractId, String styleId) {
        if (styleId != null) {
            for (CTLvl lvl : numbering.getAbstractNum(abstractId).getCTAbstractNum().getLvlArray()) {
                if (lvl.getPStyle() != null && styleId.equals(lvl.getPStyle().getVal()) && lvl.getIlvl() != null) {
                    return lvl.getIlvl().intValue();
                }
            }
        }
        return 0;
    }

    /** A numbering instance's start override restarts its level once, where the instance is first used. */
    private Integer startOverride(XWPFNum num, BigInteger numId, int level) {
        for (CTNumLvl o : num.getCTNum().getLvlOverrideArray()) {
            if (o.getIlvl() != null && o.getIlvl().intValue() == level && o.getStartOverride() != null
                    && overridesUsed.add(numId + "/" + level)) {
                return o.getStartOverride().getVal().intValue();
            }
        }
        return null;
    }
}
