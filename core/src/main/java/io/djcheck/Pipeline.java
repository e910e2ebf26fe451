package io.djcheck;

import io.djcheck.engine.Param;
import io.djcheck.engine.RuleDefinition;
import io.djcheck.engine.RuleOutcome;
import io.djcheck.extract.Extractor;
import io.djcheck.ingest.DocumentProblem;
import io.djcheck.ingest.Limit;
import io.djcheck.ingest.LimitExceededException;
import io.djcheck.ingest.NotAReportException;
import io.djcheck.model.Document;
import io.djcheck.model.Report;
import io.djcheck.model.Status;
import io.djcheck.model.Submission;
import io.djcheck.pack.LoadedPack;
import io.djcheck.pack.ParamSet;
import io.djcheck.result.CheckResult;
import io.djcheck.result.Finding;
import io.djcheck.result.Results;
import io.djcheck.result.RulesetInfo;
import io.djcheck.result.Timings;
import io.djcheck.score.ScoreCard;
import io.djcheck.score.Scorer;
import io.djcheck.score.ScoringModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One loaded pack with everything a check needs, assembled: extractor, rules, scorer, resolved
 * parameters. Immutable; a {@link Checker} holds one and swaps it whole on reload.
 */
final class Pipeline {

    private final LoadedPack pack;
    private final Extractor extractor;
    private final SubmissionReports submissions;
    private final Scorer scorer;
    private final List<Param> paramFacts;
    private final RulesetInfo ruleset;
    private final Map<String, Integer> categoryOrder = new HashMap<>();
    private final Map<String, ParamSet.RuleSwitch> switches;
    private final int maxFacts;
    private final boolean acceptAnyText;
    private final List<RuleOutcome> notRun;
    private final Set<String> notRunIds;

    private Pipeline(LoadedPack pack, Extractor extractor, String profile, Map<String, Double> params, int maxFacts,
                     boolean acceptAnyText) {
        this.pack = pack;
        this.acceptAnyText = acceptAnyText;
        this.maxFacts = maxFacts;
        this.extractor = extractor;
        this.submissions = new SubmissionReports(extractor, incomeLevels(pack.params(), params));
        this.scorer = new Scorer(pack.scoring());
        this.paramFacts = ParamSet.facts(params);
        this.switches = pack.params().ruleSwitches(profile);
        Map<String, String> switched = new LinkedHashMap<>();
        switches.forEach((id, sw) -> switched.put(id, sw.toString()));
        this.ruleset = new RulesetInfo(pack.info().id(), pack.info().version(), pack.info().sha256(), profile, params,
                switched);
        for (ScoringModel.Category c : pack.scoring().categories()) {
            categoryOrder.putIfAbsent(c.name(), categoryOrder.size());
        }
        this.notRun = notRun(pack);
        this.notRunIds = new java.util.HashSet<>();
        notRun.forEach(o -> notRunIds.add(o.rule().id()));
    }

    /** The ERROR outcome of each DRL rule of a pack that skips DRL: the same on every report. */
    private static List<RuleOutcome> notRun(LoadedPack pack) {
        if (pack.skipped().isEmpty()) {
            return List.of();
        }
        String because = pack.files().drlSkippedBecause().orElse("DRL");
        List<RuleOutcome> out = new ArrayList<>();
        for (RuleDefinition r : pack.skipped()) {
            out.add(new RuleOutcome(r, Status.ERROR, "未运行：DRL 规则本次不运行（" + because + "），此项没有检查结果，不扣分；"
                    + "not run: DRL rules are off for this check (" + because + "), so this rule has no result and "
                    + "deducts nothing", List.of(), Map.of(), List.of()));
        }
        return List.copyOf(out);
    }

    /**
     * A pipeline for {@code pack} with the parameters resolved; a report with more than
     * {@code maxFacts} facts will be refused rather than checked.
     *
     * @throws IllegalArgumentException naming an unknown profile or parameter
     */
    static Pipeline of(LoadedPack pack, String profile, Map<String, Double> overrides, int maxFacts,
                       boolean acceptAnyText) {
        return new Pipeline(pack, new Extractor(pack.lexicon()), profile, pack.params().resolve(profile, overrides),
                maxFacts, acceptAnyText);
    }

    /** The same pack and extractor with other parameter values. */
    Pipeline withParams(String profile, Map<String, Double> overrides) {
        return new Pipeline(pack, extractor, profile, pack.params().resolve(profile, overrides), maxFacts,
                acceptAnyText);
    }

