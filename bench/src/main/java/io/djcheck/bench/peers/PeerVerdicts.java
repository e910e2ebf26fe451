package io.djcheck.bench.peers;

import io.djcheck.engine.Op;
import io.djcheck.model.Status;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Where the Easy Rules peer's actions write what they found (its fact {@code out}), one instance per
 * report: {@code out.add('ZZ-01', 0, 'FAIL', facts)} or {@code out.compare('ZR-01', 0, 3, '>=', 4, facts)}.
 */
public final class PeerVerdicts {

    private final List<PeerVerdict> verdicts = new ArrayList<>();

    public void add(String ruleId, int leaf, String status, Collection<?> facts) {
        verdicts.add(new PeerVerdict(ruleId, leaf, Status.valueOf(status), facts == null ? List.of() : List.copyOf(facts)));
    }

    /** PASS when {@code actual op threshold} holds, else FAIL. */
    public void compare(String ruleId, int leaf, Number actual, String op, Number threshold, Collection<?> facts) {
        boolean ok = Op.ofSymbol(op).test(actual.doubleValue(), threshold.doubleValue());
        add(ruleId, leaf, ok ? "PASS" : "FAIL", facts);
    }

    public List<PeerVerdict> all() {
        return verdicts;
    }
}
