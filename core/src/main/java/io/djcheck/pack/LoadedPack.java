package io.djcheck.pack;

import io.djcheck.engine.CompiledRules;
import io.djcheck.engine.RuleDefinition;
import io.djcheck.extract.Lexicon;
import io.djcheck.model.Internal;
import io.djcheck.score.ScoringModel;

import java.util.List;

/**
 * A rule pack read, checked and compiled: its files, pack.yaml's id and version, the lexicon, the
 * parameters and profiles, the scoring model and the compiled rules. Immutable and thread-safe;
 * built by {@link PackLoader#load}, the one place that reads a pack.
 */
@Internal
public final class LoadedPack {

    private final RulePack files;
    private final PackInfo info;
    private final Lexicon lexicon;
    private final ParamSet params;
    private final ScoringModel scoring;
    private final CompiledRules rules;
    private final List<RuleDefinition> skipped;

    LoadedPack(RulePack files, PackInfo info, Lexicon lexicon, ParamSet params, ScoringModel scoring,
               CompiledRules rules, List<RuleDefinition> skipped) {
        this.skipped = List.copyOf(skipped);
        this.files = files;
        this.info = info;
        this.lexicon = lexicon;
        this.params = params;
        this.scoring = scoring;
        this.rules = rules;
    }

    public RulePack files() {
        return files;
    }

    public PackInfo info() {
        return info;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    public ParamSet params() {
        return params;
    }

    public ScoringModel scoring() {
        return scoring;
    }

    /** The compiled rules: run them with {@link CompiledRules#evaluate}. */
    public CompiledRules compiled() {
        return rules;
    }

    /** The rules in pack order (files by name, rules in file order). */
    public List<RuleDefinition> rules() {
        return rules.rules();
    }

    /** The DRL rules of a pack {@link RulePack#skippingDrl skipping DRL}: known by their metadata, never run. */
    public List<RuleDefinition> skipped() {
        return skipped;
    }

    /** What the pack says of each rule, in pack order. */
    public List<RuleInfo> ruleInfos() {
        return rules.rules().stream().map(RuleInfo::of).toList();
    }
}
