package io.djcheck;

import io.djcheck.extract.Extractor;
import io.djcheck.ingest.LimitExceededException;
import io.djcheck.model.Document;
import io.djcheck.model.Report;
import io.djcheck.model.Submission;
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
    private final ScoringModel scoring;
    private final SubmissionReports submissions;
    private final Scorer scorer;
    private final List<Param> paramFacts;
    private final RulesetInfo ruleset;
    private final Map<String, Integer> categoryOrder = new HashMap<>();
    private final int maxFacts;

    private Engine(CompiledPack pack, ScoringModel scoring, String profile, Map<String, Double> params, int maxFacts) {
        this.pack = pack;
        this.maxFacts = maxFacts;
        this.scoring = scoring;
        this.extractor = new Extractor(pack.lexicon());
        this.submissions = new SubmissionReports(extractor, params);
        this.scorer = new Scorer(scoring);
        this.paramFacts = ParamSet.facts(params);
        this.ruleset = new RulesetInfo(pack.info().id(), pack.info().version(), pack.info().sha256(), profile, params);
        for (ScoringModel.Category c : scoring.categories()) {
            categoryOrder.putIfAbsent(c.name(), categoryOrder.size());
        }
    }

    /**
     * Compiles {@code files} and resolves the parameters; a report with more than {@code maxFacts}
     * facts will be refused rather than checked.
     *
     * @throws RulePackException        listing every problem of the pack
     * @throws IllegalArgumentException naming an unknown profile or parameter
     */
    static Engine load(RulePack files, String profile, Map<String, Double> overrides, int maxFirings, int maxFacts) {
        PackCompiler.Compilation compiled = PackCompiler.attempt(files, maxFirings);
        Problems problems = new Problems();
        problems.addAll(compiled.problems());
        // scoring is checked even when the rules are broken, so that lint lists every problem at once
        Problems scoringProblems = new Problems();
        ScoringModel scoring = ScoringModel.read(files, compiled.declared(), scoringProblems);
        for (PackProblem p : scoringProblems.list()) {
            // without a readable category list, "unknown category" on every rule would only bury the cause
            if (!scoring.categories().isEmpty() || !p.code().equals("unknown-category")) {
                problems.addAll(List.of(p));
            }
        }
        problems.throwIfAny(files.name());
        Map<String, Double> params = compiled.pack().params().resolve(profile, overrides);
        return new Engine(compiled.pack(), scoring, profile, params, maxFacts);
    }

    /** The same compiled pack with other parameter values (rule tests run cases under several profiles). */
    Engine withParams(String profile, Map<String, Double> overrides) {
        return new Engine(pack, scoring, profile, pack.params().resolve(profile, overrides), maxFacts);
    }

    /** Rules relating facts to each other cost the product of their numbers: past the limit, no rule runs. */
    private void refuseTooManyFacts(String source, Report report) {
        long facts = (long) report.sections().size() + report.quantities().size() + report.mentions().size()
                + report.placeholders().size() + report.formatIssues().size();
        if (facts > maxFacts) {
            throw new LimitExceededException(source, "the report holds " + facts + " facts (sections, figures, "
                    + "mentions, placeholders, format defects), more than the limit of " + maxFacts
                    + " (maxFacts); a real report holds a few hundred — if this is one, raise the limit (--max-facts)");
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

    /** The report of a structured submission: its facts, merged with its text's when it has text. */
    Report extract(Submission submission) {
        return submissions.report(submission);
    }

    CheckResult check(Document doc, long readNanos) {
        long t0 = System.nanoTime();
        Report report = extractor.extract(doc);
        return check(doc.source(), doc.sha256(), report, readNanos, t0);
    }

    /** Checks a structured submission: its facts, merged with its text's when it has text. */
    CheckResult check(Submission submission, long readNanos) {
        long t0 = System.nanoTime();
        Document doc = submission.document();
        return check(doc.source(), doc.sha256(), submissions.report(submission), readNanos, t0);
    }

    /** Checks facts given as a Report (a rule test case), skipping extraction. */
    CheckResult check(Report report) {
        long t0 = System.nanoTime();
        return check(report.source(), report.sha256(), report, 0, t0);
    }

    private CheckResult check(String source, String sha256, Report report, long readNanos, long t0) {
        refuseTooManyFacts(source, report);
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
        return new CheckResult(CheckResult.SCHEMA_VERSION, source, sha256, report, ruleset,
                card, complete, findings, timings, outcomes);
    }
}
