package io.djcheck;

import io.djcheck.model.Status;
import io.djcheck.pack.RulePack;
import io.djcheck.result.CheckResult;
import io.djcheck.result.Finding;
import io.djcheck.result.ResultJson;
import io.djcheck.testing.Corpus;
import io.djcheck.testing.Packs;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pack checked while skipping its DRL ({@code --no-drl} on the command line): each DRL rule keeps
 * its finding, ERROR "未运行", which deducts nothing — the score is the one of the pack without those
 * rules — and marks the result incomplete.
 */
class SkippedDrlRulesAreShownNotRunTest {

    private static final List<String> DRL_RULES = List.of("JJ-01", "JJ-02");   // rules/jiti.drl of the default pack

    @Test
    void eachSkippedRuleIsAnErrorFindingThatTheScoreLeavesOut() {
        Checker full = Checker.builder().rulePack(Packs.defaultWith(Map.of())).build();
        Checker skipping = Checker.builder().rulePack(Packs.defaultWith(Map.of()).skippingDrl("no-drl test")).build();
        Checker without = Checker.builder().rulePack(withoutDrlFiles(Packs.defaultWith(Map.of()))).build();
        double deductedByDrlInFullPack = 0;
        for (Path seed : Corpus.seedFiles()) {
            CheckResult r = skipping.check(seed);
            for (String id : DRL_RULES) {
                Finding f = r.finding(id).orElseThrow();
                assertThat(f.status()).as(seed + " " + id).isEqualTo(Status.ERROR);
                assertThat(f.message()).startsWith("未运行：").contains("（no-drl test）").contains("not run");
                assertThat(f.deduction()).isZero();
                deductedByDrlInFullPack += full.check(seed).finding(id).orElseThrow().deduction();
            }
            assertThat(r.complete()).as("a result with rules not run is incomplete").isFalse();
            CheckResult w = without.check(seed);
            assertThat(r.score()).as(seed + ": scored as without the DRL rules").isEqualTo(w.score());
            assertThat(r.categories()).isEqualTo(w.categories());
            assertThat(ResultJson.toJson(r)).contains("JJ-01").contains("未运行：DRL");
        }
        assertThat(deductedByDrlInFullPack).as("the samples give the DRL rules something to deduct when they run")
                .isPositive();
    }

    @Test
    void explainSaysTheRuleDidNotRun() {
        Checker skipping = Checker.builder().rulePack(Packs.defaultWith(Map.of()).skippingDrl("no-drl test")).build();
        CheckResult r = skipping.check(Corpus.seed("001"));
        assertThat(r.explain("JJ-01").orElseThrow().toText()).contains("未运行");
    }

    @Test
    void aReloadKeepsSkipping() {
        RulePack pack = Packs.defaultWith(Map.of()).skippingDrl("no-drl test");
        assertThat(pack.reread().drlSkippedBecause()).contains("no-drl test");
        assertThat(pack.drlEnabled()).isFalse();
    }

    private static RulePack withoutDrlFiles(RulePack p) {
        Map<String, String> files = new TreeMap<>();
        p.paths().stream().filter(f -> !f.endsWith(".drl")).forEach(f -> files.put(f, p.text(f)));
        return RulePack.of(p.name(), files);
    }
}