    private static Set<Double> incomeLevels(ParamSet declared, Map<String, Double> values) {
        Set<Double> levels = new TreeSet<>();
        for (String name : declared.incomeLevels()) {
            levels.add(values.get(name));
        }
        return levels;
    }

    /** Rules relating facts to each other cost the product of their numbers: past the limit, no rule runs. */
    private void refuseTooManyFacts(String source, Report report) {
        long facts = (long) report.sections().size() + report.quantities().size() + report.mentions().size()
                + report.placeholders().size() + report.formatIssues().size();
        if (facts > maxFacts) {
            throw new LimitExceededException(source, Limit.FACTS, DocumentProblem.of("limit-facts", "the report holds " + facts
                    + " facts (sections, figures, mentions, placeholders, format defects), more than the limit of "
                    + maxFacts + " (maxFacts); a real report holds a few hundred — if this is one, raise the limit",
                    "facts", facts, "limit", maxFacts));
        }
    }

    LoadedPack pack() {
        return pack;
    }

    /** The outcomes as the profile has the rules: switched-off rules gone, others with its severity or deduction. */
    private List<RuleOutcome> switched(List<RuleOutcome> outcomes) {
        if (switches.isEmpty()) {
            return outcomes;
        }
        List<RuleOutcome> out = new ArrayList<>(outcomes.size());
        for (RuleOutcome o : outcomes) {
            ParamSet.RuleSwitch sw = switches.get(o.rule().id());
            if (sw == null) {
                out.add(o);
            } else if (sw.enabled()) {
                RuleDefinition r = o.rule();
                RuleDefinition as = new RuleDefinition(r.id(), r.title(), r.category(),
                        sw.severity() != null ? sw.severity() : r.severity(), r.basis(), r.suggestion(),
                        sw.deduction() != null ? sw.deduction() : r.deduction(), r.messages(), r.check(), r.file(),
                        r.line(), r.column());
                out.add(new RuleOutcome(as, o.status(), o.message(), o.evidence(), o.values(), o.leaves()));
            }
        }
        return out;
    }

    RulesetInfo ruleset() {
        return ruleset;
    }

    /**
     * The facts of a report text.
     *
     * @throws NotAReportException when the text is no Party-building report and {@code acceptAnyText} is off
     */
    Report extract(Document doc) {
        Extractor.Result extracted = extractor.extractCounting(doc);    // one scan gives the facts and the domain words
        if (!acceptAnyText && !extracted.isPartyBuildingReport()) {
            throw new NotAReportException(doc.source(), DocumentProblem.of("not-a-report", "不是党建工作报告 (not a "
                    + "Party-building report: it holds " + extracted.domainTerms() + " of the at least "
                    + extracted.domainMinTerms() + " distinct Party-building words such as 党建, 党组织, 党员 a "
                    + "report holds); check that this is the report you meant, or have it checked anyway",
                    "terms", extracted.domainTerms(), "min", extracted.domainMinTerms()));
        }
        return extracted.report();
    }

    /** The report of a structured submission: its facts, merged with its text's when it has text. */
    Report extract(Submission submission) {
        return submissions.report(submission);
    }

    CheckResult check(Document doc, long readNanos) {
        long t0 = System.nanoTime();
        Report report = extract(doc);
        return check(doc.source(), doc.sha256(), report, readNanos, t0);
    }

    /** Checks a structured submission: its facts, merged with its text's when it has text. */
    CheckResult check(Submission submission, long readNanos) {
        long t0 = System.nanoTime();
        Document doc = submission.document();
        return check(doc.source(), doc.sha256(), submissions.report(submission), readNanos, t0);
    }

    /** Checks facts given as a Report, skipping extraction. */
    CheckResult check(Report report) {
        long t0 = System.nanoTime();
        return check(report.source(), report.sha256(), report, 0, t0);
    }

    private CheckResult check(String source, String sha256, Report report, long readNanos, long t0) {
        refuseTooManyFacts(source, report);
        long t1 = System.nanoTime();
        List<RuleOutcome> ran = pack.compiled().evaluate(report, paramFacts);
        List<RuleOutcome> outcomes = new ArrayList<>(ran.size() + notRun.size());
        outcomes.addAll(ran);
        outcomes.addAll(notRun);
        outcomes = switched(outcomes);
        long t2 = System.nanoTime();
        // a rule that did not run shows no shortfall of the report: it is left out of the score
        ScoreCard card = scorer.score(notRun.isEmpty() ? outcomes
                : outcomes.stream().filter(o -> !notRunIds.contains(o.rule().id())).toList());
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
        return Results.checked(source, sha256, report, ruleset, card, complete, findings, timings, outcomes);
    }
}
