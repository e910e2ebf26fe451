package io.djcheck.engine;

import io.djcheck.Checker;
import io.djcheck.pack.RulePack;
import io.djcheck.result.Finding;
import io.djcheck.testing.Corpus;
import io.djcheck.testing.Packs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each YAML file's rules are compiled as a unit of their own and kept by their text: a pack with one
 * file edited compiles that file only, and checks exactly as the same pack compiled from nothing.
 */
class ReloadCompilesTheEditedFileOnlyTest {

    @BeforeEach
    @AfterEach
    void nothingKept() {
        RuleCompiler.forgetCompiled();
    }

    private static List<String> findings(Checker checker) {
        return Corpus.seedFiles().stream().flatMap(seed -> checker.check(seed).findings().stream())
                .map(ReloadCompilesTheEditedFileOnlyTest::line).toList();
    }

    private static String line(Finding f) {
        return f.ruleId() + " " + f.status() + " " + f.message() + " " + f.evidence();
    }

    @Test
    void anEditCompilesItsOwnFileAndChecksAsAFullCompile() {
        String zeren = Packs.defaultFiles().get("rules/zeren.yaml");
        String reversed = zeren.replace("op: \">=\", param: committee_dj_sessions_min",
                "op: \"<\", param: committee_dj_sessions_min");
        assertThat(reversed).isNotEqualTo(zeren);
        RulePack edited = Packs.defaultWith(Map.of("rules/zeren.yaml", reversed));

        int before = RuleCompiler.UNITS_COMPILED.get();
        Checker original = Checker.builder().rulePack(Corpus.defaultPack()).build();
        int units = RuleCompiler.UNITS_COMPILED.get() - before;
        assertThat(units).as("every YAML file and the hand-written DRL").isGreaterThan(2);

        int beforeEdit = RuleCompiler.UNITS_COMPILED.get();
        Checker afterEdit = Checker.builder().rulePack(edited).build();
        assertThat(RuleCompiler.UNITS_COMPILED.get() - beforeEdit).as("only zeren.yaml compiled again").isEqualTo(1);

        List<String> reused = findings(afterEdit);
        RuleCompiler.forgetCompiled();
        Checker fromNothing = Checker.builder().rulePack(edited).build();
        assertThat(findings(fromNothing)).isEqualTo(reused);
        assertThat(reused).as("the edit shows").isNotEqualTo(findings(original));
    }
}
