package io.djcheck.engine;

import io.djcheck.model.FactContext;
import io.djcheck.model.Internal;
import io.djcheck.model.Status;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * No fact of the kind exists: PASS; any does: FAIL, with each as evidence. {@code contexts}, when
 * not empty, keeps only quantities and mentions in those contexts: "no mention of 四议两公开 as a
 * PROBLEM" passes a report that names no breach. {@code op} and {@code param} keep only quantities
 * whose value compares so with the parameter: "no share below siyi_coverage_min".
 */
@Internal
public record AbsentCheck(FactKind of, Set<String> kinds, Set<String> concepts, Set<FactContext> contexts, Op op,
                          String param) implements Leaf {

    public AbsentCheck {
        kinds = Set.copyOf(kinds);
        concepts = Set.copyOf(concepts);
        contexts = Set.copyOf(contexts);
    }

    public AbsentCheck(FactKind of, Set<String> kinds, Set<String> concepts) {
        this(of, kinds, concepts, Set.of(), null, null);
    }

    public AbsentCheck(FactKind of, Set<String> kinds, Set<String> concepts, Set<FactContext> contexts) {
        this(of, kinds, concepts, contexts, null, null);
    }

    @Override
    public void writeDrl(DrlWriter drl) {
        if (op == null) {
            FactSelector present = new FactSelector(of, kinds, concepts, contexts, false);
            drl.rule("none", drl.select(present, "count == 0"), "outcomes.pass(kcontext);");
            drl.rule("found", drl.select(present, "count > 0"), "outcomes.fail(kcontext, $s.facts).with(\"count\", $s.count);");
            return;
        }
        // each figure is compared with the parameter on its own, so these rules match the quantities;
        // a masked figure is unknown: it is neither below nor above anything
        String pattern = DrlWriter.pattern(of, kinds, concepts, false, contexts);
        pattern = pattern.substring(0, pattern.length() - 1) + ", value != null, value " + op.symbol() + " $v)";
        String before = "$t : Param(name == \"" + DrlWriter.name(param) + "\", $v : value)\n    ";
        drl.rule("none", before + "not " + pattern, "outcomes.pass(kcontext);");
        drl.rule("found", before + "accumulate($f : " + pattern + "; $n : count($f), $all : collectList($f); $n > 0)",
                "outcomes.fail(kcontext, $all).with(\"count\", $n).with(\"expected\", $v).with(\"param\", \"" + param + "\");");
    }

    @Override
    public Map<Status, String> defaultMessages(Labels labels) {
        String label = LeafWords.factLabel(of, kinds, concepts, labels);
        Map<Status, String> m = new EnumMap<>(Status.class);
        if (contexts.equals(Set.of(FactContext.PROBLEM))) {
            m.put(Status.PASS, "报告未指出" + label + "存在问题");
            m.put(Status.FAIL, "报告指出" + label + "存在问题（{count}处）：“{quote}”");
        } else {
            m.put(Status.PASS, "报告中没有" + label);
            m.put(Status.FAIL, "报告中有{count}处" + label + "：“{quote}”");
        }
        return m;
    }

    @Override
    public String describe() {
        return "no " + what();
    }

    private String what() {
        String what = LeafWords.factKind(of, kinds, concepts);
        if (op != null) {
            what += " with value " + op.symbol() + " " + param;
        }
        return contexts.isEmpty() ? what : what + " in " + LeafWords.enumNames(contexts, " or ");
    }

    @Override
    public java.util.List<String> params() {
        return param == null ? java.util.List.of() : java.util.List.of(param);
    }

    @Override
    public String explain(String ruleId, LeafResult r) {
        return r.status() == Status.PASS ? "no " + what() + " found"
                : MessageTemplate.format(r.values().getOrDefault("count", r.evidence().size())) + " " + what() + " found";
    }

    @Override
    public Set<String> conceptFilter() {
        return concepts;
    }
}
