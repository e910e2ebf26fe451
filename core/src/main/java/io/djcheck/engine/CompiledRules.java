package io.djcheck.engine;

import io.djcheck.model.Internal;
import io.djcheck.model.Report;
import io.djcheck.model.Status;
import org.kie.api.KieBase;

import java.util.List;
import java.util.Map;

/**
 * A pack's rules ready to run: the compiled KieBase all reports share, the rule definitions in
 * pack order and each rule's message templates. Immutable and thread-safe; built by
 * {@link RuleCompiler}.
 */
@Internal
public final class CompiledRules {

    private final KieBase kieBase;
    private final List<RuleDefinition> rules;
    private final Map<String, Map<Status, String>> messages;
    private final Map<String, String> drl;
    private final RuleEngine engine;

    CompiledRules(KieBase kieBase, List<RuleDefinition> rules, Map<String, Map<Status, String>> messages,
                  int maxFirings, Map<String, String> drl, List<FactSelector> selectors) {
        this.kieBase = kieBase;
        this.rules = List.copyOf(rules);
        this.messages = Map.copyOf(messages);
        this.drl = Map.copyOf(drl);
        this.engine = new RuleEngine(kieBase, this.rules, this.messages, maxFirings, selectors);
    }

    /** The rules in pack order (files by name, rules in file order). */
    public List<RuleDefinition> rules() {
        return rules;
    }

    /** Message template per status for {@code ruleId}, built from its check where the author gave none. */
    public Map<Status, String> messages(String ruleId) {
        return messages.get(ruleId);
    }

    /** The DRL compiled, by resource path: the hand-written files and the one generated from YAML. */
    public Map<String, String> drl() {
        return drl;
    }

    /** True when both run on the same compiled KieBase (a reload that changed no rule reuses it). */
    public boolean sharesRulesWith(CompiledRules other) {
        return kieBase == other.kieBase;
    }

    /**
     * The {@link Selection} facts the generated DRL matches for {@code report}, as a check inserts
     * them: for an integration that runs {@link #drl()} in a session of its own (the bench's peers).
     */
    public List<Object> selections(Report report) {
        return engine.selections(report);
    }

    /** Runs every rule over {@code report} with the given parameter facts: one outcome per rule. */
    public List<RuleOutcome> evaluate(Report report, List<Param> params) {
        return engine.run(report, params);
    }
}
