package io.djcheck.bench.peers;

import io.djcheck.engine.Leaf;
import io.djcheck.engine.CheckNode;
import io.djcheck.engine.RuleDefinition;
import io.djcheck.model.Status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a peer concluded for one report: a status per pack rule and the facts behind it. Peers combine
 * the statuses their rules reported per leaf the way a careful integrator would (FAIL over PASS over
 * NOT_EVIDENCED in a leaf; {@code all}, {@code any} and {@code not} with "unknown" kept unknown), so
 * their answers can be compared with djcheck's rule by rule.
 *
 * <pre>{@code
 * PeerResult r = PeerResult.combine(rules, verdicts);
 * Status zz01 = r.statuses().get("ZZ-01");
 * }</pre>
 */
public record PeerResult(Map<String, Status> statuses, Map<String, List<Object>> evidence) {

    public static PeerResult combine(List<RuleDefinition> rules, List<PeerVerdict> verdicts) {
        Map<String, List<PeerVerdict>> byRule = new HashMap<>();
        for (PeerVerdict v : verdicts) {
            byRule.computeIfAbsent(v.ruleId(), k -> new ArrayList<>()).add(v);
        }
        Map<String, Status> statuses = new LinkedHashMap<>();
        Map<String, List<Object>> evidence = new LinkedHashMap<>();
        for (RuleDefinition rule : rules) {
            List<PeerVerdict> mine = byRule.getOrDefault(rule.id(), List.of());
            int leaves = rule.check().leaves().size();
            Status[] leafStatus = new Status[leaves];
            java.util.Arrays.fill(leafStatus, Status.NOT_EVIDENCED);
            for (PeerVerdict v : mine) {
                leafStatus[v.leaf()] = Status.stronger(leafStatus[v.leaf()], v.status());
            }
            Status status = eval(rule.check(), leafStatus, new int[] {0});
            statuses.put(rule.id(), status);
            List<Object> facts = new ArrayList<>();
            for (PeerVerdict v : mine) {
                if (v.status() == leafStatus[v.leaf()]) {
                    facts.addAll(v.facts());
                }
            }
            evidence.put(rule.id(), facts);
        }
        return new PeerResult(statuses, evidence);
    }

    private static Status eval(CheckNode node, Status[] leaves, int[] next) {
        if (node instanceof Leaf) {
            return leaves[next[0]++];
        }
        if (node instanceof CheckNode.Not not) {
            Status s = eval(not.child(), leaves, next);
            return s == Status.PASS ? Status.FAIL : s == Status.FAIL ? Status.PASS : s;
        }
        boolean all = node instanceof CheckNode.All;
        List<CheckNode> children = all ? ((CheckNode.All) node).children() : ((CheckNode.Any) node).children();
        boolean error = false;
        boolean decisive = false;
        boolean unknown = false;
        for (CheckNode c : children) {
            Status s = eval(c, leaves, next);
            error |= s == Status.ERROR;
            decisive |= s == (all ? Status.FAIL : Status.PASS);
            unknown |= s == Status.NOT_EVIDENCED;
        }
        if (error) {
            return Status.ERROR;
        }
        if (decisive) {
            return all ? Status.FAIL : Status.PASS;
        }
        return unknown ? Status.NOT_EVIDENCED : all ? Status.PASS : Status.FAIL;
    }

}
