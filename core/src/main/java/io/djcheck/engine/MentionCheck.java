package io.djcheck.engine;

import io.djcheck.model.FactContext;
import io.djcheck.model.Internal;
import io.djcheck.model.Status;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The practice is named: each context maps to the status it gives (PROBLEM → FAIL, AFFIRMED → PASS). */
@Internal
public record MentionCheck(List<String> concepts, Map<FactContext, Status> outcomes) implements Leaf {

    public MentionCheck {
        concepts = List.copyOf(concepts);
        outcomes = Map.copyOf(outcomes);
    }

    @Override
    public void writeDrl(DrlWriter drl) {
        for (Map.Entry<FactContext, Status> e : new TreeMap<>(outcomes).entrySet()) {
            FactSelector mentions = new FactSelector(FactKind.MENTIONS, Set.of(), Set.copyOf(concepts), Set.of(e.getKey()), false);
            drl.rule(e.getKey().name(), drl.select(mentions, "count > 0"), DrlWriter.report(e.getValue(), "$s.facts"));
        }
    }

    @Override
    public Map<Status, String> defaultMessages(Labels labels) {
        String label = LeafWords.labels(concepts, labels);
        Map<Status, String> m = new EnumMap<>(Status.class);
        m.put(Status.PASS, "报告反映“" + label + "”已落实：“{quote}”");
        m.put(Status.FAIL, "报告指出“" + label + "”落实存在问题：“{quote}”");
        m.put(Status.NOT_EVIDENCED, "报告未反映“" + label + "”的落实情况");
        return m;
    }

    @Override
    public String describe() {
        return "mention " + String.join(" or ", concepts) + " ("
                + new TreeMap<>(outcomes).entrySet().stream().map(e -> e.getKey() + " → " + e.getValue())
                .collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public String explain(String ruleId, LeafResult r) {
        String names = String.join(" or ", concepts);
        if (r.status() == Status.NOT_EVIDENCED) {
            return names + " not mentioned in a context that decides (" + new TreeMap<>(outcomes).keySet()
                    .stream().map(Enum::name).collect(Collectors.joining(", ")) + ")";
        }
        List<String> contexts = new ArrayList<>();
        for (Map.Entry<FactContext, Status> e : new TreeMap<>(outcomes).entrySet()) {
            if (e.getValue() == r.status()) {
                contexts.add(e.getKey().toString());
            }
        }
        return names + " mentioned as " + String.join(" or ", contexts) + " (" + r.evidence().size() + "×)";
    }

    @Override
    public Set<String> conceptFilter() {
        return Set.copyOf(concepts);
    }
}
