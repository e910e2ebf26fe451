package io.djcheck.bench.report;

/** What each implementation does, for RESULTS.md: the comparison is only as good as this is true. */
final class Fairness {

    private Fairness() {
    }

    static final String TEXT = """
            ## What is compared, and why it is fair

            Every implementation gets the same inputs in the same order, runs in the same JMH run, and is
            checked for the same answers (`PeerAgreementTest`: on the seeds and 20 generated reports each
            peer gives every rule it implements the status djcheck gives it). Peers are never given more
            work than djcheck; where they do less, the table says so.

            - **djcheck** (`CheckBench.djcheck`): `Checker.check(text, name)`: hash, extraction, a stateless
              session on the shared KieBase, messages, evidence, score. `RulesBench.djcheck` is the rule stage
              alone (`LoadedPack.evaluate`), `ExtractBench.djcheck` is `Extractor.extract`.
            - **naive Drools** (`CheckBench.naiveDrools`): the same DRL djcheck compiles (YAML rules through
              the DRL djcheck actually compiled (`LoadedPack.compiled().drl()`: generated from YAML plus the pack's DRL files) as
              written; not a hand-written copy, so it cannot drift), built once the tutorial way
              (`KieServices` → `KieFileSystem` → `KieBuilder.buildAll()`), then for each report a new
              `KieContainer` and `KieSession`, facts inserted one by one, `fireAllRules()`, `dispose()`.
              It gets djcheck's extraction and stops at statuses and evidence (no messages, no score).
              `droolsSharedContainer` is the better tutorial variant (container built once, new session per
              report), shown so the ratio does not rest on the container alone.
            - **Easy Rules 4.1** (`RulesBench.easyRules`): `MVELRuleFactory` + `YamlRuleDefinitionReader`
              read MVEL rules written in Easy Rules' YAML from the pack's own rule definitions
              (`EasyRulesYaml`: every mention, threshold, presence and quantity-count rule, one Easy Rules
              rule per leaf outcome, as djcheck's DRL generator does); `DefaultRulesEngine` fires them over
              the same extracted Report. The facts are grouped per report in Java before firing
              (`FactIndex`, timed), as a competent user would do rather than filter lists in MVEL.
              djcheck is measured on the very same rule subset (`djcheckSameRules`, the pack with the other
              rules removed) for the target ratio; `RulesBench.djcheck` (all rules) is shown beside it.
            - **HanLP portable 1.8.6** (`ExtractBench.hanlpStandard`): `StandardTokenizer.segment(text)`
              (= `HanLP.segment`, HanLP's defaults, dictionaries loaded before measuring) of the same text:
              what an extraction built on general NLP pays before it has found a single fact.
              `hanlpSpeed` (`SpeedTokenizer`, dictionary maximum matching) is the cheapest HanLP path, for
              reference.

            """;
}
