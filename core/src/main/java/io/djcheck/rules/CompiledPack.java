package io.djcheck.rules;

import io.djcheck.extract.Lexicon;
import io.djcheck.model.Report;
import org.kie.api.KieBase;

import java.util.List;
import java.util.Map;

/**
 * A rule pack ready to check reports: its lexicon, parameters, rule definitions and the compiled
 * KieBase all reports share. Immutable and thread-safe; built by {@link PackCompiler}.
 */
public final class CompiledPack {

    private final RulePack files;
    private final PackInfo info;
    private final Lexicon lexicon;
    private final ParamSet params;
    private final List<RuleDefinition> rules;
    private final Map<String, Map<Status, String>> messages;
    private final KieBase kieBase;
    private final RuleEngine engine;

    CompiledPack(RulePack files, PackInfo info, Lexicon lexicon, ParamSet params, List<RuleDefinition> rules,
                 Map<String, Map<Status, String>> messages, KieBase kieBase, int maxFirings) {
        this.files = files;
        this.info = info;
        this.lexicon = lexicon;
        this.params = params;
        this.rules = List.copyOf(rules);
        this.messages = Map.copyOf(messages);
        this.kieBase = kieBase;
        this.engine = new RuleEngine(kieBase, this.rules, this.messages, maxFirings);
    }

    public RulePack files() { return files; }
    public PackInfo info() { return info; }
    public Lexicon lexicon() { return lexicon; }
    public ParamSet params() { return params; }
    /** The rules in pack order (files by name, rules in file order). */
    public List<RuleDefinition> rules() { return rules; }
    /** Message template per status for {@code ruleId}, built from its check where the author gave none. */
    public Map<Status, String> messages(String ruleId) { return messages.get(ruleId); }

    KieBase kieBase() { return kieBase; }

    /** Runs every rule over {@code report} with the given parameter facts: one outcome per rule. */
    public List<RuleOutcome> evaluate(Report report, List<Param> paramFacts) {
        return engine.run(report, paramFacts);
    }
}
