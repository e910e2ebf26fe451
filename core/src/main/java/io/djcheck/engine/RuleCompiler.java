package io.djcheck.engine;

import io.djcheck.model.Internal;
import io.djcheck.model.Status;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;
import org.kie.internal.io.ResourceFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a pack's rules into one KieBase on the classic (MVEL) path, at runtime: the DRL written
 * by hand as it is, and the YAML rules through the DRL their leaves generate. Errors are reported
 * with file, line and column to a {@link ProblemSink}; errors in generated DRL are djcheck's bugs
 * and are reported against the YAML files.
 *
 * <pre>{@code
 * CompiledRules compiled = RuleCompiler.compile(rules, handWritten, labels, 10_000, problems);
 * }</pre>
 */
@Internal
public final class RuleCompiler {

    /** Most rule firings one check may cause before it is stopped as a runaway. */
    public static final int DEFAULT_MAX_FIRINGS = 10_000;

    /** The resource the DRL generated from all YAML rules is compiled as. */
    static final String GENERATED = "generated/yaml-rules.drl";

    private RuleCompiler() {
    }

    /**
     * Compiles {@code rules}: those written in YAML through their generated DRL, those written in
     * DRL through {@code handWritten} (resource path → DRL text). Null when the DRL has errors, each
     * reported to {@code problems}.
     */
    public static CompiledRules compile(List<RuleDefinition> rules, Map<String, String> handWritten, Labels labels,
                                        int maxFirings, ProblemSink problems) {
        Map<String, String> drl = new LinkedHashMap<>(handWritten);
        Map<String, String> generatedFrom = new HashMap<>();
        List<RuleDefinition> yaml = rules.stream().filter(r -> !r.isDrl()).toList();
        List<FactSelector> selectors = List.of();
        if (!yaml.isEmpty()) {
            // one package for every YAML rule: Drools builds each package on its own, so one is fastest
            DrlGenerator.Generated generated = DrlGenerator.generate("djcheck.generated", yaml);
            drl.put(GENERATED, generated.drl());
            selectors = generated.selectors();
            generatedFrom.put(GENERATED, "rules/*.yaml");
        }
        KieBase kieBase = drl.isEmpty() ? null : kieBase(drl, generatedFrom, problems);
        if (kieBase == null) {
            return null;
        }
        Map<String, Map<Status, String>> messages = new HashMap<>();
        for (RuleDefinition r : rules) {
            messages.put(r.id(), DefaultMessages.of(r, labels));
        }
        return new CompiledRules(kieBase, rules, messages, maxFirings, drl, selectors);
    }

    /**
     * Compiles DRL written by hand alone, reporting its errors: a pack whose other files have
     * problems still gets its DRL errors listed with theirs.
     */
    public static void check(Map<String, String> handWritten, ProblemSink problems) {
        if (!handWritten.isEmpty()) {
            kieBase(handWritten, Map.of(), problems);
        }
    }

    /** Forgets the KieBases kept in memory, so the next build compiles or reads the disk (tests). */
    static void forgetCompiled() {
        synchronized (KIE_BASES) {
            KIE_BASES.clear();
        }
    }

    /**
     * The last few KieBases built, by the SHA-256 of their DRL: a reload that changed no rule (a
     * threshold in params.yaml, a lexicon word, a scoring weight: all facts or Java-side data, never
     * DRL text) reuses the compiled rules instead of paying Drools again. A KieBase is immutable
     * once built and each pack opens its own sessions on it, so sharing one is safe.
     */
    private static final int KIE_BASES_KEPT = 4;
    private static final Map<String, KieBase> KIE_BASES = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, KieBase> eldest) {
            return size() > KIE_BASES_KEPT;
        }
    };

    private static KieBase kieBase(Map<String, String> drl, Map<String, String> generatedFrom, ProblemSink p) {
        String key = drlKey(drl);
        synchronized (KIE_BASES) {
            KieBase kept = KIE_BASES.get(key);
            if (kept != null) {
                return kept;
            }
        }
        KieBase built = cachedKieBase(key);
        if (built == null) {
            built = compileKieBase(drl, key, generatedFrom, p);
        }
        if (built != null) {
            synchronized (KIE_BASES) {
                KIE_BASES.put(key, built);
            }
        }
        return built;
    }

    private static String drlKey(Map<String, String> drl) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> e : drl.entrySet()) {
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The KieBase of the packages {@link CompiledPackCache} kept on disk for this DRL, or null. */
    private static KieBase cachedKieBase(String key) {
        Collection<KiePackage> packages = CompiledPackCache.read(key);
        if (packages == null) {
            return null;
        }
        try {
            return newKieBase(packages);
        } catch (RuntimeException | LinkageError e) {
            return null;                        // compiled again below, and the entry replaced
        }
    }

    private static KieBase compileKieBase(Map<String, String> drl, String key, Map<String, String> generatedFrom,
                                          ProblemSink p) {
        ClassLoader loader = RuleCompiler.class.getClassLoader();
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, loader));
        for (Map.Entry<String, String> e : drl.entrySet()) {
            kb.add(ResourceFactory.newByteArrayResource(e.getValue().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(e.getKey()), ResourceType.DRL);
        }
        if (kb.hasErrors()) {
            DrlErrors.report(kb.getErrors(), drl, generatedFrom, p);
            return null;
        }
        KieBase base = newKieBase(kb.getKnowledgePackages());
        CompiledPackCache.write(key, kb);
        return base;
    }

    private static KieBase newKieBase(Collection<KiePackage> packages) {
        ClassLoader loader = RuleCompiler.class.getClassLoader();
        KieBaseConfiguration conf = KieServices.Factory.get().newKieBaseConfiguration(null, loader);
        conf.setOption(ConsequenceExceptionHandlerOption.get(RuleEngine.ErrorHandler.class));
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(conf);
        base.addPackages(packages);
        return base;
    }
}
