package io.djcheck.spring;

import io.djcheck.Checker;
import io.djcheck.ingest.ReadLimits;
import io.djcheck.pack.RulePack;
import io.djcheck.pack.RulePackWatcher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Files;

/**
 * One shared, thread-safe {@link Checker} built from the {@code djcheck.*} properties (the pack is
 * compiled at startup: an invalid pack stops the application with every problem listed), a
 * {@link RulePackWatcher} when {@code djcheck.watch=true}, and — when the application has them —
 * an Actuator health indicator and Micrometer metrics.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration"})
@ConditionalOnClass(Checker.class)
@EnableConfigurationProperties(DjcheckProperties.class)
public class DjcheckAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Checker djcheckChecker(DjcheckProperties properties, ApplicationEventPublisher events) {
        RulePack pack;
        if (properties.getRulesDir() != null) {
            if (!Files.isDirectory(properties.getRulesDir())) {
                throw new IllegalStateException("djcheck.rules-dir=" + properties.getRulesDir()
                        + ": no such folder; set it to a rule pack folder (one holding pack.yaml), or remove it to use the default pack");
            }
            pack = RulePack.fromDirectory(properties.getRulesDir());
        } else {
            pack = RulePack.fromClasspath(Checker.DEFAULT_PACK);
        }
        if (properties.isNoDrl()) {
            pack = pack.withoutDrl();
        }
        Checker[] self = new Checker[1];
        Checker.Builder b = Checker.builder().rulePack(pack).profile(properties.getProfile()).limits(limits(properties.getLimits()))
                .onReload(r -> events.publishEvent(new DjcheckReloadEvent(self[0], r)));
        properties.getParams().forEach(b::param);
        try {
            self[0] = b.build();
        } catch (IllegalArgumentException e) {       // unknown profile or parameter
            throw new IllegalStateException("djcheck: " + e.getMessage() + "; fix djcheck.profile or djcheck.params.*", e);
        }
        return self[0];
    }

    static ReadLimits limits(DjcheckProperties.Limits l) {
        ReadLimits limits = ReadLimits.defaults();
        if (l.getMaxSize() != null) {
            limits = limits.withMaxBytes(l.getMaxSize().toBytes());
        }
        if (l.getMaxPages() != null) {
            limits = limits.withMaxPages(l.getMaxPages());
        }
        if (l.getMaxExpanded() != null) {
            limits = limits.withMaxExpandedBytes(l.getMaxExpanded().toBytes());
        }
        if (l.getMaxFacts() != null) {
            limits = limits.withMaxFacts(l.getMaxFacts());
        }
        return limits;
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(prefix = "djcheck", name = "watch", havingValue = "true")
    @ConditionalOnMissingBean
    public RulePackWatcher djcheckWatcher(DjcheckProperties properties, Checker checker) {
        if (properties.getRulesDir() == null) {
            throw new IllegalStateException("djcheck.watch=true needs djcheck.rules-dir: the default pack is inside a jar and never changes");
        }
        return RulePackWatcher.watch(properties.getRulesDir(), checker::reload);
    }

    /** The Actuator health indicator {@code djcheck}: the pack compiled and serving, its id, version and hash. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    @ConditionalOnEnabledHealthIndicator("djcheck")
    static class Health {
        @Bean
        @ConditionalOnMissingBean(name = "djcheckHealthIndicator")
        public DjcheckHealthIndicator djcheckHealthIndicator(Checker checker) {
            return new DjcheckHealthIndicator(checker);
        }
    }

    /** Micrometer meters: the pack's rule count, reloads by outcome, and a timer for checks made through {@link DjcheckMetrics#check}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
    @ConditionalOnBean(type = "io.micrometer.core.instrument.MeterRegistry")
    static class Metrics {
        @Bean
        @ConditionalOnMissingBean
        public DjcheckMetrics djcheckMetrics(Checker checker, ObjectProvider<io.micrometer.core.instrument.MeterRegistry> registry) {
            return new DjcheckMetrics(checker, registry.getObject());
        }
    }
}
