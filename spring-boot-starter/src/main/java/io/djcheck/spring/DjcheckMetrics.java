package io.djcheck.spring;

import io.djcheck.Checker;
import io.djcheck.ingest.DocumentException;
import io.djcheck.result.CheckResult;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.context.event.EventListener;

import java.util.function.Supplier;

/**
 * djcheck's Micrometer meters: {@code djcheck.pack.rules} (gauge), {@code djcheck.reloads} by
 * {@code status}, and {@code djcheck.checks} (a timer, by {@code outcome} and {@code grade}) for the
 * checks an application makes through {@link #timed}:
 *
 * <pre>{@code
 * CheckResult r = metrics.timed(() -> checker.check(bytes, name));
 * }</pre>
 */
public class DjcheckMetrics {

    private final MeterRegistry registry;

    public DjcheckMetrics(Checker checker, MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("djcheck.pack.rules", checker, c -> c.rules().size())
                .description("rules in the pack serving checks").register(registry);
    }

    /** Runs one check, timing it and counting it by outcome ({@code checked}, {@code unreadable}) and grade. */
    public CheckResult timed(Supplier<CheckResult> check) {
        Timer.Sample sample = Timer.start(registry);
        try {
            CheckResult r = check.get();
            sample.stop(registry.timer("djcheck.checks", "outcome", "checked", "grade", r.grade().name()));
            return r;
        } catch (DocumentException e) {
            sample.stop(registry.timer("djcheck.checks", "outcome", "unreadable", "grade", "none"));
            throw e;
        }
    }

    @EventListener
    public void onReload(DjcheckReloadEvent event) {
        registry.counter("djcheck.reloads", "status", event.getReload().status().name()).increment();
    }
}
