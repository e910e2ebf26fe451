package io.djcheck.extract;

/**
 * Reads Chinese numerals: 两 → 2, 十二 → 12, 二十 → 20, 一百零五 → 105, 三千二百万 → 32000000,
 * 二〇二三 → 2023; and the approximate ones that name two neighbouring numbers: 两三 → 2–3,
 * 十二三 → 12–13, 二三十 → 20–30, 三五 → 3–5.
 */
final class ChineseNumerals {

    private ChineseNumerals() {
    }

    static boolean isNumeral(char c) {
        return digit(c) >= 0 || isMagnitude(c);
    }

    static boolean isMagnitude(char c) {
        return c == '十' || c == '百' || c == '千' || c == '万' || c == '亿' || c == '拾' || c == '佰' || c == '仟';
    }

    static int digit(char c) {
        switch (c) {
            case '零': case '〇': return 0;
            case '一': case '壹': return 1;
            case '二': case '两': case '贰': return 2;
            case '三': case '叁': return 3;
            case '四': case '肆': return 4;
            case '五': case '伍': return 5;
            case '六': case '陆': return 6;
            case '七': case '柒': return 7;
            case '八': case '捌': return 8;
            case '九': case '玖': return 9;
            default: return -1;
        }
    }

    /** The value of {@code s}, entirely numeral characters; -1 when it is not a well-formed numeral. */
    static long parse(CharSequence s) {
        return parse(s, 0, s.length());
    }

    /** The value of {@code s[from, to)}, read in place: the scanners call it for every numeral they meet. */
    static long parse(CharSequence s, int from, int to) {
        if (to <= from) {
            return -1;
        }
        boolean hasMagnitude = false;
        for (int i = from; i < to; i++) {
            if (isMagnitude(s.charAt(i))) {
                hasMagnitude = true;
                break;
            }
        }
        if (!hasMagnitude) {
            // digit by digit: 二〇二三 → 2023; a lone digit is itself
            long v = 0;
            for (int i = from; i < to; i++) {
                int d = digit(s.charAt(i));
                if (d < 0) {
                    return -1;
                }
                v = v * 10 + d;
            }
            return v;
        }
        long total = 0;      // completed 亿 sections
        long section = 0;    // completed 万 part within the current 亿 section
        long current = 0;    // below 万
        int pendingDigit = -1;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                if (pendingDigit > 0 && d > 0) {
                    return -1;   // 二三 without a magnitude between is not a numeral here
                }
                pendingDigit = d;
                continue;
            }
            int unit = switch (c) {
                case '十', '拾' -> 10;
                case '百', '佰' -> 100;
                case '千', '仟' -> 1000;
                case '万' -> 10_000;
                case '亿' -> 100_000_000;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            if (unit < 10_000) {
                int m = pendingDigit < 0 ? 1 : pendingDigit;   // 十二: the leading 十 is 一十
                current += (long) m * unit;
            } else if (unit == 10_000) {
                section += (current + Math.max(pendingDigit, 0)) * 10_000;
                current = 0;
            } else {
                total += (section + current + Math.max(pendingDigit, 0)) * 100_000_000L;
                section = 0;
                current = 0;
            }
            pendingDigit = -1;
        }
        return total + section + current + Math.max(pendingDigit, 0);
    }

    /**
     * The bounds of an approximate numeral (两三, 十二三, 二三十, 一百二三十, 三五), or null when
     * {@code s} is not one: two adjacent non-zero digits, the second one or two above the first,
     * with magnitudes only around them.
     */
    static long[] parseApproximate(CharSequence s) {
        int pair = -1;
        for (int k = 0; k + 1 < s.length(); k++) {
            if (digit(s.charAt(k)) > 0 && digit(s.charAt(k + 1)) > 0) {
                if (pair >= 0) {
                    return null;
                }
                pair = k;
            }
        }
        if (pair < 0) {
            return null;
        }
        int d1 = digit(s.charAt(pair));
        int d2 = digit(s.charAt(pair + 1));
        if (d2 - d1 != 1 && d2 - d1 != 2) {
            return null;
        }
        if (pair > 0 && !isMagnitude(s.charAt(pair - 1))) {
            return null;
        }
        String suffix = s.subSequence(pair + 2, s.length()).toString();
        if (suffix.length() > 1 || (suffix.length() == 1 && !isMagnitude(suffix.charAt(0)))) {
            return null;
        }
        String prefix = s.subSequence(0, pair).toString();
        long lo = parse(prefix + s.charAt(pair) + suffix);
        long hi = parse(prefix + s.charAt(pair + 1) + suffix);
        return lo >= 0 && hi > lo ? new long[] {lo, hi} : null;
    }
}
