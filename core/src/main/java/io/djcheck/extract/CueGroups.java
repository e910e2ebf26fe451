package io.djcheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which quantity concepts a clause names: a concept is present when every cue of one of its groups
 * is found (发展 + 党员) and none of its excludes. Every cue of every group has a slot in one flat
 * array, so a clause's question is answered with two small arrays, not a map of sets per clause.
 */
final class CueGroups {

    private final List<Lexicon.QuantityConcept> concepts;   // in the binder's order: the order of the answer
    private final Map<String, Integer> indexOf = new HashMap<>();
    private final int[][] firstSlot;    // [concept][group] → the slot of the group's first cue
    private final int[] groupOf;        // [concept] → the index of its first group among all groups
    private final int slots;
    private final int groups;

    CueGroups(Iterable<Lexicon.QuantityConcept> inOrder) {
        this.concepts = new ArrayList<>();
        inOrder.forEach(concepts::add);
        this.firstSlot = new int[concepts.size()][];
        this.groupOf = new int[concepts.size()];
        int s = 0;
        int g = 0;
        for (int c = 0; c < concepts.size(); c++) {
            Lexicon.QuantityConcept concept = concepts.get(c);
            indexOf.put(concept.key(), c);
            groupOf[c] = g;
            firstSlot[c] = new int[concept.cues().size()];
            for (int k = 0; k < concept.cues().size(); k++) {
                firstSlot[c][k] = s;
                s += concept.cues().get(k).size();
                g++;
            }
        }
        this.slots = s;
        this.groups = g;
    }

    /**
     * The present concepts, in order, each with its cue hits in text order.
     *
     * @param cues     the clause's {@link Term.Kind#QUANTITY_CUE} hits, in text order
     * @param excludes the clause's {@link Term.Kind#QUANTITY_EXCLUDE} hits
     */
    Map<String, List<Hit>> present(List<Hit> cues, List<Hit> excludes) {
        if (cues.isEmpty()) {
            return Map.of();
        }
        boolean[] seen = new boolean[slots];
        int[] found = new int[groups];                  // distinct cues seen per group
        @SuppressWarnings("unchecked")
        List<Hit>[] hitsOf = new List[concepts.size()];
        for (Hit h : cues) {
            Integer c = indexOf.get(h.term().key());
            if (c == null) {
                continue;                               // a cue of a concept the binder does not hold
            }
            int slot = firstSlot[c][h.term().group()] + h.term().value();
            if (!seen[slot]) {
                seen[slot] = true;
                found[groupOf[c] + h.term().group()]++;
            }
            if (hitsOf[c] == null) {
                hitsOf[c] = new ArrayList<>(4);
            }
            hitsOf[c].add(h);
        }
        for (Hit h : excludes) {
            Integer c = indexOf.get(h.term().key());
            if (c != null) {
                hitsOf[c] = null;
            }
        }
        Map<String, List<Hit>> present = new LinkedHashMap<>();
        for (int c = 0; c < concepts.size(); c++) {
            if (hitsOf[c] != null && complete(c, found)) {
                present.put(concepts.get(c).key(), hitsOf[c]);
            }
        }
        return present;
    }

    private boolean complete(int c, int[] found) {
        List<List<String>> cueGroups = concepts.get(c).cues();
        for (int k = 0; k < cueGroups.size(); k++) {
            int n = found[groupOf[c] + k];
            if (n > 0 && n == cueGroups.get(k).size()) {
                return true;
            }
        }
        return false;
    }
}
