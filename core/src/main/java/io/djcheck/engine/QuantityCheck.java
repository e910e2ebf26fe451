package io.djcheck.engine;

import io.djcheck.model.FactContext;
import io.djcheck.model.Internal;
import io.djcheck.model.Status;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A figure of the report compared with a parameter: the largest known value (yearly when
 * {@code annual}) of the concepts, in the given contexts. Without {@code op}, the figure only
 * has to be stated. Masked figures are unknown: NOT_EVIDENCED.
 */
@Internal
public record QuantityCheck(List<String> concepts, boolean annual, Op op, String param, Set<FactContext> contexts)
        implements Leaf {

    public QuantityCheck {
        concepts = List.copyOf(concepts);
        contexts = Set.copyOf(contexts);
    }

    @Override
    public void writeDrl(DrlWriter drl) {
        FactSelector figures = new FactSelector(FactKind.QUANTITIES, Set.of(), Set.copyOf(concepts), contexts, annual);
        if (op == null) {
            drl.rule("present", drl.select(figures, "count > 0"), "outcomes.pass(kcontext, $s.facts);");
            return;
        }
        String threshold = DrlWriter.param(param) + "\n    ";
        String unknown = ".with(\"expected\", $t.value()).with(\"param\", $t.name());";
        drl.rule("compare", threshold + drl.select(figures, "known > 0"),
                "outcomes.compare(kcontext, $s.max, \"" + op.symbol() + "\", $t, $s.knownFacts);");
        drl.rule("masked", threshold + drl.select(figures, "known == 0, maskedCount > 0"),
                "outcomes.notEvidenced(kcontext, $s.masked)" + unknown);
        drl.rule("unstated", threshold + drl.select(figures, "count == 0"), "outcomes.notEvidenced(kcontext)" + unknown);
    }

    @Override
    public Map<Status, String> defaultMessages(Labels labels) {
        String label = LeafWords.labels(concepts, labels);
        Map<Status, String> m = new EnumMap<>(Status.class);
        if (op == null) {
            m.put(Status.PASS, "报告给出了" + label + "：“{quote}”");
            m.put(Status.NOT_EVIDENCED, "报告未给出" + label);
        } else {
            String per = annual ? "（按年计）" : "";
            m.put(Status.PASS, label + per + "为{actual}，符合要求（" + op.symbol() + "{expected}）：“{quote}”");
            m.put(Status.FAIL, label + per + "为{actual}，" + op.failWord() + "要求的{expected}（参数 {param}）：“{quote}”");
            m.put(Status.NOT_EVIDENCED, "报告未给出" + label + "的具体数字，无法判断是否达到{expected}");
        }
        return m;
    }

    @Override
    public String describe() {
        String in = " (" + contexts.stream().sorted().map(Enum::name).collect(Collectors.joining(", ")) + ")";
        String what = "quantity " + subject();
        return op == null ? what + " stated" + in : what + " " + op.symbol() + " " + param + in;
    }

    @Override
    public String subject() {
        return String.join(" or ", concepts) + " " + (annual ? "perYear" : "value");
    }

    @Override
    public String explain(String ruleId, LeafResult r) {
        String names = String.join(" or ", concepts);
        String need = op == null ? "" : " (needs " + op.symbol() + " " + param + " "
                + MessageTemplate.format(r.values().get("expected")) + ")";
        if (r.status() == Status.PASS) {
            return names + " stated " + r.evidence().size() + " time(s)";
        }
        return (r.evidence().isEmpty() ? "no " + names + " stated" : names + " stated only masked, value unknown") + need;
    }

    @Override
    public Set<String> conceptFilter() {
        return Set.copyOf(concepts);
    }

    @Override
    public List<String> params() {
        return param == null ? List.of() : List.of(param);
    }
}
