package io.djcheck.extract;

import io.djcheck.model.Qualifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the numbers of a text that carry a unit: Arabic (12, 3.5, 1,000), Chinese (十二, 两, 一百零五),
 * with 万/亿 multipliers (1.2万 = 12000), qualifiers before (近, 约, 超过, 至少) and after (余, 多,
 * 以上, 左右), ranges (1—2, 3-5, 5万至10万), percentages (99%, 百分之五十), fractions (三分之二) and
 * masks (X名, *次, **个). A number without a unit (a year, a date, an enumeration) is not returned.
 *
 * <p>Numbers are not taken from set phrases (三会一课, 两委), from ordinals (第五, 十五届五次) or from
 * short quoted names (“两个维护”).
 */
final class NumberScanner {

    private static final String RANGE_MARKS = "-—–~～至到";

    private final Map<String, Lexicon.Unit> units;
    private final Map<String, Qualifier> prefixes;
    private final Map<String, Qualifier> suffixes;
    private final int maxUnitLength;

    NumberScanner(Lexicon lexicon) {
        this.units = lexicon.units();
        this.prefixes = lexicon.qualifierPrefixes();
        this.suffixes = lexicon.qualifierSuffixes();
        this.maxUnitLength = units.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    List<NumberToken> scan(String text, Hits hits) {
        List<NumberToken> out = new ArrayList<>();
        // numbers written inside set phrases and practice names (三会一课, 4+2工作法) are not quantities
        List<Hit> setPhrases = new ArrayList<>(hits.of(Term.Kind.SET_PHRASE));
        setPhrases.addAll(hits.of(Term.Kind.MENTION));
        setPhrases.sort(java.util.Comparator.comparingInt(Hit::start));
        int phrase = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (phrase < setPhrases.size() && setPhrases.get(phrase).end() <= i) {
                phrase++;
            }
            if (phrase < setPhrases.size() && setPhrases.get(phrase).start() <= i) {
                i = setPhrases.get(phrase).end();
                continue;
            }
            NumberToken t = numberAt(text, i);
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

    /** The number starting at {@code i}, with or without a unit, or null when none starts there. */
    private NumberToken numberAt(String text, int i) {
        char c = text.charAt(i);
        char prev = i > 0 ? text.charAt(i - 1) : ' ';
        Parsed p;
        if (c >= '0' && c <= '9') {
            if (isAsciiLetterOrDigit(prev) || prev == '.') {
                return null;                                    // G312, A4, the 5 of 3.5
            }
            p = arabic(text, i);
        } else if (isMaskChar(c)) {
            if (isAsciiLetter(prev) || ((c == 'X' || c == 'x') && i + 1 < text.length() && isAsciiLetter(text.charAt(i + 1))
                    && text.charAt(i + 1) != 'X' && text.charAt(i + 1) != 'x')) {
                return null;
            }
            p = mask(text, i);
        } else if (ChineseNumerals.isNumeral(c)) {
            if (prev == '第' || prev == '届' || prev == '周' || ChineseNumerals.isNumeral(prev)
                    || insideShortQuote(text, i)) {
                return null;                                    // ordinals and named slogans
            }
            p = chinese(text, i);
        } else {
            return null;
        }
        if (p == null) {
            return null;
        }
        int j = p.end;
        Double value = p.value;
        Double upper = null;
        Qualifier q = p.masked ? Qualifier.MASKED : Qualifier.EXACT;

        // a range: 1—2, 5万至10万
        if (!p.masked && j + 1 < text.length() && RANGE_MARKS.indexOf(text.charAt(j)) >= 0) {
            char next = text.charAt(j + 1);
            Parsed second = null;
            if (next >= '0' && next <= '9' && p.arabic) {
                second = arabic(text, j + 1);
            } else if (ChineseNumerals.isNumeral(next) && !p.arabic) {
                second = chinese(text, j + 1);
            }
            if (second != null && second.value != null && second.value >= value) {
                upper = second.value;
                if (p.multiplier == 1 && second.multiplier != 1) {
                    value = value * second.multiplier;       // 5至10万 means 5万 to 10万
                }
                j = second.end;
                q = Qualifier.RANGE;
            }
        }

        // 余/多 before the unit: 50余人次, 1.2万余元
        Qualifier mid = longestAt(text, j, suffixes, 1);
        if (mid != null && (text.charAt(j) == '余' || text.charAt(j) == '多')) {
            j++;
            if (q == Qualifier.EXACT) {
                q = mid;
            }
        }

        String unit = null;
        for (int len = Math.min(maxUnitLength, text.length() - j); len >= 1; len--) {
            Lexicon.Unit u = units.get(text.substring(j, j + len));
            if (u != null) {
                unit = u.canonical();
                if (value != null) {
                    value = value * u.factor();
                }
                if (upper != null) {
                    upper = upper * u.factor();
                }
                j += len;
                break;
            }
        }
        if (p.percent && unit == null) {
            unit = "%";
        }

        // 以上/以下/左右 after the unit
        for (int len = 2; len >= 1 && unit != null; len--) {
            if (j + len <= text.length()) {
                Qualifier after = suffixes.get(text.substring(j, j + len));
                if (after != null && text.charAt(j) != '余' && text.charAt(j) != '多') {
                    if (q == Qualifier.EXACT) {
                        q = after;
                    }
                    j += len;
                    break;
                }
            }
        }

        int start = p.start;
        // 近, 约, 超过, 至少 before the number
        for (int len = 3; len >= 1 && q == Qualifier.EXACT; len--) {
            if (start - len >= 0) {
                Qualifier before = prefixes.get(text.substring(start - len, start));
                if (before != null) {
                    q = before;
                    start -= len;
                    break;
                }
            }
        }
        if (!p.arabic && !p.masked && unit == null) {
            return new NumberToken(p.start, p.end, value, upper, q, null, true);
        }
        return new NumberToken(start, j, value, upper, q, unit, !p.arabic && !p.masked);
    }

    private static Qualifier longestAt(String text, int j, Map<String, Qualifier> m, int len) {
        if (j + len > text.length()) {
            return null;
        }
        return m.get(text.substring(j, j + len));
    }

    /** A parsed number before its unit. */
    private record Parsed(int start, int end, Double value, boolean arabic, boolean masked,
                          boolean percent, double multiplier) {
    }

    private static Parsed arabic(String t, int i) {
        int j = i;
        int n = t.length();
        StringBuilder digits = new StringBuilder();
        while (j < n) {
            char c = t.charAt(j);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                j++;
            } else if (c == ',' && isThousands(t, j)) {
                j++;
            } else if (c == '.' && j + 1 < n && Character.isDigit(t.charAt(j + 1)) && digits.indexOf(".") < 0) {
                digits.append('.');
                j++;
            } else {
                break;
            }
        }
        double v = Double.parseDouble(digits.toString());
        double mult = 1;
        if (j < n && (t.charAt(j) == '万' || t.charAt(j) == '亿')) {
            mult = t.charAt(j) == '万' ? 1e4 : 1e8;
            j++;
        }
        return new Parsed(i, j, v * mult, true, false, false, mult);
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
        // 百分之五十, 三分之二
        int j = i;
        while (j < n && ChineseNumerals.isNumeral(t.charAt(j))) {
            j++;
        }
        if (t.startsWith("百分之", i)) {
            int k = i + 3;
            int e = k;
            while (e < n && ChineseNumerals.isNumeral(t.charAt(e))) {
                e++;
            }
            long v = ChineseNumerals.parse(t.subSequence(k, e));
            return v < 0 || e == k ? null : new Parsed(i, e, (double) v, false, false, true, 1);
        }
        if (t.startsWith("分之", j)) {
            long denominator = ChineseNumerals.parse(t.subSequence(i, j));
            int k = j + 2;
            int e = k;
            while (e < n && ChineseNumerals.isNumeral(t.charAt(e))) {
                e++;
            }
            long numerator = ChineseNumerals.parse(t.subSequence(k, e));
            if (denominator <= 0 || numerator < 0 || e == k) {
                return null;
            }
            return new Parsed(i, e, Math.round(numerator * 10000.0 / denominator) / 100.0, false, false, true, 1);
        }
        boolean hasDigit = t.charAt(i) == '十';
        for (int k = i; k < j && !hasDigit; k++) {
            hasDigit = ChineseNumerals.digit(t.charAt(k)) >= 0;
        }
        long v = hasDigit ? ChineseNumerals.parse(t.subSequence(i, j)) : -1;
        if (v < 0) {                                            // 万元户, 千方百计: no number
            return null;
        }
        double mult = t.charAt(j - 1) == '万' ? 1e4 : t.charAt(j - 1) == '亿' ? 1e8 : 1;
        return new Parsed(i, j, (double) v, false, false, false, mult);
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
        return new Parsed(i, j, null, false, true, false, 1);
    }

    private static boolean sameMask(char first, char c) {
        if (first == '*') {
            return c == '*';
        }
        if (first == '○' || first == '●') {
            return c == first;
        }
        return c == 'X' || c == 'x';
    }

    static boolean isMaskChar(char c) {
        return c == '*' || c == 'X' || c == 'x' || c == '○' || c == '●';
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
