package io.djcheck.engine;

import io.djcheck.model.Status;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One status a rule reported while it fired, with the facts that prove it and values for its
 * message. DRL consequences add values with {@link #with}:
 * {@code outcomes.fail(kcontext, $total, $count).with("below", $total.value() - $count.value());}
 */
public final class Verdict {

    private final String ruleId;
    private final int leaf;
    private final int ordinal;
    private final Status status;
    private final List<Object> facts;
    private Map<String, Object> vars;               // made by the first with(): most verdicts carry none

    Verdict(String ruleId, int leaf, int ordinal, Status status, List<Object> facts) {
        this.ruleId = ruleId;
        this.leaf = leaf;
        this.ordinal = ordinal;
        this.status = status;
        this.facts = facts;
    }

    /** Adds a value the message template can show as {@code {name}}. */
    public Verdict with(String name, Object value) {
        if (vars == null) {
            vars = new LinkedHashMap<>(8);
        }
        vars.put(name, value);
        return this;
    }

    public String ruleId() { return ruleId; }
    public int leaf() { return leaf; }
    /** The rule's index in pack order, -1 when the firing rule's id is not one the pack knows ahead. */
    int ordinal() { return ordinal; }
    public Status status() { return status; }
    public List<Object> facts() { return facts; }
    public Map<String, Object> vars() { return vars == null ? Map.of() : vars; }
}
