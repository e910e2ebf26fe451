package io.djcheck;

import io.djcheck.model.FactContext;
import io.djcheck.model.Report;
import io.djcheck.model.Status;
import io.djcheck.result.CheckResult;
import io.djcheck.result.Finding;
import io.djcheck.testing.Corpus;
import io.djcheck.testing.Packs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated YAML rules read per-check selections and a check inserts only the fact types some
 * rule matches; a DRL author's rules over {@code Mention}, {@code Placeholder}, {@code FormatIssue}
 * and {@code Section} still see every such fact of the report, beside the default pack.
 */
class DrlStillMatchesReportFactsTest {

    private static final String COUNTING_RULES = """
            package test.counting;
            import io.djcheck.model.*;
            global io.djcheck.engine.Outcomes outcomes;

            rule "XX-81 affirmed mentions counted"
                @id("XX-81") @title("肯定语境的提及") @category("组织生活") @severity("INFO")
                @pass("{n}")
            when
                accumulate(Mention(context == FactContext.AFFIRMED); $n : count())
            then
                outcomes.pass(kcontext).with("n", $n);
            end

            rule "XX-82 placeholders, format issues and sections counted"
                @id("XX-82") @title("占位符、格式问题和部分") @category("述职规范") @severity("INFO")
                @pass("{p} {f} {s}")
            when
                accumulate(Placeholder(); $p : count())
                accumulate(FormatIssue(); $f : count())
                accumulate(Section(); $s : count())
            then
                outcomes.pass(kcontext).with("p", $p).with("f", $f).with("s", $s);
            end
            """;

    private static Checker checker;

    @BeforeAll
    static void build() {
        checker = Checker.builder().rulePack(Packs.defaultWith(Map.of("rules/counting.drl", COUNTING_RULES))).build();
    }

    @Test
    void handWrittenRulesCountTheFactsTheExtractorFound() {
        for (Path seed : Corpus.seedFiles()) {
            Report facts = checker.extract(seed);
            CheckResult r = checker.check(seed);

            long affirmed = facts.mentions().stream().filter(m -> m.context() == FactContext.AFFIRMED).count();
            Finding mentions = r.finding("XX-81").orElseThrow();
            assertThat(mentions.status()).isEqualTo(Status.PASS);
            assertThat(mentions.message()).as(seed.toString()).isEqualTo(Long.toString(affirmed));

            Finding others = r.finding("XX-82").orElseThrow();
            assertThat(others.message()).as(seed.toString()).isEqualTo(facts.placeholders().size() + " "
                    + facts.formatIssues().size() + " " + facts.sections().size());
        }
    }

    @Test
    void theDefaultPackGivesTheSameFindingsWithTheExtraRules() {
        Checker plain = Checker.builder().rulePack(Corpus.defaultPack()).build();
        for (Path seed : Corpus.seedFiles()) {
            Map<String, Status> expected = new java.util.TreeMap<>();
            plain.check(seed).findings().forEach(f -> expected.put(f.ruleId(), f.status()));
            Map<String, Status> got = new java.util.TreeMap<>();
            checker.check(seed).findings().stream().filter(f -> !f.ruleId().startsWith("XX-"))
                    .forEach(f -> got.put(f.ruleId(), f.status()));
            assertThat(got).as(seed.toString()).isEqualTo(expected);
        }
    }
}
