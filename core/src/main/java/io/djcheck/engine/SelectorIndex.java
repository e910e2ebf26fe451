package io.djcheck.engine;

import io.djcheck.model.FormatIssue;
import io.djcheck.model.Mention;
import io.djcheck.model.Placeholder;
import io.djcheck.model.Quantity;
import io.djcheck.model.Report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A pack's {@link FactSelector}s indexed by the concept they take, made once per pack, so that a
 * check computes every {@link Selection} in one pass over the report's facts: each fact goes to the
 * selectors of its concept (and to those taking every concept), none is grouped or copied first.
 * Facts reach each selection in report order.
 */
final class SelectorIndex {

    private static final int[] NONE = {};

    private final FactSelector[] selectors;
    private final Map<String, int[]> quantitiesByConcept;
    private final Map<String, int[]> mentionsByConcept;
    private final int[] everyQuantity;
    private final int[] everyMention;
    private final int[] placeholders;
    private final int[] formatIssues;

    private SelectorIndex(List<FactSelector> selectors) {
        this.selectors = selectors.toArray(FactSelector[]::new);
        Map<String, List<Integer>> quantities = new HashMap<>();
        Map<String, List<Integer>> mentions = new HashMap<>();
        List<Integer> everyQuantity = new ArrayList<>();
        List<Integer> everyMention = new ArrayList<>();
        List<Integer> placeholders = new ArrayList<>();
        List<Integer> formatIssues = new ArrayList<>();
        for (int i = 0; i < this.selectors.length; i++) {
            FactSelector s = this.selectors[i];
            switch (s.of()) {
                case QUANTITIES -> register(i, s, quantities, everyQuantity);
                case MENTIONS -> register(i, s, mentions, everyMention);
                case PLACEHOLDERS -> placeholders.add(i);
                case FORMAT_ISSUES -> formatIssues.add(i);
            }
        }
        this.quantitiesByConcept = ints(quantities);
        this.mentionsByConcept = ints(mentions);
        this.everyQuantity = ints(everyQuantity);
        this.everyMention = ints(everyMention);
        this.placeholders = ints(placeholders);
        this.formatIssues = ints(formatIssues);
    }

    static SelectorIndex of(List<FactSelector> selectors) {
        return new SelectorIndex(selectors);
    }

    boolean isEmpty() {
        return selectors.length == 0;
    }

    /** One selection per selector, in the selectors' order. */
    List<Object> select(Report report) {
        @SuppressWarnings("unchecked")
        List<Object>[] taken = new List[selectors.length];
        for (Quantity q : report.quantities()) {
            offer(q, quantitiesByConcept.getOrDefault(q.concept(), NONE), taken);
            offer(q, everyQuantity, taken);
        }
        for (Mention m : report.mentions()) {
            offer(m, mentionsByConcept.getOrDefault(m.concept(), NONE), taken);
            offer(m, everyMention, taken);
        }
        for (Placeholder p : report.placeholders()) {
            offer(p, placeholders, taken);
        }
        for (FormatIssue f : report.formatIssues()) {
            offer(f, formatIssues, taken);
        }
        Object[] out = new Object[selectors.length];
        for (int i = 0; i < out.length; i++) {
            FactSelector s = selectors[i];
            out[i] = Selection.of(s.key(), taken[i] == null ? List.of() : taken[i], s.annual());
        }
        return List.of(out);
    }

    private void offer(Object fact, int[] to, List<Object>[] taken) {
        for (int i : to) {
            if (selectors[i].takes(fact)) {
                if (taken[i] == null) {
                    taken[i] = new ArrayList<>(4);
                }
                taken[i].add(fact);
            }
        }
    }

    private static void register(int i, FactSelector s, Map<String, List<Integer>> byConcept, List<Integer> every) {
        if (s.concepts().isEmpty()) {
            every.add(i);
        }
        for (String c : s.concepts()) {
            byConcept.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
        }
    }

    private static Map<String, int[]> ints(Map<String, List<Integer>> lists) {
        Map<String, int[]> out = new HashMap<>();
        lists.forEach((k, v) -> out.put(k, ints(v)));
        return out;
    }

    private static int[] ints(List<Integer> list) {
        return list.isEmpty() ? NONE : list.stream().mapToInt(Integer::intValue).toArray();
    }
}
