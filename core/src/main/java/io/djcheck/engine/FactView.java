package io.djcheck.engine;

import io.djcheck.model.Mention;
import io.djcheck.model.Quantity;
import io.djcheck.model.Report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report's facts indexed by concept, built once per check: each {@link FactSelector} reads its
 * candidates here instead of the rules accumulating over every fact in working memory.
 */
final class FactView {

    private final Report report;
    private final Map<String, List<Quantity>> quantities = new HashMap<>();
    private final Map<String, List<Mention>> mentions = new HashMap<>();

    FactView(Report report) {
        this.report = report;
        for (Quantity q : report.quantities()) {
            quantities.computeIfAbsent(q.concept(), k -> new ArrayList<>(2)).add(q);
        }
        for (Mention m : report.mentions()) {
            mentions.computeIfAbsent(m.concept(), k -> new ArrayList<>(2)).add(m);
        }
    }

    /** The facts of the kind a selector over {@code concepts} can take, in report order. */
    List<?> candidates(FactKind of, Set<String> concepts) {
        return switch (of) {
            case QUANTITIES -> concepts.size() == 1 ? quantities.getOrDefault(concepts.iterator().next(), List.of())
                    : report.quantities();
            case MENTIONS -> concepts.size() == 1 ? mentions.getOrDefault(concepts.iterator().next(), List.of())
                    : report.mentions();
            case PLACEHOLDERS -> report.placeholders();
            case FORMAT_ISSUES -> report.formatIssues();
        };
    }
}
