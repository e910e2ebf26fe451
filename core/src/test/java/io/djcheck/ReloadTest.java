package io.djcheck;

import io.djcheck.result.CheckResult;
import io.djcheck.pack.PackProblem;
import io.djcheck.pack.RulePack;
import io.djcheck.model.Status;
import io.djcheck.testing.Gate;
import io.djcheck.testing.Packs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Checker#reload()}: an edited pack is swapped in whole, a broken edit leaves the last good
 * pack serving and says why, a check already running finishes on the pack it started with.
 */
class ReloadTest {

    static final String TEXT = "现将本人履行抓基层党建工作第一责任人职责情况报告如下。全年党委会专题研究党建工作6次。";

    static void setParam(Path pack, String name, String value) throws IOException {
        Path params = pack.resolve("params.yaml");
        Files.writeString(params, Files.readString(params).replaceAll("(?m)^(  " + name + ": )\\S+", "$1" + value));
    }

    @Test
    void anEditedPackIsSwappedInAndResultsNameIt(@TempDir Path dir) throws IOException {
        Packs.copyDefault(dir);
        List<Checker.Reload> heard = new CopyOnWriteArrayList<>();
        Checker checker = Checker.builder().rulePack(RulePack.fromDirectory(dir)).onReload(heard::add).build();
        CheckResult before = checker.check(TEXT, "t.txt");
        assertThat(before.finding("ZR-01").orElseThrow().status()).isEqualTo(Status.PASS);

        setParam(dir, "committee_dj_sessions_min", "8");
        Checker.Reload reload = checker.reload();

        assertThat(reload.status()).isEqualTo(Checker.ReloadStatus.RELOADED);
        assertThat(reload.problems()).isEmpty();
        String newSha = RulePack.fromDirectory(dir).sha256();
        assertThat(reload.serving().sha256()).isEqualTo(newSha).isNotEqualTo(before.ruleset().sha256());
        CheckResult after = checker.check(TEXT, "t.txt");
        assertThat(after.finding("ZR-01").orElseThrow().status()).isEqualTo(Status.FAIL);
        assertThat(after.finding("ZR-01").orElseThrow().message()).contains("低于要求的8");
        assertThat(after.ruleset().sha256()).isEqualTo(newSha);
        assertThat(checker.pack().sha256()).isEqualTo(newSha);
        assertThat(checker.params()).containsEntry("committee_dj_sessions_min", 8.0);
        assertThat(heard).containsExactly(reload);

        assertThat(checker.reload().status()).as("nothing changed since").isEqualTo(Checker.ReloadStatus.UNCHANGED);
    }

    @Test
    void aBrokenEditLeavesTheLastGoodPackServingAndSaysWhy(@TempDir Path dir) throws IOException {
        Packs.copyDefault(dir);
        List<Checker.Reload> heard = new CopyOnWriteArrayList<>();
        Checker checker = Checker.builder().rulePack(RulePack.fromDirectory(dir)).profile("strict-monthly")
                .onReload(heard::add).build();
        String goodSha = checker.pack().sha256();
        Path zuzhi = dir.resolve("rules/zuzhi.yaml");
        String original = Files.readString(zuzhi);

        // an unknown concept, a YAML syntax error, a DRL syntax error: each refused, each said
        Files.writeString(zuzhi, original.replace("mention: practice.sanhui_yike", "mention: practice.sanhui"));
        assertRefused(checker, "rules/zuzhi.yaml:", "unknown-concept", goodSha);
        Files.writeString(zuzhi, original + "\n  - id: [broken\n");
        assertRefused(checker, "rules/zuzhi.yaml:", "yaml-syntax", goodSha);
        Files.writeString(zuzhi, original);
        Path drl = dir.resolve("rules/jiti.drl");
        String jiti = Files.readString(drl);
        Files.writeString(drl, jiti.replaceFirst("then", java.util.regex.Matcher.quoteReplacement(
                "then\n    outcomes.fail(kcontext, $count, $total)) ;")));
        assertRefused(checker, "rules/jiti.drl:", "drl-syntax", goodSha);      // the ")" too many, on its line
        // the profile the checker was built with is gone from params.yaml
        Files.writeString(drl, jiti);
        Path params = dir.resolve("params.yaml");
        String p = Files.readString(params);
        Files.writeString(params, p.replace("strict-monthly:", "strict-weekly:"));
        assertRefused(checker, "params.yaml", "unknown-param", goodSha);

        assertThat(heard).hasSize(4).allMatch(r -> r.status() == Checker.ReloadStatus.FAILED);

        Files.writeString(params, p);
        setParam(dir, "new_members_min", "2");
        Checker.Reload fixed = checker.reload();
        assertThat(fixed.status()).isEqualTo(Checker.ReloadStatus.RELOADED);
        assertThat(checker.check(TEXT, "t.txt").ruleset().sha256()).isEqualTo(fixed.serving().sha256())
                .isNotEqualTo(goodSha);
        assertThat(checker.params()).containsEntry("committee_dj_sessions_min", 12.0).containsEntry("new_members_min", 2.0);
    }

