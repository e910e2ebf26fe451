package io.djcheck.extract;

import io.djcheck.model.SectionKind;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a report covers. Years stated about work done count for themselves ("2022年以来",
 * "2023年，全镇…"); a year that opens a plan ("2024年，我们将…"), follows a target word ("到2025年")
 * or stands in the next steps points to the year before it. The most often stated year wins (the
 * later one on a tie); without one, the earliest plan year minus one; without either, null. Years
 * inside titles (《…》), ranges (2021—2025年) and the signing date on a line of its own
 * ("2024年1月10日", which follows the year reported on) are ignored. Years may be written in Chinese (二〇二三年).
 * A date in brackets at the head, under the title ("（2016年4月10日）", the day a speech or report was
 * given), names the report's year as the title would.
 */
final class YearDetector {

    /** How far after a year a plan cue still makes it a plan year. */
    private static final int PLAN_CUE_WINDOW = 12;
    /** How far after a year an event word still makes it the year of an event. */
    private static final int EVENT_CUE_WINDOW = 10;
    /** Longest line a signing date stands on: 二〇二四年十二月三十一日. */
    private static final int DATE_LINE_MAX = 16;
    /** Farthest a 《 may stand before a year inside its title. */
    private static final int TITLE_WINDOW = 40;
    /** How far into the text, and before its first full stop, a bracketed date still stands at its head. */
    static final int HEAD = 120;
    private static final Pattern HEAD_DATE = Pattern.compile(
            "[（(]\\s*((?:19|20)\\d{2})\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*[）)]");

    Integer detect(String t, SectionMap sections, Hits hits) {
        return detect(t, TextLayout.of(t), sections, hits);
    }

    Integer detect(String t, TextLayout layout, SectionMap sections, Hits hits) {
        Integer titled = titleYear(t, Title.end(layout));
        if (titled != null) {
            return titled;
        }
        int head = t.indexOf('。');
        Matcher dated = HEAD_DATE.matcher(t).region(0, Math.min(head < 0 ? t.length() : head, HEAD));
        if (dated.find()) {
            return Integer.parseInt(dated.group(1));
        }
        List<Hit> eventCues = hits.longest(Term.Kind.EVENT_YEAR);
        Map<Integer, Integer> stated = new TreeMap<>();
        Integer earliestPlan = null;
        List<Hit> planCues = hits.longest(Term.Kind.PLAN_YEAR);
        List<Hit> targetCues = hits.longest(Term.Kind.PLAN_YEAR_BEFORE);
        for (int i = 0; i + 4 < t.length(); i++) {
            int nian = t.indexOf('年', i + 4);         // a year needs 年 four characters on: go to the next one
            if (nian < 0) {
                break;
            }
            i = nian - 4;
            int year = yearAt(t, i);
            if (year < 0) {
                continue;
            }
            if (insideTitle(t, i) || dateLine(t, i) || (i > 0 && "-—–~至".indexOf(t.charAt(i - 1)) >= 0)
                    || t.startsWith("-", i + 5) || t.startsWith("—", i + 5) || t.startsWith("至", i + 5)) {
                i += 4;
                continue;
            }
            if (eventYear(t, eventCues, i)) {
                i += 4;
                continue;
            }
            boolean plan = sections.within(i, SectionKind.NEXT_STEPS) || planCueNear(t, planCues, i + 5)
                    || targetCueBefore(targetCues, i);
            if (plan) {
                earliestPlan = earliestPlan == null ? year : Math.min(earliestPlan, year);
            } else {
                stated.merge(year, 1, Integer::sum);
            }
            i += 4;
        }
        if (!stated.isEmpty()) {
            int best = 0;
            int top = 0;
            for (Map.Entry<Integer, Integer> e : stated.entrySet()) {
                if (e.getValue() >= top) {
                    best = e.getKey();
                    top = e.getValue();
                }
            }
            return best;
        }
        return earliestPlan == null ? null : earliestPlan - 1;
    }

    /**
     * The year the title names: "2023年社区党建工作总结", or bare before a word ("2019抓基层党建工作述职报告",
     * "…剖析材料2023班子"); null when the title names none or several.
     */
    static Integer titleYear(String t, int titleEnd) {
        Integer found = null;
        for (int i = 0; i + 4 <= titleEnd; i++) {
            int year = bareYearAt(t, i, titleEnd);
            if (year < 0 || insideTitle(t, i)) {
                continue;
            }
            if (found != null && found != year) {
                return null;
            }
            found = year;
            i += 3;
        }
        return found;
    }

    /** Four digits at {@code i}, not inside a longer number, read as a year 1949..2099; else -1. */
    private static int bareYearAt(String t, int i, int end) {
        if (i > 0 && Character.isDigit(t.charAt(i - 1)) || i + 4 < end && Character.isDigit(t.charAt(i + 4))) {
            return -1;
        }
        int year = 0;
        for (int k = i; k < i + 4; k++) {
            char c = t.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            year = year * 10 + c - '0';
        }
        boolean range = i + 4 < end && "-—–~至".indexOf(t.charAt(i + 4)) >= 0
                || i > 0 && "-—–~至".indexOf(t.charAt(i - 1)) >= 0;
        return year >= 1949 && year < 2100 && !range ? year : -1;
    }

