package io.djcheck.engine;

import io.djcheck.model.Internal;
import io.djcheck.model.Status;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Several figures, each compared with its own parameter: the frequency of each meeting of
 * 三会一课 against the 支部工作条例. Every stated figure counts on its own:
 *
 * <ul>
 *   <li>FAIL when any figure stated as done misses its parameter, or any figure is stated as a
 *       problem ("党小组会没有做到每月召开"), whatever its value;</li>
 *   <li>PASS when at least one figure is stated as done and every one meets its parameter (a
 *       figure the report does not state is not held against it);</li>
 *   <li>NOT_EVIDENCED when no figure is stated as done or as a problem (plans do not count, masked
 *       figures are unknown).</li>
 * </ul>
 *
 * Without {@code op}, an item's figure only has to be stated. Each verdict carries
 * {@code figure:i} (the figure compared) and {@code expected:i}, or {@code problem:i}, for explain.
 */
@Internal
public record FiguresCheck(List<Item> items) implements Leaf {

    /** One figure and what it is compared with; {@code annual} compares the yearly value (每月 = 12). */
    public record Item(String concept, boolean annual, Op op, String param) {
        public Item {
            Objects.requireNonNull(concept, "concept");
        }
    }

    public FiguresCheck {
        items = List.copyOf(items);
    }

    @Override
    public void writeDrl(DrlWriter drl) {
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            String concept = "concept == \"" + DrlWriter.name(it.concept()) + "\"";
            String value = it.annual() ? "annualValue()" : "value";
            String read = "$q." + (it.annual() ? "annualValue()" : "value()");
            String affirmed = "$q : Quantity(" + concept + ", context == FactContext.AFFIRMED, masked == false, "
                    + value + " != null";
            if (it.op() == null) {
                drl.rule("figure" + i + " stated", affirmed + ")",
                        "outcomes.pass(kcontext, $q).with(\"figure:" + i + "\", " + read + ");");
            } else {
                String param = "$t : Param(name == \"" + DrlWriter.name(it.param()) + "\", $v : value)";
                String values = ".with(\"actual\", " + read + ").with(\"expected\", $v).with(\"param\", \""
                        + it.param() + "\").with(\"figure:" + i + "\", " + read + ").with(\"expected:" + i + "\", $v)";
                drl.rule("figure" + i + " met", param + "\n    " + affirmed + ", " + value + " " + it.op().symbol()
                        + " $v)", "outcomes.pass(kcontext, $q)" + values + ";");
                drl.rule("figure" + i + " missed", param + "\n    " + affirmed + ", " + value + " "
                        + it.op().negated().symbol() + " $v)", "outcomes.fail(kcontext, $q)" + values + ";");
            }
            drl.rule("figure" + i + " problem", "$q : Quantity(" + concept + ", context == FactContext.PROBLEM)",
                    "outcomes.fail(kcontext, $q).with(\"problem:" + i + "\", \"stated as a problem\");");
        }
    }

    @Override
    public Map<Status, String> defaultMessages(Labels labels) {
        String label = LeafWords.labels(items.stream().map(Item::concept).toList(), labels);
        Map<Status, String> m = new EnumMap<>(Status.class);
        m.put(Status.PASS, "报告所述" + label + "均达到要求：“{quote}”");
        m.put(Status.FAIL, "报告所述" + label + "未全部达到要求：“{quote}”");
        m.put(Status.NOT_EVIDENCED, "报告未给出" + label + "的具体次数或频次");
        return m;
    }

    @Override
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (Item it : items) {
            parts.add(it.concept() + " " + (it.annual() ? "perYear" : "value")
                    + (it.op() == null ? " stated" : " " + it.op().symbol() + " " + it.param()));
        }
        return "figures " + String.join("; ", parts) + " (each stated figure; AFFIRMED compared, PROBLEM fails)";
    }

    @Override
    public String subject() {
        return "figures";
    }

    @Override
    public String explain(String ruleId, LeafResult r) {
        Map<String, Object> v = r.values();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            String name = it.concept() + " " + (it.annual() ? "perYear" : "value");
            if (v.containsKey("problem:" + i)) {
                parts.add(it.concept() + " stated as a problem");
            } else if (v.containsKey("figure:" + i)) {
                Object figure = v.get("figure:" + i);
                if (it.op() == null) {
                    parts.add(name + " " + MessageTemplate.format(figure) + " stated");
                } else {
                    Op shown = r.status() == Status.FAIL ? it.op().negated() : it.op();
                    parts.add(name + " " + MessageTemplate.format(figure) + " " + shown.symbol() + " " + it.param()
                            + " " + MessageTemplate.format(v.get("expected:" + i)));
                }
            } else if (r.status() != Status.FAIL) {
                parts.add(it.concept() + " not stated");
            }
        }
        return String.join("; ", parts);
    }

    @Override
    public Set<String> conceptFilter() {
        Set<String> out = new LinkedHashSet<>();
        items.forEach(it -> out.add(it.concept()));
        return out;
    }

    @Override
    public List<String> params() {
        return items.stream().map(Item::param).filter(Objects::nonNull).distinct().toList();
    }
}
