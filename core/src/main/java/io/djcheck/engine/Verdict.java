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
    private final Status status;
    private final List<Object> facts;
    private final Map<String, Object> vars = new LinkedHashMap<>();

    Verdict(String ruleId, int leaf, Status status, List<Object> facts) {
        this.ruleId = ruleId;
        this.leaf = leaf;
        this.status = status;
        this.facts = facts;
    }

    /** Adds a value the message template can show as {@code {name}}. */
    public Verdict with(String name, Object value) {
        vars.put(name, value);
        return this;
    }

    public String ruleId() { return ruleId; }
    public int leaf() { return leaf; }
    public Status status() { return status; }
    public List<Object> facts() { return facts; }
    public Map<String, Object> vars() { return vars; }
}
