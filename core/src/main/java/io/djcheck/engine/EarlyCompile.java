package io.djcheck.engine;

import io.djcheck.model.Internal;
import org.kie.api.definition.KiePackage;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The hand-written DRL of a pack compiling on a thread of its own while the rest of the pack (its
 * YAML, lexicon and the DRL generated from the YAML rules) is still being read: a pack's DRL does
 * not depend on those, and on a cold JVM most of a compile is loading and first running Drools'
 * parser and MVEL, which the second core then does beside the reading. {@link RuleCompiler} uses
 * the packages only for exactly the text they were compiled from and only when they compiled
 * cleanly; otherwise it compiles as before, so errors are reported as before.
 *
 * <pre>{@code
 * EarlyCompile early = EarlyCompile.start(handWritten);     // before the YAML is read
 * RuleCompiler.compile(rules, handWritten, labels, maxFirings, problems, early);
 * }</pre>
 */
@Internal
public final class EarlyCompile {

    /** Nothing compiling ahead. */
    public static final EarlyCompile NONE = new EarlyCompile(null, null);

    private final String unitKey;
    private final CompletableFuture<Collection<KiePackage>> packages;

    private EarlyCompile(String unitKey, CompletableFuture<Collection<KiePackage>> packages) {
        this.unitKey = unitKey;
        this.packages = packages;
    }

    /**
     * Starts compiling {@code handWritten} (resource path → DRL text) unless that would be wasted:
     * no DRL, its packages already kept from an earlier build, or a disk cache that may hold the
     * whole pack compiled (reading it costs less than compiling).
     */
    public static EarlyCompile start(Map<String, String> handWritten) {
        if (handWritten.isEmpty() || CompiledPackCache.enabled() || RuleCompiler.sharesGeneratedPackage(handWritten)) {
            return NONE;
        }
        Map<String, String> drl = new LinkedHashMap<>(handWritten);
        String key = RuleCompiler.unitKey(drl);
        if (CompiledUnits.get(key) != null) {
            return NONE;
        }
        CompletableFuture<Collection<KiePackage>> future = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                future.complete(RuleCompiler.compileQuietly(drl));
            } catch (RuntimeException | LinkageError e) {
                future.completeExceptionally(e);
            }
        }, "djcheck-drl-compile");
        t.setDaemon(true);                      // a pack that fails to load leaves it to finish on its own
        t.start();
        return new EarlyCompile(key, future);
    }

    /**
     * The packages compiled ahead for the unit {@code key}, waiting for them; null when none were
     * started for it, or they did not compile cleanly (then the caller compiles and reports).
     */
    List<KiePackage> packagesFor(String key) {
        if (packages == null || !unitKey.equals(key)) {
            return null;
        }
        try {
            Collection<KiePackage> compiled = packages.get();
            return compiled == null ? null : List.copyOf(compiled);
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
