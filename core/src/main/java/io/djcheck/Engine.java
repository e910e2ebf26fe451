package io.djcheck;

import io.djcheck.extract.Extractor;
import io.djcheck.model.Document;
import io.djcheck.model.Report;
import io.djcheck.result.CheckResult;
import io.djcheck.result.Finding;
import io.djcheck.result.RulesetInfo;
import io.djcheck.result.Timings;
import io.djcheck.rules.CompiledPack;
import io.djcheck.rules.PackCompiler;
import io.djcheck.rules.PackProblem;
import io.djcheck.rules.Param;
import io.djcheck.rules.ParamSet;
import io.djcheck.rules.Problems;
import io.djcheck.rules.RuleOutcome;
import io.djcheck.rules.RulePack;
import io.djcheck.rules.RulePackException;
import io.djcheck.rules.Status;
import io.djcheck.score.ScoreCard;
import io.djcheck.score.Scorer;
import io.djcheck.score.ScoringModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One compiled pack with everything a check needs: extractor, rules, scorer, resolved parameters.
 * Immutable; a {@link Checker} holds one and swaps it whole on reload.
 */
final class Engine {

    private final CompiledPack pack;
    private final Extractor extractor;
    private final Scorer scorer;
    private final List<Param> paramFacts;
    private final RulesetInfo ruleset;
    private final Map<String, Integer> categoryOrder = new HashMap<>();

    private Engine(CompiledPack pack, ScoringModel scoring, String profile, Map<String, Double> params) {
        this.pack = pack;
        this.extractor = new Extractor(pack.lexicon());
        this.scorer = new Scorer(scoring);
        this.paramFacts = ParamSet.facts(params);
        this.ruleset = new RulesetInfo(pack.info().id(), pack.info().version(), pack.info().sha256(), profile, params);
        for (ScoringModel.Category c : scoring.categories()) {
            categoryOrder.putIfAbsent(c.name(), categoryOrder.size());
        }
    }

    /**
     * Compiles {@code files} and resolves the parameters.
     *
     * @throws RulePackException        listing every problem of the pack
     * @throws IllegalArgumentException naming an unknown profile or parameter
     */
    static Engine load(RulePack files, String profile, Map<String, Double> overrides, int maxFirings) {
        Problems problems = new Problems();
        CompiledPack pack = null;
        try {
            pack = PackCompiler.compile(files, maxFirings);
        } catch (RulePackException e) {
            problems.addAll(e.problems());
        }
        // scoring is checked even when the rules are broken, so that lint lists every problem at once
        ScoringModel scoring = ScoringModel.read(files, pack == null ? List.of() : pack.rules(), problems);
        problems.throwIfAny(files.name());
        Map<String, Double> params = pack.params().resolve(profile, overrides);
        return new Engine(pack, scoring, profile, params);
    }

    /** Every problem of the pack, rules and scoring together; empty when it loads. */
    static List<PackProblem> validate(RulePack files) {
        try {
            load(files, null, Map.of(), PackCompiler.DEFAULT_MAX_FIRINGS);
            return List.of();
        } catch (RulePackException e) {
            return e.problems();
        }
    }

    CompiledPack pack() {
        return pack;
    }

    RulesetInfo ruleset() {
        return ruleset;
    }

    Extractor extractor() {
        return extractor;
    }

    Report extract(Document doc) {
        return extractor.extract(doc);
    }

    CheckResult check(Document doc, long readNanos) {
        long t0 = System.nanoTime();
        Report report = extractor.extract(doc);
        long t1 = System.nanoTime();
        List<RuleOutcome> outcomes = pack.evaluate(report, paramFacts);
        long t2 = System.nanoTime();
        ScoreCard card = scorer.score(outcomes);
        List<Finding> findings = new ArrayList<>(outcomes.size());
        boolean complete = true;
        for (RuleOutcome o : outcomes) {
            complete &= o.status() != Status.ERROR;
            findings.add(new Finding(o.rule().id(), o.rule().title(), o.rule().category(), o.rule().severity(),
                    o.status(), card.deductionOf(o.rule().id()), o.message(), o.rule().suggestion(), o.rule().basis(),
                    o.evidence()));
        }
        findings.sort(Comparator.comparing((Finding f) -> categoryOrder.getOrDefault(f.category(), Integer.MAX_VALUE))
                .thenComparing(Finding::ruleId));
        long t3 = System.nanoTime();
        Timings timings = new Timings(readNanos / 1000, (t1 - t0) / 1000, (t2 - t1) / 1000, (t3 - t2) / 1000,
                (readNanos + t3 - t0) / 1000);
        return new CheckResult(CheckResult.SCHEMA_VERSION, doc.source(), doc.sha256(), report, ruleset,
                card, complete, findings, timings, outcomes);
    }
}
