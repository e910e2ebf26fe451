package io.djcheck.ingest;

import java.util.Locale;

/**
 * How Word writes one level's counter: the {@code w:numFmt} values of .docx and the {@code nfc}
 * codes of .doc for the formats Chinese reports use, plus the common Latin ones. A format djcheck
 * does not know is written in decimal, which keeps the enumeration checkable.
 */
enum ListNumberFormat {
    DECIMAL("decimal", 0),
    UPPER_ROMAN("upperRoman", 1),
    LOWER_ROMAN("lowerRoman", 2),
    UPPER_LETTER("upperLetter", 3),
    LOWER_LETTER("lowerLetter", 4),
    IDEOGRAPH_DIGITAL("ideographDigital", 10),
    DECIMAL_FULL_WIDTH("decimalFullWidth", 14),
    DECIMAL_HALF_WIDTH("decimalHalfWidth", 15),
    DECIMAL_ENCLOSED_CIRCLE("decimalEnclosedCircle", 18),
    DECIMAL_FULL_WIDTH2("decimalFullWidth2", 19),
    DECIMAL_ZERO("decimalZero", 22),
    BULLET("bullet", 23),
    DECIMAL_ENCLOSED_FULLSTOP("decimalEnclosedFullstop", 26),
    DECIMAL_ENCLOSED_PAREN("decimalEnclosedParen", 27),
    DECIMAL_ENCLOSED_CIRCLE_CHINESE("decimalEnclosedCircleChinese", 28),
    IDEOGRAPH_ENCLOSED_CIRCLE("ideographEnclosedCircle", 29),
    IDEOGRAPH_TRADITIONAL("ideographTraditional", 30),
    IDEOGRAPH_ZODIAC("ideographZodiac", 31),
    TAIWANESE_COUNTING("taiwaneseCounting", 33),
    IDEOGRAPH_LEGAL_TRADITIONAL("ideographLegalTraditional", 34),
    TAIWANESE_COUNTING_THOUSAND("taiwaneseCountingThousand", 35),
    TAIWANESE_DIGITAL("taiwaneseDigital", 36),
    CHINESE_COUNTING("chineseCounting", 37),
    CHINESE_LEGAL_SIMPLIFIED("chineseLegalSimplified", 38),
    CHINESE_COUNTING_THOUSAND("chineseCountingThousand", 39),
    NONE("none", 255);

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String LEGAL_SIMPLIFIED = "零壹贰叁肆伍陆柒捌玖";
    private static final String LEGAL_TRADITIONAL = "零壹貳參肆伍陸柒捌玖";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private final String ooxml;
    private final int nfc;

    ListNumberFormat(String ooxml, int nfc) {
        this.ooxml = ooxml;
        this.nfc = nfc;
    }

    /** The format of a .docx {@code w:numFmt/@w:val}; decimal when unknown or absent. */
    static ListNumberFormat ofOoxml(String name) {
        for (ListNumberFormat f : values()) {
            if (f.ooxml.equals(name)) {
                return f;
            }
        }
        return DECIMAL;
    }

    /** The format of a .doc list level's {@code nfc} code; decimal when unknown. */
    static ListNumberFormat ofNfc(int code) {
        for (ListNumberFormat f : values()) {
            if (f.nfc == code) {
                return f;
            }
        }
        return DECIMAL;
    }

    /** Whether Word draws a symbol rather than a number: djcheck writes nothing for it. */
    boolean isBullet() {
        return this == BULLET || this == NONE;
    }

    /** {@code n} as Word writes it in this format: 11 is 十一 in chineseCounting, ⑪ in decimalEnclosedCircle. */
    String format(int n) {
        if (n < 1 && this != DECIMAL && this != DECIMAL_ZERO) {
            return Integer.toString(n);
        }
        switch (this) {
            case UPPER_ROMAN: return roman(n);
            case LOWER_ROMAN: return roman(n).toLowerCase(Locale.ROOT);
            case UPPER_LETTER: return letters(n);
            case LOWER_LETTER: return letters(n).toLowerCase(Locale.ROOT);
            case IDEOGRAPH_DIGITAL:
            case TAIWANESE_DIGITAL: return digitwise(n);
            case DECIMAL_FULL_WIDTH:
            case DECIMAL_FULL_WIDTH2: return fullWidth(n);
            case DECIMAL_ENCLOSED_CIRCLE:
            case DECIMAL_ENCLOSED_CIRCLE_CHINESE: return n <= 20 ? String.valueOf((char) ('\u2460' + n - 1)) : Integer.toString(n);
            case DECIMAL_ENCLOSED_FULLSTOP: return n <= 20 ? String.valueOf((char) ('\u2488' + n - 1)) : Integer.toString(n);
            case DECIMAL_ENCLOSED_PAREN: return n <= 20 ? String.valueOf((char) ('\u2474' + n - 1)) : Integer.toString(n);
            case IDEOGRAPH_ENCLOSED_CIRCLE: return n <= 10 ? String.valueOf((char) ('\u3220' + n - 1)) : Integer.toString(n);
            case DECIMAL_ZERO: return n < 10 && n >= 0 ? "0" + n : Integer.toString(n);
            case IDEOGRAPH_TRADITIONAL: return String.valueOf(STEMS.charAt((n - 1) % STEMS.length()));
            case IDEOGRAPH_ZODIAC: return String.valueOf(BRANCHES.charAt((n - 1) % BRANCHES.length()));
            case CHINESE_COUNTING:
            case CHINESE_COUNTING_THOUSAND:
            case TAIWANESE_COUNTING:
            case TAIWANESE_COUNTING_THOUSAND: return counting(n, DIGITS, "十百千", false);
            case CHINESE_LEGAL_SIMPLIFIED: return counting(n, LEGAL_SIMPLIFIED, "拾佰仟", true);
            case IDEOGRAPH_LEGAL_TRADITIONAL: return counting(n, LEGAL_TRADITIONAL, "拾佰仟", true);
            case BULLET:
            case NONE: return "";
            default: return Integer.toString(n);
        }
    }

    /**
     * Chinese reading of 1..9999: 十一, 二十, 一百零五, 一千零一十. Everyday counting drops the 一
     * before a leading 十 (十一); the legal (financial) form keeps it (壹拾壹).
     */
    static String counting(int n, String digits, String units, boolean legal) {
        if (n >= 10000) {
            return Integer.toString(n);
        }
        StringBuilder b = new StringBuilder();
        int[] place = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
        boolean zeroPending = false;
        for (int i = 0; i < 4; i++) {
            int d = place[i];
            if (d == 0) {
                zeroPending = b.length() > 0;
                continue;
            }
            if (zeroPending) {
                b.append(digits.charAt(0));
                zeroPending = false;
            }
            boolean bareTen = i == 2 && d == 1 && b.length() == 0 && !legal;
            if (!bareTen) {
                b.append(digits.charAt(d));
            }
            if (i < 3) {
                b.append(units.charAt(2 - i));
            }
        }
        if (digits.charAt(0) == '〇') {
            return b.toString().replace('〇', '零');
        }
        return b.toString();
    }

    private static String digitwise(int n) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            b.append(DIGITS.charAt(c - '0'));
        }
        return b.toString();
    }

    private static String fullWidth(int n) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            b.append((char) (c - '0' + '０'));
        }
        return b.toString();
    }

    /** Word's letters: A..Z, then AA..ZZ, AAA... */
    private static String letters(int n) {
        char c = (char) ('A' + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n >= 4000) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] glyphs = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                b.append(glyphs[i]);
                rest -= values[i];
            }
        }
        return b.toString();
    }
}
