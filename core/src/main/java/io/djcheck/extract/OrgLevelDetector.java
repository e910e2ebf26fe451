package io.djcheck.extract;

import io.djcheck.model.OrgLevel;

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
 * ignored phrase (村（社区）) do not count. None named gives UNKNOWN.
 */
final class OrgLevelDetector {

    static final int TITLE_WEIGHT = 3;
    static final int STRONG = 3;
    /** Farthest a superior cue stands before the name it makes a superior body's. */
    private static final int SUPERIOR_WINDOW = 10;

    OrgLevel detect(TextLayout layout, Hits hits) {
        int titleEnd = Title.end(layout);
        Map<OrgLevel, Integer> count = new EnumMap<>(OrgLevel.class);
        List<Hit> ignored = hits.of(Term.Kind.ORG_LEVEL_IGNORED);
        List<Hit> superior = hits.of(Term.Kind.SUPERIOR);
        tally(layout, hits.longest(Term.Kind.ORG_LEVEL), STRONG, titleEnd, ignored, superior, count, false);
        tally(layout, hits.longest(Term.Kind.ORG_LEVEL_WEAK), 1, titleEnd, ignored, superior, count, true);
        return count.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(OrgLevel.UNKNOWN);
    }

    private static void tally(TextLayout layout, List<Hit> found, int weight, int titleEnd, List<Hit> ignored,
                              List<Hit> superior, Map<OrgLevel, Integer> count, boolean capped) {
        Map<String, Integer> body = new HashMap<>();   // weak name → its body occurrences, capped at STRONG
        for (Hit h : found) {
            if (inside(h, ignored) || superiorClause(layout, h, superior)) {
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
