package io.djcheck.extract;

import io.djcheck.model.OrgLevel;

import java.util.EnumMap;
import java.util.Map;

/**
 * The level of the reporting organisation, from how it names itself: 全镇/我镇/镇党委 for a
 * township, 我村/全村/我嘎查 for a village, 我社区 for a community, 全县/我县 for a county. The
 * level named most often wins; a name in the title line ("××镇党委书记抓基层党建工作述职报告")
 * counts {@link #TITLE_WEIGHT} times. None named gives UNKNOWN.
 */
final class OrgLevelDetector {

    static final int TITLE_WEIGHT = 3;
    /** Longest first line that is taken as the title. */
    private static final int TITLE_MAX = 50;

    OrgLevel detect(TextLayout layout, Hits hits) {
        int titleEnd = titleEnd(layout);
        Map<OrgLevel, Integer> count = new EnumMap<>(OrgLevel.class);
        for (Hit h : hits.longest(Term.Kind.ORG_LEVEL)) {
            count.merge(OrgLevel.valueOf(h.term().key()), h.end() <= titleEnd ? TITLE_WEIGHT : 1, Integer::sum);
        }
        return count.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(OrgLevel.UNKNOWN);
    }

    /** End of the title: the first paragraph when it is short and not a sentence; else 0. */
    private static int titleEnd(TextLayout layout) {
        if (layout.paragraphs() == 0) {
            return 0;
        }
        int s = layout.paragraphStart(0);
        int e = layout.paragraphEnd(0);
        char last = layout.text().charAt(e - 1);
        return e - s <= TITLE_MAX && last != '。' && last != '，' && last != '：' ? e : 0;
    }
}