    /**
     * A year of an event, not of the report: a start or date word before it (自2016年, 从1997年, 于2009年)
     * or an event word right after it (2021年审计, 2016年换届, 2021年初, 2009年8月) — the lexicon's
     * {@code cues.eventYear}.
     */
    private static boolean eventYear(String t, List<Hit> cues, int i) {
        if (i > 0 && "自从于".indexOf(t.charAt(i - 1)) >= 0) {
            return true;
        }
        int from = i + 5;
        if (from < t.length() && t.charAt(from) == '度') {
            from++;
        }
        int limit = from + EVENT_CUE_WINDOW;
        for (int k = firstEndingAfter(cues, from); k < cues.size() && cues.get(k).start() < limit; k++) {
            Hit h = cues.get(k);
            if (h.start() >= from && (h.length() > 1 || h.start() == from)) {   // 初, 起: right after the year
                String between = t.substring(from, h.start());
                if (between.indexOf('。') < 0 && between.indexOf('\n') < 0 && between.indexOf('；') < 0) {
                    return true;
                }
            }
        }
        return dayDate(t, from);
    }

    /** A month and day right after the year: 2018年X月X日, 2021年3月5日 — the date of an event. */
    private static boolean dayDate(String t, int from) {
        int month = -1;
        for (int k = from; k < t.length() && k <= from + 2; k++) {
            if (t.charAt(k) == '月') {
                month = k;
                break;
            }
            if (!Character.isDigit(t.charAt(k)) && t.charAt(k) != 'X' && t.charAt(k) != 'x') {
                return false;
            }
        }
        if (month <= from) {
            return false;
        }
        for (int k = month + 1; k < t.length() && k <= month + 3; k++) {
            if (t.charAt(k) == '日') {
                return k > month + 1;
            }
            if (!Character.isDigit(t.charAt(k)) && t.charAt(k) != 'X' && t.charAt(k) != 'x') {
                return false;
            }
        }
        return false;
    }

    /** The year written at {@code i} and followed by 年 (2023年, 二〇二三年), or -1. */
    static int yearAt(String t, int i) {
        if (i + 4 >= t.length() || t.charAt(i + 4) != '年') {
            return -1;
        }
        if (i > 0 && (Character.isDigit(t.charAt(i - 1)) || ChineseNumerals.digit(t.charAt(i - 1)) >= 0)) {
            return -1;
        }
        int year = 0;
        for (int k = i; k < i + 4; k++) {
            char c = t.charAt(k);
            int d = c >= '0' && c <= '9' ? c - '0' : ChineseNumerals.digit(c);
            if (d < 0 || (c == '两')) {
                return -1;
            }
            year = year * 10 + d;
        }
        return year >= 1900 && year < 2100 ? year : -1;
    }

    private static boolean planCueNear(String t, List<Hit> cues, int from) {
        int limit = from + PLAN_CUE_WINDOW;
        for (int k = firstEndingAfter(cues, from); k < cues.size() && cues.get(k).start() < limit; k++) {
            Hit h = cues.get(k);
            if (h.start() >= from) {
                String between = t.substring(from, h.start());
                if (between.indexOf('。') < 0 && between.indexOf('\n') < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 到2025年, 力争到2025年: a target word at most one character before the year. */
    private static boolean targetCueBefore(List<Hit> cues, int yearStart) {
        for (int k = firstEndingAfter(cues, yearStart - 2); k < cues.size() && cues.get(k).start() < yearStart; k++) {
            Hit h = cues.get(k);
            if (h.end() <= yearStart && yearStart - h.end() <= 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Index of the first cue ending after {@code offset}. The cues are longest hits, so none lies
     * inside another and they end in the order they start: a binary search, not a scan per year.
     */
    private static int firstEndingAfter(List<Hit> cues, int offset) {
        return SortedLists.firstNotBefore(cues, h -> h.end() <= offset);
    }

    /**
     * A line holding only a date, as under a signature: 2024年1月10日. Looks no farther than such a
     * line can reach, so a report written as one long line costs no scan of the line per year.
     */
    private static boolean dateLine(String t, int i) {
        for (int k = i - 1; k >= 0 && t.charAt(k) != '\n'; k--) {
            if (!Character.isWhitespace(t.charAt(k))) {
                return false;                                   // text before the date on its line
            }
        }
        int lastNonBlank = i;
        for (int k = i; k < t.length() && t.charAt(k) != '\n'; k++) {
            if (!Character.isWhitespace(t.charAt(k))) {
                lastNonBlank = k;
                if (lastNonBlank - i >= DATE_LINE_MAX) {
                    return false;
                }
            }
        }
        String line = t.substring(i, lastNonBlank + 1);
        return line.endsWith("日") && line.indexOf('月') > 0;
    }

    /** Whether the year at {@code i} stands inside a title: a 《 not yet closed, at most 40 characters back. */
    private static boolean insideTitle(String t, int i) {
        for (int k = i; k >= 0 && i - k < TITLE_WINDOW; k--) {
            char c = t.charAt(k);
            if (c == '》') {
                return false;
            }
            if (c == '《') {
                return true;
            }
        }
        return false;
    }
}
