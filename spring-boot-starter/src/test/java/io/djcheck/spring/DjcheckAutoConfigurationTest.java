package io.djcheck.spring;

import io.djcheck.Checker;
import io.djcheck.pack.RulePack;
import io.djcheck.pack.RulePackWatcher;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class DjcheckAutoConfigurationTest {

    static final Path REPORT = Path.of("..", "examples", "reports", "000_9c5ce89756f0e5ee.txt");

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DjcheckAutoConfiguration.class));

    @Test
    void oneSharedCheckerOnTheDefaultPackWithItsHealth() {
        runner.run(context -> {
            Checker checker = context.getBean(Checker.class);
            assertThat(checker.pack().id()).isEqualTo("djcheck-default");
            assertThat(checker.check(REPORT).findings()).isNotEmpty();
            Health health = context.getBean(DjcheckHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("pack", "djcheck-default").containsEntry("version", "1.0.0")
                    .containsEntry("sha256", checker.pack().sha256()).containsEntry("rules", checker.rules().size());
            assertThat(context).doesNotHaveBean(RulePackWatcher.class).doesNotHaveBean(DjcheckMetrics.class);
        });
    }

    @Test
    void profileParamsAndLimitsComeFromProperties() {
        runner.withPropertyValues("djcheck.profile=zhejiang-2024", "djcheck.params.committee_dj_sessions_min=6",
                "djcheck.limits.max-size=1MB", "djcheck.limits.max-pages=20").run(context -> {
            Checker checker = context.getBean(Checker.class);
            assertThat(checker.params()).containsEntry("committee_dj_sessions_min", 6.0)
                    .containsEntry("collective_income_min_yuan", 200000.0);
            assertThat(checker.limits().maxBytes()).isEqualTo(1024 * 1024);
            assertThat(checker.limits().maxPages()).isEqualTo(20);
        });
    }

    @Test
    void badSettingsStopTheApplicationSayingWhatToFix() {
        runner.withPropertyValues("djcheck.rules-dir=/nonexistent/rules").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("djcheck.rules-dir=/nonexistent/rules")
                        .hasMessageContaining("no such folder"));
        runner.withPropertyValues("djcheck.profile=atlantis-2099").run(context ->
                assertThat(context).getFailure().hasStackTraceContaining("atlantis-2099")
                        .hasStackTraceContaining("djcheck.profile"));
        runner.withPropertyValues("djcheck.watch=true").run(context ->
                assertThat(context).getFailure().hasStackTraceContaining("djcheck.watch=true needs djcheck.rules-dir"));
    }

    @Test
    void watchReloadsAnEditedPackAndHealthAndMetricsShowIt(@TempDir Path dir) throws Exception {
        copyDefaultPack(dir);
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("djcheck.rules-dir=" + dir, "djcheck.watch=true").run(context -> {
                    Checker checker = context.getBean(Checker.class);
                    assertThat(context).hasSingleBean(RulePackWatcher.class);
                    DjcheckMetrics metrics = context.getBean(DjcheckMetrics.class);
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    metrics.timed(() -> checker.check(REPORT));
                    assertThat(registry.find("djcheck.checks").tag("outcome", "checked").timer().count()).isEqualTo(1);
                    assertThat(registry.get("djcheck.pack.rules").gauge().value()).isEqualTo(checker.rules().size());

                    Path pack = dir.resolve("pack.yaml");
                    Files.writeString(pack, Files.readString(pack).replace("version: 1.0.0", "version: 1.0.1"));
                    DjcheckHealthIndicator indicator = context.getBean(DjcheckHealthIndicator.class);
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                    // the watcher reloads, then the reload event reaches the health indicator and the metrics
                    while (!indicator.health().getDetails().containsKey("lastReload")
                            || registry.find("djcheck.reloads").counter() == null) {
                        assertThat(System.nanoTime()).as("no reload event within 60 s").isLessThan(deadline);
                        Thread.sleep(50);
                    }
                    Health health = indicator.health();
                    assertThat(health.getDetails()).containsEntry("version", "1.0.1").containsEntry("lastReload", "RELOADED");
                    assertThat(checker.pack().version()).isEqualTo("1.0.1");
                    assertThat(registry.find("djcheck.reloads").tag("status", "RELOADED").counter().count()).isEqualTo(1.0);
                });
    }

    static void copyDefaultPack(Path dir) throws IOException {
        RulePack pack = RulePack.fromClasspath(Checker.DEFAULT_PACK);
        for (String p : pack.paths()) {
            Path target = dir.resolve(p);
            Files.createDirectories(target.getParent());
            Files.writeString(target, pack.text(p), StandardCharsets.UTF_8);
        }
    }
}
