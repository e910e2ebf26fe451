package io.djcheck.extract;

import io.djcheck.model.OrgLevel;

import java.util.EnumMap;
import java.util.Map;

/**
 * The level of the reporting organisation, from how it names itself: 全镇/我镇/镇党委 for a
 * township, 我村/全村 for a village, 我社区 for a community, 全县/我县 for a county. The level named
 * most often wins; none named gives UNKNOWN.
 */
final class OrgLevelDetector {

    OrgLevel detect(Hits hits) {
        Map<OrgLevel, Integer> count = new EnumMap<>(OrgLevel.class);
        for (Hit h : hits.longest(Term.Kind.ORG_LEVEL)) {
            count.merge(OrgLevel.valueOf(h.term().key()), 1, Integer::sum);
        }
        return count.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(OrgLevel.UNKNOWN);
    }
}
