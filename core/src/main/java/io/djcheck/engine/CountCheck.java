package io.djcheck.engine;

import io.djcheck.model.Internal;
import io.djcheck.model.Status;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The number of facts of a kind, compared with a parameter. {@code kinds} filters format
 * issues by kind; {@code concepts} filters quantities and mentions; masked quantities are
 * left out unless {@code includeMasked}.
 */
@Internal
public record CountCheck(FactKind of, Set<String> kinds, Set<String> concepts, boolean includeMasked, Op op,
                         String param) implements Leaf {

    public CountCheck {
        kinds = Set.copyOf(kinds);
        concepts = Set.copyOf(concepts);
    }

    @Override
    public void writeDrl(DrlWriter drl) {
        FactSelector counted = new FactSelector(of, kinds, concepts, Set.of(), false);
        String facts = includeMasked ? "$s.count, \"" : "$s.unmaskedCount, \"";
        drl.rule("count", DrlWriter.param(param) + "\n    " + drl.select(counted, ""),
                "outcomes.compare(kcontext, " + facts + op.symbol() + "\", $t, " + (includeMasked ? "$s.facts" : "$s.unmasked") + ");");
    }

    @Override
    public Map<Status, String> defaultMessages(Labels labels) {
        String label = LeafWords.factLabel(of, kinds, concepts, labels);
        Map<Status, String> m = new EnumMap<>(Status.class);
        m.put(Status.PASS, label + "共{actual}项，符合要求（" + op.symbol() + "{expected}）");
        m.put(Status.FAIL, label + "共{actual}项，" + op.failWord() + "要求的{expected}（参数 {param}）");
        return m;
    }

    @Override
    public String describe() {
        return subject() + (includeMasked ? "" : " (unmasked)") + " " + op.symbol() + " " + param;
    }

    @Override
    public String subject() {
        return "number of " + LeafWords.factKind(of, kinds, concepts);
    }

    @Override
    public String explain(String ruleId, LeafResult r) {
        // a count is always compared: the caller words the comparison
        return subject() + " " + MessageTemplate.format(r.values().getOrDefault("actual", r.evidence().size()));
    }

    @Override
    public Set<String> conceptFilter() {
        return concepts;
    }

    @Override
    public List<String> params() {
        return List.of(param);
    }
}
