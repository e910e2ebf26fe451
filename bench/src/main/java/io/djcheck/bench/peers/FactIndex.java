package io.djcheck.bench.peers;

import io.djcheck.model.FactContext;
import io.djcheck.model.Mention;
import io.djcheck.model.Quantity;
import io.djcheck.model.Report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The extracted facts of one report as the Easy Rules peer sees them (its fact {@code f}): mentions
 * grouped by concept and context, quantities by concept, with the queries its MVEL conditions call.
 * Built per report and timed with the peer. Grouping once in Java is what a competent Easy Rules
 * user does; filtering the raw fact lists in MVEL on every condition would be a strawman.
 *
 * <p>Concept and context arguments are space-separated lists ({@code "AFFIRMED PROBLEM"}), parsed
 * once per distinct string.
 *
 * <pre>{@code
 * FactIndex f = new FactIndex(report);
 * boolean named = f.mentioned("practice.sanhui_yike", "PROBLEM");
 * Double sessions = f.max("committee.dj_sessions", "AFFIRMED PROBLEM", true);
 * }</pre>
 */
public final class FactIndex {

    private static final Map<String, String[]> WORDS = new ConcurrentHashMap<>();
    private static final Map<String, Set<FactContext>> CONTEXTS = new ConcurrentHashMap<>();

    private final Map<String, List<Mention>> mentions = new HashMap<>();
    private final Map<String, List<Quantity>> quantities = new HashMap<>();
    private final List<Quantity> allQuantities;

    public FactIndex(Report report) {
        for (Mention m : report.mentions()) {
            mentions.computeIfAbsent(m.concept() + '|' + m.context().name(), k -> new ArrayList<>(2)).add(m);
        }
        for (Quantity q : report.quantities()) {
            quantities.computeIfAbsent(q.concept(), k -> new ArrayList<>(2)).add(q);
        }
        this.allQuantities = report.quantities();
    }

    /** Whether any of the concepts is named in the context. */
    public boolean mentioned(String concepts, String context) {
        for (String c : words(concepts)) {
            if (mentions.containsKey(c + '|' + context)) {
                return true;
            }
        }
        return false;
    }

    public List<Mention> mentions(String concepts, String context) {
        List<Mention> out = new ArrayList<>();
        for (String c : words(concepts)) {
            out.addAll(mentions.getOrDefault(c + '|' + context, List.of()));
        }
        return out;
    }

    /** The largest stated figure of the concepts in the contexts (yearly when {@code annual}), or null. */
    public Double max(String concepts, String contexts, boolean annual) {
        Double max = null;
        for (Quantity q : stated(concepts, contexts, annual)) {
            double v = annual ? q.annualValue() : q.value();
            max = max == null || v > max ? v : max;
        }
        return max;
    }

    /** The unmasked figures of the concepts in the contexts that have a value. */
    public List<Quantity> stated(String concepts, String contexts, boolean annual) {
        Set<FactContext> ctx = contexts(contexts);
        List<Quantity> out = new ArrayList<>();
        for (String c : words(concepts)) {
            for (Quantity q : quantities.getOrDefault(c, List.of())) {
                if (ctx.contains(q.context()) && !q.masked() && (annual ? q.annualValue() : q.value()) != null) {
                    out.add(q);
                }
            }
        }
        return out;
    }

    /** Every figure of the concepts in the contexts, masked ones included. */
    public List<Quantity> all(String concepts, String contexts) {
        Set<FactContext> ctx = contexts(contexts);
        List<Quantity> out = new ArrayList<>();
        for (String c : words(concepts)) {
            for (Quantity q : quantities.getOrDefault(c, List.of())) {
                if (ctx.contains(q.context())) {
                    out.add(q);
                }
            }
        }
        return out;
    }

    /** The masked figures of the concepts in the contexts. */
    public List<Quantity> masked(String concepts, String contexts) {
        List<Quantity> out = all(concepts, contexts);
        out.removeIf(q -> !q.masked());
        return out;
    }

    /** The figures a count check counts: of the concepts (every concept when blank), masked ones only when asked. */
    public List<Quantity> counted(String concepts, boolean includeMasked) {
        List<Quantity> out = new ArrayList<>();
        if (concepts.isBlank()) {
            for (Quantity q : allQuantities) {
                if (includeMasked || !q.masked()) {
                    out.add(q);
                }
            }
            return out;
        }
        for (String c : words(concepts)) {
            for (Quantity q : quantities.getOrDefault(c, List.of())) {
                if (includeMasked || !q.masked()) {
                    out.add(q);
                }
            }
        }
        return out;
    }

    private static String[] words(String list) {
        return WORDS.computeIfAbsent(list, s -> s.trim().split("\\s+"));
    }

    private static Set<FactContext> contexts(String list) {
        return CONTEXTS.computeIfAbsent(list, s -> {
            Set<FactContext> out = EnumSet.noneOf(FactContext.class);
            for (String w : words(s)) {
                out.add(FactContext.valueOf(w));
            }
            return out;
        });
    }
}
