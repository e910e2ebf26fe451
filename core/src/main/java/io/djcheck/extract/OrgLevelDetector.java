package io.djcheck.extract;

import io.djcheck.model.OrgLevel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The level of the reporting organisation, from how it names itself: 全镇/我镇/镇党委 for a
 * township, 我村/全村/我嘎查 for a village, 我社区 for a community, 全县/我县 for a county. Each name
 * counts {@link #STRONG} times; a weak name of the lexicon (a bare 社区 or 网格, 全区) once, and all
 * its recurrences in the body together no more than one strong name: a county's report about its
 * communities says 社区 on every line, but 全县 names the reporter. The
 * level with the highest total wins; a name in the title line ("××镇党委书记抓基层党建工作述职报告")
 * counts {@link #TITLE_WEIGHT} times more. A name in a clause that names a superior body
 * ("根据乡党委部署", "在县委的领导下": the lexicon's {@code cues.superior}) and a name inside an
 * ignored phrase (村（社区）) do not count, and neither does a name inside a longer one of any kind
 * (镇党委 in 各乡镇党委, 镇 in 镇党委). A name that points at the writer itself (全县, 我镇, 本村) is never
 * a superior body ("在全县农村基层党组织中开展…"), but inside quotation marks it is a quoted speaker's
 * ("“我村成功发展了…”，高庄村党支部书记说"), not the writer's. A level needs {@link #MIN_TOTAL}: one weak
 * name (a single 村民) decides nothing. A title that opens with a bare level word of the lexicon's
 * {@code orgLevels.titleOpeners} ("村软弱涣散党组织整顿情况总结", "县2025年党建工作要点") names the level
 * as a strong name in the title does, unless a level name of its own opens it (乡镇…, 镇党委…). None
 * named gives UNKNOWN.
 */
final class OrgLevelDetector {

    static final int TITLE_WEIGHT = 3;
    static final int STRONG = 3;
    /** Least total that tells a level. */
    static final int MIN_TOTAL = 2;
    /** Longest level name of the lexicon worth looking back over. */
    private static final int MAX_NAME = 16;
    /** Farthest an opening quotation mark is looked for: quoted speech runs a few sentences. */
    private static final int QUOTE_REACH = 200;
    /** First characters of names that point at the writer (全县, 我镇, 本村, 该镇). */
    private static final String POINTERS = "全我本该";
    /** Farthest a superior cue stands before the name it makes a superior body's. */
    private static final int SUPERIOR_WINDOW = 10;

    private final Lexicon lexicon;

    OrgLevelDetector(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    OrgLevel detect(TextLayout layout, Hits hits) {
        int titleEnd = Title.end(layout);
        Map<OrgLevel, Integer> count = new EnumMap<>(OrgLevel.class);
        int t0 = titleEnd > 0 ? layout.paragraphStart(0) : 0;
        if (titleEnd > 0 && hits.startingAt(Term.Kind.ORG_LEVEL, t0) == null
                && hits.startingAt(Term.Kind.ORG_LEVEL_WEAK, t0) == null
                && hits.startingAt(Term.Kind.ORG_LEVEL_IGNORED, t0) == null) {   // 乡镇… names no township
            String title = layout.text().substring(layout.paragraphStart(0), titleEnd);
            lexicon.titleOpeners().forEach((level, words) -> words.stream().filter(title::startsWith).findFirst()
                    .ifPresent(w -> count.merge(level, STRONG * TITLE_WEIGHT, Integer::sum)));
        }
        List<Hit> ignored = hits.of(Term.Kind.ORG_LEVEL_IGNORED);
        List<Hit> superior = hits.of(Term.Kind.SUPERIOR);
        List<Hit> strong = hits.longest(Term.Kind.ORG_LEVEL);
        List<Hit> weak = hits.longest(Term.Kind.ORG_LEVEL_WEAK);
        List<Hit> longer = new ArrayList<>(strong);
        longer.addAll(weak);
        longer.addAll(ignored);
        tally(layout, notInsideLonger(strong, longer), STRONG, titleEnd, ignored, superior, count, false);
        tally(layout, notInsideLonger(weak, longer), 1, titleEnd, ignored, superior, count, true);
        return count.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_TOTAL)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(OrgLevel.UNKNOWN);
    }

    private static void tally(TextLayout layout, List<Hit> found, int weight, int titleEnd, List<Hit> ignored,
                              List<Hit> superior, Map<OrgLevel, Integer> count, boolean capped) {
        Map<String, Integer> body = new HashMap<>();   // weak name → its body occurrences, capped at STRONG
        for (Hit h : found) {
            boolean pointer = POINTERS.indexOf(layout.text().charAt(h.start())) >= 0;
            if (inside(h, ignored) || !pointer && superiorClause(layout, h, superior)
                    || pointer && quoted(layout, h.start())) {
                continue;
            }
            OrgLevel level = OrgLevel.valueOf(h.term().key());
            if (h.end() <= titleEnd) {
                count.merge(level, weight * TITLE_WEIGHT, Integer::sum);
            } else if (capped) {
                body.merge(h.term().key() + ':' + layout.text().substring(h.start(), h.end()), weight, Integer::sum);
            } else {
                count.merge(level, weight, Integer::sum);
            }
        }
        body.forEach((name, n) -> count.merge(OrgLevel.valueOf(name.substring(0, name.indexOf(':'))),
                Math.min(n, STRONG), Integer::sum));
    }

    /** The names that no longer name of any kind holds (镇党委 inside 乡镇党委 names no township). */
    private static List<Hit> notInsideLonger(List<Hit> names, List<Hit> all) {
        all.sort(Comparator.comparingInt(Hit::end));
        List<Hit> out = new ArrayList<>(names.size());
        for (Hit h : names) {
            boolean covered = false;
            for (int k = SortedLists.firstNotBefore(all, o -> o.end() < h.end());
                    k < all.size() && all.get(k).end() <= h.end() + MAX_NAME; k++) {
                Hit o = all.get(k);
                if (o.start() <= h.start() && o.length() > h.length()) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                out.add(h);
            }
        }
        return out;
    }

    /** Whether an opening quotation mark of its paragraph stands before {@code at} and is not closed before it. */
    private static boolean quoted(TextLayout layout, int at) {
        String t = layout.text();
        for (int i = at - 1; i >= Math.max(0, at - QUOTE_REACH) && t.charAt(i) != '\n'; i--) {
            if (t.charAt(i) == '”') {
                return false;
            }
            if (t.charAt(i) == '“') {
                return true;
            }
        }
        return false;
    }

    /** Whether an ignored phrase holds the name; phrases end in text order, so a binary search finds the first candidate. */
    private static boolean inside(Hit h, List<Hit> phrases) {
        for (int k = SortedLists.firstNotBefore(phrases, p -> p.end() < h.end());
                k < phrases.size() && phrases.get(k).start() <= h.start(); k++) {
            if (phrases.get(k).end() >= h.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a superior cue stands before the name in its clause: "根据乡党委部署", "按照县委要求". */
    private static boolean superiorClause(TextLayout layout, Hit h, List<Hit> superior) {
        int clauseStart = layout.clauseStart(layout.clauseAt(h.start()));
        int from = Math.max(clauseStart, h.start() - SUPERIOR_WINDOW);
        for (int k = SortedLists.firstNotBefore(superior, s -> s.end() <= from);
                k < superior.size() && superior.get(k).end() <= h.start(); k++) {
            if (superior.get(k).start() >= from) {
                return true;
            }
        }
        return false;
    }
}
