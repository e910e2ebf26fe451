package io.djcheck;

import io.djcheck.result.CheckResult;
import io.djcheck.result.Finding;
import io.djcheck.model.Status;
import io.djcheck.testing.Corpus;
import io.djcheck.testing.Packs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A DRL rule that fires without end is stopped after the configured number of firings and becomes
 * ERROR on its own; a rule whose consequence throws becomes ERROR on its own; every other rule gives
 * what it gives without them, and the result says it is not complete.
 */
class RunawayRuleTest {

    private static final String BAD_RULES = """
            package test.bad;
            import io.djcheck.model.*;
            global io.djcheck.engine.Outcomes outcomes;

            declare Counter
                n : int
            end

            rule "XX-90 start counting"
                @id("XX-90") @title("永不停止的规则") @category("组织生活") @severity("MINOR")
            when
                not Counter()
            then
                insert(new Counter(0));
            end

            rule "XX-90 count for ever"
                @id("XX-90")
            when
                $c : Counter(n >= 0)          // reacts to n, which its own consequence changes
            then
                modify($c) { setN($c.getN() + 1) }
            end

            rule "XX-91 throws"
                @id("XX-91") @title("会抛异常的规则") @category("组织生活") @severity("MINOR")
            when
                Report()
            then
                if (true) { throw new IllegalStateException("坏数据"); }
                outcomes.pass(kcontext);
            end
            """;

    private static Checker good;

    @BeforeAll
    static void build() {
        good = Checker.builder().rulePack(Corpus.defaultPack()).build();
    }

    private static Checker withBadRules(int maxFirings) {
        return Checker.builder().rulePack(Packs.defaultWith(Map.of("rules/bad.drl", BAD_RULES))).maxFirings(maxFirings)
                .build();
    }

    @Test
    void aModifyLoopIsStoppedAsErrorForThatRuleAndTheOthersRunToTheirEnd() {
        Checker bad = withBadRules(500);
        for (Path seed : Corpus.seedFiles()) {
            CheckResult expected = good.check(seed);
            CheckResult r = bad.check(seed);

            Finding loop = r.finding("XX-90").orElseThrow();
            assertThat(loop.status()).isEqualTo(Status.ERROR);
            assertThat(loop.message()).contains("XX-90").contains("fired more than 500 times");
            assertThat(loop.deduction()).as("an ERROR is never scored as a pass").isPositive();
            Finding thrower = r.finding("XX-91").orElseThrow();
            assertThat(thrower.status()).isEqualTo(Status.ERROR);
            assertThat(thrower.message()).contains("IllegalStateException").contains("坏数据");

            assertThat(r.complete()).as("a result with an ERROR is not complete").isFalse();
            assertThat(expected.complete()).isTrue();
            for (Finding f : expected.findings()) {
                Finding same = r.finding(f.ruleId()).orElseThrow();
                assertThat(same.status()).as("%s on %s", f.ruleId(), seed.getFileName()).isEqualTo(f.status());
                assertThat(same.message()).isEqualTo(f.message());
            }
            assertThat(r.score()).isLessThan(expected.score());
        }
    }

    @Test
    void theLimitIsConfigurable() {
        String text = "现将本人履行抓基层党建工作第一责任人职责情况报告如下。全年发展党员3名。";
        assertThat(withBadRules(50).check(text, "t.txt").finding("XX-90").orElseThrow().message())
                .contains("fired more than 50 times");
        // a limit far below what the pack needs stops the busiest rule, never the check
        CheckResult tight = Checker.builder().rulePack(Corpus.defaultPack()).maxFirings(3).build().check(text, "t.txt");
        assertThat(tight.complete()).isFalse();
        assertThat(tight.findings()).hasSize(27).anyMatch(f -> f.status() == Status.ERROR);
    }
}
