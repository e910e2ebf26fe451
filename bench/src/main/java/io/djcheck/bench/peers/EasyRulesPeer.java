package io.djcheck.bench.peers;

import io.djcheck.model.Report;
import io.djcheck.pack.LoadedPack;
import io.djcheck.engine.RuleDefinition;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.mvel.MVELRuleFactory;
import org.jeasy.rules.support.reader.YamlRuleDefinitionReader;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Easy Rules 4.1 doing the rule stage for the pack's mention and threshold rules: MVEL rules read
 * from YAML ({@link EasyRulesYaml}) with {@code MVELRuleFactory} and {@code YamlRuleDefinitionReader},
 * fired by a {@code DefaultRulesEngine} over the facts of one report ({@code f}: a {@link FactIndex}
 * built per report, {@code p}: the parameters, {@code out}: {@link PeerVerdicts}). Rules are read and
 * compiled once; each report costs the index, the firing and combining the statuses.
 *
 * <pre>{@code
 * EasyRulesPeer peer = new EasyRulesPeer(pack, params);
 * PeerResult r = peer.check(report);
 * }</pre>
 */
public final class EasyRulesPeer {

    private final EasyRulesYaml yaml;
    private final Rules rules;
    private final RulesEngine engine = new DefaultRulesEngine();
    private final Map<String, Double> params;

    public EasyRulesPeer(LoadedPack pack, Map<String, Double> params) {
        this.yaml = EasyRulesYaml.of(pack.rules());
        this.params = Map.copyOf(params);
        try {
            this.rules = new MVELRuleFactory(new YamlRuleDefinitionReader()).createRules(new StringReader(yaml.text()));
        } catch (Exception e) {
            throw new IllegalStateException("Easy Rules cannot read the rules written for it: " + e.getMessage(), e);
        }
    }

    public PeerResult check(Report report) {
        Facts facts = new Facts();
        facts.put("f", new FactIndex(report));
        facts.put("p", params);
        PeerVerdicts out = new PeerVerdicts();
        facts.put("out", out);
        engine.fire(rules, facts);
        return PeerResult.combine(yaml.covered(), out.all());
    }

    /** The pack rules this peer implements. */
    public List<RuleDefinition> covered() {
        return yaml.covered();
    }

    public Set<String> coveredIds() {
        return yaml.covered().stream().map(RuleDefinition::id).collect(Collectors.toUnmodifiableSet());
    }

    /** The YAML it read its rules from. */
    public String yaml() {
        return yaml.text();
    }
}
