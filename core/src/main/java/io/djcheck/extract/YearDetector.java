package io.djcheck.extract;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The year a report covers. Years stated about work done count for themselves; a year that opens a
 * plan ("2024年，我们将…", or any year in the next steps) points to the year before it. The most
 * often stated year wins (the later one on a tie); without one, the earliest plan year minus one;
 * without either, null. Years inside titles (《…》) and ranges (2021—2025年) are ignored.
 */
final class YearDetector {

    /** How far after a year a plan cue still makes it a plan year. */
    private static final int PLAN_CUE_WINDOW = 12;

    Integer detect(String t, SectionMap sections, Hits hits) {
        Map<Integer, Integer> stated = new TreeMap<>();
        Integer earliestPlan = null;
        List<Hit> planCues = hits.longest(Term.Kind.PLAN_YEAR);
        for (int i = 0; i + 4 < t.length(); i++) {
            if (!isYearAt(t, i)) {
                continue;
            }
            int year = Integer.parseInt(t.substring(i, i + 4));
            if (insideTitle(t, i) || (i > 0 && "-—–~至".indexOf(t.charAt(i - 1)) >= 0)
                    || t.startsWith("-", i + 4) || t.startsWith("—", i + 4)) {
                i += 4;
                continue;
            }
            boolean plan = sections.within(i, io.djcheck.model.SectionKind.NEXT_STEPS) || planCueNear(t, planCues, i + 5);
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

    private static boolean isYearAt(String t, int i) {
        if (i > 0 && Character.isDigit(t.charAt(i - 1))) {
            return false;
        }
        char a = t.charAt(i);
        char b = t.charAt(i + 1);
        if (!((a == '1' && b == '9') || (a == '2' && b == '0'))) {
            return false;
        }
        return Character.isDigit(t.charAt(i + 2)) && Character.isDigit(t.charAt(i + 3)) && t.charAt(i + 4) == '年';
    }

    private static boolean planCueNear(String t, List<Hit> cues, int from) {
        int limit = from + PLAN_CUE_WINDOW;
        for (Hit h : cues) {
            if (h.start() >= from && h.start() < limit) {
                String between = t.substring(from, h.start());
                if (between.indexOf('。') < 0 && between.indexOf('\n') < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean insideTitle(String t, int i) {
        int open = t.lastIndexOf('《', i);
        int close = t.lastIndexOf('》', i);
        return open >= 0 && open > close && i - open < 40;
    }
}
