package io.djcheck.extract;

import io.djcheck.model.Qualifier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds the numbers of a text that carry a unit: Arabic (12, 3.5, 1,000), Chinese (十二, 两, 一百零五),
 * with 千/万/亿 multipliers (1.2万 = 12000, 3千余人), qualifiers before (近, 约, 超过, 至少, 不足) and
 * after (余, 多, 以上, 左右), ranges (1—2, 3-5, 10~15, 5万至10万, 三至五, 两三个, 十二三人),
 * percentages (99%, 百分之五十), fractions (三分之二) and masks (X名, *次, **个, ××户). A number
 * without a unit (a year, a date, an enumeration) is not returned.
 *
 * <p>Units and qualifier words are lexicon strings, found by the one automaton scan ({@link Hits});
 * this class only reads digits. Numbers are not taken from set phrases (三会一课, 两委) or practice
 * names, from ordinals (第五, 第3次, 十五届五次), from vague counts (数十, 几百) or from short quoted
 * names (“两个维护”).
 */
final class NumberScanner {

    private static final String RANGE_MARKS = "-—–~至到";
    /**
     * Figures from here up are not counts (a thousand trillion 元 is more than China's GDP) and no
     * longer exact in a double; 400 nines would even be infinite. Such a run of digits is not a number.
     */
    static final double MAX_FIGURE = 1e15;

    private final Map<String, Lexicon.Unit> units;

    NumberScanner(Lexicon lexicon) {
        this.units = lexicon.units();
    }

