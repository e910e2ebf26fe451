package io.djcheck.spring;

import io.djcheck.Checker;
import io.djcheck.pack.PackInfo;
import io.djcheck.pack.PackProblem;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.context.ApplicationListener;

/**
 * Health {@code djcheck}: UP while a compiled pack serves (always, once started: a broken edit keeps
 * the last good pack), with the pack's id, version, sha256 and rule count, and the outcome of the
 * last reload that changed the pack or was refused (RELOADED or FAILED, with its problems).
 */
public class DjcheckHealthIndicator extends AbstractHealthIndicator implements ApplicationListener<DjcheckReloadEvent> {

    private final Checker checker;
    private volatile Checker.Reload lastReload;

    public DjcheckHealthIndicator(Checker checker) {
        super("djcheck health check failed");
        this.checker = checker;
    }

    @Override
    public void onApplicationEvent(DjcheckReloadEvent event) {
        if (event.getReload().status() != Checker.ReloadStatus.UNCHANGED) {   // a save that changed nothing is not news
            lastReload = event.getReload();
        }
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        PackInfo pack = checker.pack();
        builder.up().withDetail("pack", pack.id()).withDetail("version", pack.version())
                .withDetail("sha256", pack.sha256()).withDetail("rules", checker.rules().size());
        Checker.Reload r = lastReload;
        if (r != null) {
            builder.withDetail("lastReload", r.status().name());
            if (!r.problems().isEmpty()) {
                builder.withDetail("lastReloadProblems", r.problems().stream().map(PackProblem::toString).toList());
            }
        }
    }
}
