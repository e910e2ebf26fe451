package io.djcheck.engine;

import io.djcheck.Checker;
import io.djcheck.model.Status;
import io.djcheck.pack.RuleInfo;
import io.djcheck.pack.RulePack;
import io.djcheck.result.CheckResult;
import io.djcheck.result.Finding;
import io.djcheck.testing.Corpus;
import io.djcheck.testing.Packs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compiled packs kept on disk are read back for the same DRL only: an edited rule is compiled
 * again and checks by its new text, a damaged entry is compiled again and replaced, and a pack read
 * back checks exactly as the compiled one.
 */
class CompiledPackCacheTest {

    @TempDir
    Path cache;

    @BeforeEach
    void useCache() {
        System.setProperty(CompiledPackCache.DIRECTORY_PROPERTY, cache.toString());
        RuleCompiler.forgetCompiled();
    }

    @AfterEach
    void noCache() {
        System.clearProperty(CompiledPackCache.DIRECTORY_PROPERTY);
        RuleCompiler.forgetCompiled();
    }

    private static List<String> findings(RulePack pack) {
        RuleCompiler.forgetCompiled();         // as a new process would: only the disk is left
        Checker checker = Checker.builder().rulePack(pack).build();
        return Corpus.seedFiles().stream().flatMap(seed -> checker.check(seed).findings().stream())
                .map(f -> f.ruleId() + " " + f.status() + " " + f.message() + " " + f.evidence()).toList();
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> s = Files.list(cache)) {
            return s.filter(p -> p.toString().endsWith(".bin")).toList();
        }
    }

    @Test
    void aPackReadBackChecksAsTheCompiledOne() throws IOException {
        List<String> compiled = findings(Corpus.defaultPack());
        assertThat(entries()).hasSize(1);
        int reads = CompiledPackCache.READS.get();

        assertThat(findings(Corpus.defaultPack())).isEqualTo(compiled);
        assertThat(CompiledPackCache.READS.get()).as("the second build read the disk").isEqualTo(reads + 1);
    }

    @Test
    void anEditedRuleIsNeverServedFromTheCache() throws IOException {
        RulePack original = Corpus.defaultPack();
        String zeren = Packs.defaultFiles().get("rules/zeren.yaml");
        String reversed = zeren.replace("op: \">=\", param: committee_dj_sessions_min", "op: \"<\", param: committee_dj_sessions_min");
        assertThat(reversed).isNotEqualTo(zeren);
        RulePack edited = Packs.defaultWith(Map.of("rules/zeren.yaml", reversed));

        findings(original);
        int reads = CompiledPackCache.READS.get();
        RuleCompiler.forgetCompiled();
        Checker before = Checker.builder().rulePack(original).build();
        RuleCompiler.forgetCompiled();
        Checker after = Checker.builder().rulePack(edited).build();

        assertThat(CompiledPackCache.READS.get()).as("the original read back, the edited one compiled").isEqualTo(reads + 1);
        assertThat(entries()).hasSize(2);
        int compared = 0;
        for (Path seed : Corpus.seedFiles()) {
            Status was = status(before.check(seed), "ZR-01");
            if (was == Status.PASS || was == Status.FAIL) {
                assertThat(status(after.check(seed), "ZR-01")).as(seed.toString())
                        .isEqualTo(was == Status.PASS ? Status.FAIL : Status.PASS);
                compared++;
            }
        }
        assertThat(compared).as("seeds stating the committee's sessions").isPositive();
    }

    @Test
    void aDamagedEntryIsCompiledAgainAndReplaced() throws IOException {
        List<String> compiled = findings(Corpus.defaultPack());
        for (Path entry : entries()) {
            Files.write(entry, "not a compiled pack".getBytes());
        }
        int reads = CompiledPackCache.READS.get();

        assertThat(findings(Corpus.defaultPack())).isEqualTo(compiled);
        assertThat(CompiledPackCache.READS.get()).isEqualTo(reads);
        assertThat(findings(Corpus.defaultPack())).isEqualTo(compiled);
        assertThat(CompiledPackCache.READS.get()).as("the replaced entry is read").isEqualTo(reads + 1);
    }

    @Test
    void drlRuleMetadataIsReadBackForTheSameTextOnly() {
        RulePack original = Corpus.defaultPack();
        String jiti = Packs.defaultFiles().get("rules/jiti.drl");
        String retitled = jiti.replace("@title(\"消除集体经济薄弱村\")", "@title(\"消除集体经济薄弱村（改）\")");
        assertThat(retitled).isNotEqualTo(jiti);
        RulePack edited = Packs.defaultWith(Map.of("rules/jiti.drl", retitled));

        RuleCompiler.forgetCompiled();
        List<RuleInfo> parsed = Checker.builder().rulePack(original).build().rules();
        int reads = CompiledPackCache.METADATA_READS.get();
        RuleCompiler.forgetCompiled();
        List<RuleInfo> readBack = Checker.builder().rulePack(original).build().rules();
        assertThat(CompiledPackCache.METADATA_READS.get()).as("the unchanged DRL's metadata read back").isEqualTo(reads + 1);
        assertThat(readBack).isEqualTo(parsed);

        RuleCompiler.forgetCompiled();
        List<RuleInfo> afterEdit = Checker.builder().rulePack(edited).build().rules();
        assertThat(CompiledPackCache.METADATA_READS.get()).as("the edited DRL parsed again").isEqualTo(reads + 1);
        assertThat(afterEdit).extracting(RuleInfo::title).contains("消除集体经济薄弱村（改）")
                .doesNotContain("消除集体经济薄弱村");
    }

    @Test
    void aDamagedMetadataEntryIsParsedAgain() throws IOException {
        RuleCompiler.forgetCompiled();
        List<RuleInfo> parsed = Checker.builder().rulePack(Corpus.defaultPack()).build().rules();
        List<Path> metadata;
        try (Stream<Path> s = Files.list(cache)) {
            metadata = s.filter(p -> p.toString().endsWith(".meta")).toList();
        }
        assertThat(metadata).hasSize(1);
        Files.write(metadata.get(0), new byte[] {0, 0, 0, 1, 0, 0, 0, 9, 'c', 'u', 't'});
        int reads = CompiledPackCache.METADATA_READS.get();

        RuleCompiler.forgetCompiled();
        assertThat(Checker.builder().rulePack(Corpus.defaultPack()).build().rules()).isEqualTo(parsed);
        assertThat(CompiledPackCache.METADATA_READS.get()).isEqualTo(reads);
    }

    private static Status status(CheckResult r, String ruleId) {
        return r.finding(ruleId).map(Finding::status).orElseThrow();
    }
}
