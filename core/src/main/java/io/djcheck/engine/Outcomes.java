package io.djcheck.engine;

import io.djcheck.model.Status;
import org.kie.api.runtime.rule.RuleContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Where rules report what they found: the global {@code outcomes} of every pack. A DRL rule reports
 * a status with the facts that prove it:
 *
 * <pre>
 * global io.djcheck.engine.Outcomes outcomes;
 * rule "JJ-01 below the minimum" @id("JJ-01") ...
 * when ... then
 *     outcomes.fail(kcontext, $total, $count).with("below", $total.value() - $count.value());
 * end
 * </pre>
 *
 * One instance per check, confined to the thread running it. The rule id comes from the firing
 * rule's {@code @id} annotation.
 */
public final class Outcomes {

    private final List<Verdict> verdicts = new ArrayList<>();
    private final List<RuleError> errors = new ArrayList<>();
    private final RuleKeys keys;

    /** For a session of one's own: each firing's rule id and leaf are read from its metadata. */
    public Outcomes() {
        this(RuleKeys.none());
    }

    Outcomes(RuleKeys keys) {
        this.keys = keys;
    }

    /** A rule that failed to run, and why. */
    public record RuleError(String ruleId, String message) {
    }

    public Verdict pass(RuleContext kcontext, Object... facts) {
        return add(kcontext, Status.PASS, facts);
    }

    public Verdict fail(RuleContext kcontext, Object... facts) {
        return add(kcontext, Status.FAIL, facts);
    }

    public Verdict notEvidenced(RuleContext kcontext, Object... facts) {
        return add(kcontext, Status.NOT_EVIDENCED, facts);
    }

    /**
     * PASS when {@code actual op threshold} holds, else FAIL; the message gets {actual},
     * {expected}, {param} and {op}.
     */
    public Verdict compare(RuleContext kcontext, Number actual, String op, Param threshold, Collection<?> facts) {
        Op o = Op.ofSymbol(op);
        if (o == null) {
            throw new IllegalArgumentException("'" + op + "' is not a comparison; use >=, >, <=, <, == or !=");
        }
        boolean ok = o.test(actual.doubleValue(), threshold.value());
        return add(kcontext, ok ? Status.PASS : Status.FAIL, new Object[] {facts})
                .with("actual", actual.doubleValue())
                .with("expected", threshold.value())
                .with("param", threshold.name())
                .with("op", o.symbol());
    }

    private Verdict add(RuleContext kcontext, Status status, Object[] facts) {
        RuleKeys.Key key = keys.of(kcontext.getRule());
        Verdict v = new Verdict(key.ruleId(), key.leaf(), key.ordinal(), status, flat(facts));
        verdicts.add(v);
        return v;
    }

    /** The facts as one list: a collection argument (a selection's facts) counts as its elements. */
    private static List<Object> flat(Object[] facts) {
        if (facts.length == 1 && facts[0] instanceof List<?> only) {
            // one list, the generated rules' usual argument: kept as it is (Selection's lists are not changed)
            @SuppressWarnings("unchecked")
            List<Object> same = (List<Object>) only;
            return same;
        }
        List<Object> flat = new ArrayList<>();
        for (Object f : facts) {
            if (f instanceof Collection<?> c) {
                flat.addAll(c);
            } else if (f != null) {
                flat.add(f);
            }
        }
        return flat;
    }

    void error(String ruleId, String message) {
        errors.add(new RuleError(ruleId, message));
    }

    /** What the rules have reported so far in this check, in firing order. */
    public List<Verdict> verdicts() {
        return Collections.unmodifiableList(verdicts);
    }

    List<RuleError> errors() {
        return Collections.unmodifiableList(errors);
    }
}
