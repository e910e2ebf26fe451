package io.djcheck.bench;

import io.djcheck.testing.ReportGenerator;
import io.djcheck.bench.peers.EasyRulesPeer;
import io.djcheck.bench.peers.NaiveDrools;
import io.djcheck.bench.peers.PeerResult;
import io.djcheck.extract.Extractor;
import io.djcheck.model.Report;
import io.djcheck.pack.LoadedPack;
import io.djcheck.engine.RuleCompiler;
import io.djcheck.pack.PackLoader;
import io.djcheck.engine.Param;
import io.djcheck.pack.ParamSet;
import io.djcheck.engine.RuleOutcome;
import io.djcheck.model.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The peers are only a fair comparison if they reach djcheck's verdicts: on every seed and on
 * generated reports, each peer gives every rule it implements the status djcheck gives it.
 */
class PeerAgreementTest {

    static LoadedPack pack;
    static Map<String, Double> params;
    static List<Param> paramFacts;
    static List<Report> reports = new ArrayList<>();

    @BeforeAll
    static void extract() {
        pack = PackLoader.load(Repo.defaultPack(), RuleCompiler.DEFAULT_MAX_FIRINGS);
        params = pack.params().resolve(null, Map.of());
        paramFacts = ParamSet.facts(params);
        Extractor extractor = new Extractor(pack.lexicon());
        Input.load("seeds").forEach(in -> reports.add(extractor.extract(in.document())));
        ReportGenerator g = ReportGenerator.fromSeeds(7);
        for (int i = 0; i < 20; i++) {
            reports.add(extractor.extract(new Input(g.name(i), g.text(i)).document()));
        }
    }

    @Test
    void easyRulesImplementsTheMentionThresholdAndCountRules() {
        EasyRulesPeer peer = new EasyRulesPeer(pack, params);
        assertThat(peer.coveredIds()).contains("ZZ-01", "ZZ-03", "ZR-01", "ZZ-04", "DY-01", "DY-02", "DY-03", "SZ-08",
                "LZ-01", "ZL-01").doesNotContain("SZ-01", "SZ-04", "SZ-07", "JJ-01");
        assertThat(peer.yaml()).contains("condition: \"f.mentioned('practice.sanhui_yike', 'PROBLEM')\"");
    }

    @Test
    void easyRulesAgreesWithDjcheckOnEveryRuleItImplements() {
        EasyRulesPeer peer = new EasyRulesPeer(pack, params);
        for (Report r : reports) {
            Map<String, Status> djcheck = statuses(pack.compiled().evaluate(r, paramFacts), peer.coveredIds());
            assertThat(peer.check(r).statuses()).as(r.source()).isEqualTo(djcheck);
        }
    }

    @Test
    void naiveDroolsAgreesWithDjcheckOnEveryRuleBothWays() {
        NaiveDrools drools = new NaiveDrools(pack);
        for (Report r : reports.subList(0, 8)) {
            Map<String, Status> djcheck = statuses(pack.compiled().evaluate(r, paramFacts), null);
            PeerResult fresh = drools.check(r, paramFacts);
            PeerResult shared = drools.checkSharedContainer(r, paramFacts);
            assertThat(fresh.statuses()).as(r.source()).isEqualTo(djcheck);
            assertThat(shared.statuses()).as(r.source()).isEqualTo(djcheck);
        }
    }

    @Test
    void theSeedsGiveEveryStatusSoAgreementMeansSomething() {
        EasyRulesPeer peer = new EasyRulesPeer(pack, params);
        Set<Status> seen = new java.util.HashSet<>();
        for (Report r : reports) {
            seen.addAll(peer.check(r).statuses().values());
        }
        assertThat(seen).contains(Status.PASS, Status.FAIL, Status.NOT_EVIDENCED);
    }

    private static Map<String, Status> statuses(List<RuleOutcome> outcomes, Set<String> only) {
        Map<String, Status> out = new LinkedHashMap<>();
        for (RuleOutcome o : outcomes) {
            if (only == null || only.contains(o.rule().id())) {
                out.put(o.rule().id(), o.status());
            }
        }
        return out;
    }
}