    List<NumberToken> scan(String text, Hits hits) {
        List<NumberToken> out = new ArrayList<>();
        // numbers written inside set phrases and practice names (三会一课, 4+2工作法) are not quantities
        List<Hit> setPhrases = new ArrayList<>(hits.of(Term.Kind.SET_PHRASE));
        setPhrases.addAll(hits.of(Term.Kind.MENTION));
        setPhrases.sort(Comparator.comparingInt(Hit::start));
        int phrase = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!mayStartNumber(c)) {
                i++;
                continue;
            }
            while (phrase < setPhrases.size() && setPhrases.get(phrase).end() <= i) {
                phrase++;
            }
            if (phrase < setPhrases.size() && setPhrases.get(phrase).start() <= i) {
                i = setPhrases.get(phrase).end();
                continue;
            }
            NumberToken t = numberAt(text, i, hits);
            if (t == null) {
                i++;
                continue;
            }
            if (t.unit() != null) {
                out.add(t);
            }
            i = Math.max(t.end(), i + 1);
        }
        return out;
    }

    /** Characters a number may start with, as a table: the scan asks for every character of the report. */
    private static final boolean[] STARTS = new boolean[Character.MAX_VALUE + 1];

    static {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            STARTS[c] = (c >= '0' && c <= '9') || isMaskChar(c) || ChineseNumerals.isNumeral(c);
        }
    }

    private static boolean mayStartNumber(char c) {
        return STARTS[c];
    }

    /** The number starting at {@code i}, with or without a unit, or null when none starts there. */
    private NumberToken numberAt(String text, int i, Hits hits) {
        char c = text.charAt(i);
        char prev = i > 0 ? text.charAt(i - 1) : ' ';
        Parsed p;
        if (prev == '第') {
            return null;                                        // 第3次, 第**次, 第五: ordinals
        }
        if (c >= '0' && c <= '9') {
            if (isAsciiLetterOrDigit(prev) || prev == '.') {
                return null;                                    // G312, A4, the 5 of 3.5
            }
            p = arabic(text, i);
        } else if (isMaskChar(c)) {
            if (isAsciiLetter(prev) || sameMask(c, prev) || ((c == 'X' || c == 'x') && i + 1 < text.length() && isAsciiLetter(text.charAt(i + 1))
                    && text.charAt(i + 1) != 'X' && text.charAt(i + 1) != 'x')) {
                return null;
            }
            p = mask(text, i);
        } else {
            if (prev == '届' || prev == '周' || prev == '数' || prev == '几' || ChineseNumerals.isNumeral(prev)
                    || !mayCarryUnit(text, i, hits) || insideShortQuote(text, i)) {
                return null;                 // ordinals, vague counts, 一是/进一步 (no unit), named slogans
            }
            p = chinese(text, i);
        }
        if (p == null || !isFigure(p.value) || !isFigure(p.upper)) {
            return null;
        }
        int j = p.end;
        Double value = p.value;
        Double upper = p.upper;
        Qualifier q = p.masked ? Qualifier.MASKED : upper != null ? Qualifier.RANGE : Qualifier.EXACT;

        // a range: 1—2, 5万至10万, 三至五
        if (!p.masked && upper == null && j + 1 < text.length() && RANGE_MARKS.indexOf(text.charAt(j)) >= 0) {
            char next = text.charAt(j + 1);
            Parsed second = null;
            if (next >= '0' && next <= '9' && p.arabic) {
                second = arabic(text, j + 1);
            } else if (ChineseNumerals.isNumeral(next) && !p.arabic) {
                second = chinese(text, j + 1);
            }
            if (second != null && second.value != null && second.upper == null && second.value >= value) {
                upper = second.value;
                if (p.multiplier == 1 && second.multiplier != 1) {
                    value = times(value, second.multiplier);       // 5至10万 means 5万 to 10万
                }
                j = second.end;
                q = Qualifier.RANGE;
            }
        }

        // 余/多 before the unit (50余人次, 1.2万余元), and a multiplier after them (10余万元)
        Hit mid = hits.startingAt(Term.Kind.QUALIFIER_SUFFIX, j);
        if (mid != null && mid.length() == 1 && (text.charAt(j) == '余' || text.charAt(j) == '多')) {
            j++;
            if (q == Qualifier.EXACT) {
                q = qualifier(mid);
            }
            if (j < text.length() && (text.charAt(j) == '万' || text.charAt(j) == '亿') && value != null) {
                double m = text.charAt(j) == '万' ? 1e4 : 1e8;
                value = times(value, m);
                upper = upper == null ? null : times(upper, m);
                j++;
            }
        }

        String unit = null;
        Hit u = hits.startingAt(Term.Kind.UNIT, j);
        if (u != null) {
            Lexicon.Unit def = units.get(u.term().key());
            unit = def.canonical();
            if (value != null) {
                value = value * def.factor();
            }
            if (upper != null) {
                upper = upper * def.factor();
            }
            j = u.end();
        }
        if (p.percent && unit == null) {
            unit = "%";
        }

        // a range with the unit on both sides: 5万元至10万元, 3次—5次
        if (unit != null && q == Qualifier.EXACT && value != null && j + 1 < text.length()
                && RANGE_MARKS.indexOf(text.charAt(j)) >= 0) {
            char next = text.charAt(j + 1);
            Parsed second = next >= '0' && next <= '9' && p.arabic ? arabic(text, j + 1)
                    : ChineseNumerals.isNumeral(next) && !p.arabic ? chinese(text, j + 1) : null;
            Hit secondUnit = second == null || second.upper != null ? null : hits.startingAt(Term.Kind.UNIT, second.end);
            if (secondUnit != null) {
                Lexicon.Unit def = units.get(secondUnit.term().key());
                if (def.canonical().equals(unit) && second.value * def.factor() >= value) {
                    upper = second.value * def.factor();
                    q = Qualifier.RANGE;
                    j = secondUnit.end();
                }
            }
        }

        // 以上/以下/左右 after the unit
        if (unit != null) {
            Hit after = hits.startingAt(Term.Kind.QUALIFIER_SUFFIX, j);
            if (after != null && text.charAt(j) != '余' && text.charAt(j) != '多') {
                if (q == Qualifier.EXACT) {
                    q = qualifier(after);
                }
                j = after.end();
            }
        }

        int start = p.start;
        // 近, 约, 超过, 至少, 不足 before the number
        Hit before = hits.endingAt(Term.Kind.QUALIFIER_PREFIX, start);
        if (before != null && (q == Qualifier.EXACT || p.masked)) {
            if (q == Qualifier.EXACT) {
                q = qualifier(before);
            }
            start = before.start();
        }
        if (!isFigure(value) || !isFigure(upper)) {
            return null;                                        // 9999亿万元: a multiplier took it past any count
        }
        if (!p.arabic && !p.masked && unit == null) {
            return new NumberToken(p.start, p.end, value, upper, q, null, true);
        }
        return new NumberToken(start, j, value, upper, q, unit, !p.arabic && !p.masked);
    }

    private static boolean isFigure(Double v) {
        return v == null || Math.abs(v) < MAX_FIGURE;          // false for infinity and NaN too
    }

    /** Whether the run of Chinese numerals at {@code i} is followed by what a counted number needs. */
    private static boolean mayCarryUnit(String text, int i, Hits hits) {
        if (text.startsWith("百分之", i)) {
            return true;
        }
        int j = i;
        while (j < text.length() && ChineseNumerals.isNumeral(text.charAt(j))) {
            j++;
        }
        if (j >= text.length()) {
            return false;
        }
        char c = text.charAt(j);
        return c == '余' || c == '多' || RANGE_MARKS.indexOf(c) >= 0 || text.startsWith("分之", j)
                || hits.startingAt(Term.Kind.UNIT, j) != null;
    }

    private static Qualifier qualifier(Hit h) {
        return Qualifier.values()[h.term().value()];
    }

    /** A parsed number before its unit; {@code upper} is set for 两三, 十二三. */
    private record Parsed(int start, int end, Double value, Double upper, boolean arabic, boolean masked,
                          boolean percent, double multiplier) {
    }

    private static Parsed arabic(String t, int i) {
        int j = i;
        int n = t.length();
        long mantissa = 0;          // the digits read as one integer, the decimal point left out
        int digits = 0;
        int decimals = -1;          // digits after the point, -1 before one is seen
        while (j < n) {
            char c = t.charAt(j);
            if (c >= '0' && c <= '9') {
                if (digits < MAX_EXACT_DIGITS) {
                    mantissa = mantissa * 10 + (c - '0');
                }
                digits++;
                if (decimals >= 0) {
                    decimals++;
                }
                j++;
            } else if (c == ',' && isThousands(t, j)) {
                j++;
            } else if (c == '.' && j + 1 < n && Character.isDigit(t.charAt(j + 1)) && decimals < 0) {
                decimals = 0;
                j++;
            } else {
                break;
            }
        }
        double v = digits <= MAX_EXACT_DIGITS ? exact(mantissa, Math.max(decimals, 0)) : parseSlowly(t, i, j);
        double mult = 1;
        if (j < n && (t.charAt(j) == '千' || t.charAt(j) == '百') && !t.startsWith("百分", j)) {
            mult = t.charAt(j) == '千' ? 1e3 : 1e2;              // 3千余人
            j++;
        }
        if (j < n && (t.charAt(j) == '万' || t.charAt(j) == '亿')) {
            mult *= t.charAt(j) == '万' ? 1e4 : 1e8;
            j++;
        }
        return new Parsed(i, j, times(v, mult), null, true, false, false, mult);
    }

    /** Up to 15 digits an integer is exact in a double, and so is a decimal made of it by one division. */
    private static final int MAX_EXACT_DIGITS = 15;
    private static final double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
            1e13, 1e14, 1e15};

    /**
     * {@code mantissa / 10^decimals}, the double {@link Double#parseDouble} gives for the same digits: both
     * operands are exact, and one IEEE division rounds correctly, as parseDouble does.
     */
    private static double exact(long mantissa, int decimals) {
        return decimals == 0 ? mantissa : mantissa / POWERS_OF_TEN[decimals];
    }

    /** A run of more digits than a double holds exactly: read the way it always was (it is no figure anyway). */
    private static double parseSlowly(String t, int from, int to) {
        StringBuilder digits = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            if (t.charAt(k) != ',') {
                digits.append(t.charAt(k));
            }
        }
        return Double.parseDouble(digits.toString());
    }

    /**
     * A decimal times a multiplier, exact: 4.6亿 is 460000000 and 2.15万 is 21500, where double
     * arithmetic gives 459999999.99999994 and 21500.000000000004.
     */
    static double times(double v, double multiplier) {
        return multiplier == 1 ? v
                : java.math.BigDecimal.valueOf(v).multiply(java.math.BigDecimal.valueOf(multiplier)).doubleValue();
    }

    private static boolean isThousands(String t, int comma) {
        for (int k = 1; k <= 3; k++) {
            if (comma + k >= t.length() || !Character.isDigit(t.charAt(comma + k))) {
                return false;
            }
        }
        return comma + 4 >= t.length() || !Character.isDigit(t.charAt(comma + 4));
    }

    private static Parsed chinese(String t, int i) {
        int n = t.length();
        int j = i;
        while (j < n && ChineseNumerals.isNumeral(t.charAt(j))) {
            j++;
        }
        // 百分之五十, 三分之二
        if (t.startsWith("百分之", i)) {
            int k = i + 3;
            int e = k;
            while (e < n && ChineseNumerals.isNumeral(t.charAt(e))) {
                e++;
            }
            long v = ChineseNumerals.parse(t, k, e);
            return v < 0 || e == k ? null : new Parsed(i, e, (double) v, null, false, false, true, 1);
        }
        if (t.startsWith("分之", j)) {
            long denominator = ChineseNumerals.parse(t, i, j);
            int k = j + 2;
            int e = k;
            while (e < n && ChineseNumerals.isNumeral(t.charAt(e))) {
                e++;
            }
            long numerator = ChineseNumerals.parse(t, k, e);
            if (denominator <= 0 || numerator < 0 || e == k) {
                return null;
            }
            return new Parsed(i, e, Math.round(numerator * 10000.0 / denominator) / 100.0, null, false, false, true, 1);
        }
        // 百余人, 千余名: a bare magnitude before 余/多 is one of it
        if (j == i + 1 && ChineseNumerals.isMagnitude(t.charAt(i)) && t.charAt(i) != '十' && j < n
                && (t.charAt(j) == '余' || t.charAt(j) == '多')) {
            return new Parsed(i, j, (double) ChineseNumerals.parse("一" + t.charAt(i)), null, false, false, false, 1);
        }
        boolean hasDigit = t.charAt(i) == '十';
        for (int k = i; k < j && !hasDigit; k++) {
            hasDigit = ChineseNumerals.digit(t.charAt(k)) >= 0;
        }
        if (!hasDigit) {                                        // 万元户, 千方百计: no number
            return null;
        }
        double mult = t.charAt(j - 1) == '万' ? 1e4 : t.charAt(j - 1) == '亿' ? 1e8 : 1;
        long[] range = ChineseNumerals.parseApproximate(t.subSequence(i, j));
        if (range != null) {
            return new Parsed(i, j, (double) range[0], (double) range[1], false, false, false, mult);
        }
        long v = ChineseNumerals.parse(t, i, j);
        return v < 0 ? null : new Parsed(i, j, (double) v, null, false, false, false, mult);
    }

    private static Parsed mask(String t, int i) {
        char c = t.charAt(i);
        int j = i;
        while (j < t.length() && sameMask(c, t.charAt(j))) {
            j++;
        }
        if (j < t.length() && (t.charAt(j) == '万' || t.charAt(j) == '亿')) {
            j++;
        }
        return new Parsed(i, j, null, null, false, true, false, 1);
    }

    private static boolean sameMask(char first, char c) {
        if (first == 'X' || first == 'x') {
            return c == 'X' || c == 'x';
        }
        return c == first;
    }

    static boolean isMaskChar(char c) {
        return c == '*' || c == 'X' || c == 'x' || c == '○' || c == '●' || c == '×';
    }

    /** Inside “…” of at most eight characters: a named slogan such as “两个维护”. */
    private static boolean insideShortQuote(String t, int i) {
        int open = -1;
        for (int k = i - 1; k >= Math.max(0, i - 8); k--) {
            char c = t.charAt(k);
            if (c == '“' || c == '"' || c == '《') {
                open = k;
                break;
            }
            if (c == '”' || c == '》' || c == '，' || c == '。' || c == '\n') {
                return false;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int k = i + 1; k < Math.min(t.length(), open + 10); k++) {
            char c = t.charAt(k);
            if (c == '”' || c == '"' || c == '》') {
                return true;
            }
            if (c == '“' || c == '，' || c == '。' || c == '\n') {
                return false;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }
}