    private static void assertRefused(Checker checker, String file, String code, String servingSha) {
        Checker.Reload r = checker.reload();
        assertThat(r.status()).isEqualTo(Checker.ReloadStatus.FAILED);
        assertThat(r.serving().sha256()).isEqualTo(servingSha);
        assertThat(r.problems()).extracting(PackProblem::toString).anyMatch(s -> s.startsWith(file) && s.contains(code));
        CheckResult still = checker.check(TEXT, "t.txt");
        assertThat(still.ruleset().sha256()).isEqualTo(servingSha);
        assertThat(still.findings()).hasSize(27);
    }

    @Test
    void aPackLoadedWithoutDrlStaysWithoutDrlOnReload(@TempDir Path dir) throws IOException {
        Packs.copyDefault(dir);
        Path drl = dir.resolve("rules/jiti.drl");
        String jiti = Files.readString(drl);
        Files.delete(drl);
        Checker checker = Checker.builder().rulePack(RulePack.fromDirectory(dir).withoutDrl()).build();
        assertThat(checker.check(TEXT, "t.txt").findings()).hasSize(25);

        Files.writeString(drl, jiti);
        Checker.Reload r = checker.reload();
        assertThat(r.status()).isEqualTo(Checker.ReloadStatus.FAILED);
        assertThat(r.problems()).extracting(PackProblem::code).containsExactly("drl-disabled");
    }

    @Test
    void aCheckInFlightFinishesOnThePackItStartedWith(@TempDir Path dir) throws Exception {
        Packs.copyDefault(dir);
        Files.writeString(dir.resolve("rules/gate.drl"), """
                package test.gate;
                import io.djcheck.model.*;
                global io.djcheck.engine.Outcomes outcomes;

                rule "XX-99 waits at the gate"
                    @id("XX-99") @title("测试用：等待") @category("组织生活") @severity("INFO")
                when
                    $r : Report(source == "held.txt")
                then
                    io.djcheck.testing.Gate.pass();
                    outcomes.pass(kcontext);
                end
                """);
        Checker checker = Checker.builder().rulePack(RulePack.fromDirectory(dir)).build();
        String oldSha = checker.pack().sha256();
        Gate.close();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<CheckResult> held = pool.submit(() -> checker.check(TEXT, "held.txt"));
            assertThat(Gate.awaitArrival(60)).as("the check reached the gate").isTrue();

            setParam(dir, "committee_dj_sessions_min", "8");
            Checker.Reload reload = checker.reload();
            assertThat(reload.status()).isEqualTo(Checker.ReloadStatus.RELOADED);
            CheckResult fresh = checker.check(TEXT, "fresh.txt");
            assertThat(fresh.ruleset().sha256()).isEqualTo(reload.serving().sha256());
            assertThat(fresh.finding("ZR-01").orElseThrow().status()).isEqualTo(Status.FAIL);
            assertThat(held.isDone()).isFalse();

            Gate.open();
            CheckResult old = held.get(60, TimeUnit.SECONDS);
            assertThat(old.ruleset().sha256()).isEqualTo(oldSha);
            assertThat(old.finding("ZR-01").orElseThrow().status()).as("checked with the old threshold 4")
                    .isEqualTo(Status.PASS);
            assertThat(old.finding("XX-99").orElseThrow().status()).isEqualTo(Status.PASS);
        } finally {
            Gate.open();
            pool.shutdownNow();
        }
    }
}
