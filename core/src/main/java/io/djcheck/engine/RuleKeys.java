package io.djcheck.engine;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whose verdict a firing reports, per DRL rule of one KieBase: the rule id, the leaf and the
 * position of that id among the pack's rules, read from the {@code @id}/{@code @leaf} metadata once
 * when the pack is built instead of on every firing. Read-only after construction, so the threads of
 * concurrent checks share it.
 */
final class RuleKeys {

    /** {@code ordinal} is the rule's index in pack order, or -1 for a DRL rule of no known id. */
    record Key(String ruleId, int leaf, int ordinal) {
    }

    private static final RuleKeys NONE = new RuleKeys(new IdentityHashMap<>());

    // the KieBase's own Rule objects are the ones a firing's kcontext names: identity is enough
    private final Map<Rule, Key> byRule;

    private RuleKeys(Map<Rule, Key> byRule) {
        this.byRule = byRule;
    }

    /** No rule known ahead: every key is read from the firing rule's metadata (a session not run by RuleEngine). */
    static RuleKeys none() {
        return NONE;
    }

    static RuleKeys of(KieBase kieBase, List<RuleDefinition> rules) {
        Map<String, Integer> ordinals = new java.util.HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ordinals.putIfAbsent(rules.get(i).id(), i);
        }
        Map<Rule, Key> byRule = new IdentityHashMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                Key k = read(r, -1);
                byRule.put(r, new Key(k.ruleId(), k.leaf(), ordinals.getOrDefault(k.ruleId(), -1)));
            }
        }
        return new RuleKeys(byRule);
    }

    Key of(Rule rule) {
        Key k = byRule.get(rule);
        return k != null ? k : read(rule, -1);
    }

    private static Key read(Rule rule, int ordinal) {
        Map<String, Object> meta = rule.getMetaData();
        Object id = meta.get("id");
        Object leaf = meta.get("leaf");
        return new Key(id == null ? rule.getName() : id.toString(), leaf == null ? 0 : Integer.parseInt(leaf.toString()),
                ordinal);
    }
}
