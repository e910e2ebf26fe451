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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

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

    /** Where the DRL generated from a YAML file is compiled: {@code generated/rules/zuzhi.yaml.drl}. */
    static String generatedPath(String yamlFile) {
        return "generated/" + yamlFile + ".drl";
    }

    /** DRL units handed to Drools' compiler so far (for tests: what a reload compiled). */
    static final AtomicInteger UNITS_COMPILED = new AtomicInteger();

    private RuleCompiler() {
    }

    /**
     * Compiles {@code rules}: those written in YAML through their generated DRL, those written in
     * DRL through {@code handWritten} (resource path → DRL text). Null when the DRL has errors, each
     * reported to {@code problems}.
     */
    public static CompiledRules compile(List<RuleDefinition> rules, Map<String, String> handWritten, Labels labels,
                                        int maxFirings, ProblemSink problems) {
        return compile(rules, handWritten, labels, maxFirings, problems, EarlyCompile.NONE);
    }

    /** As above, taking the hand-written DRL's packages from {@code early} where it compiled them cleanly. */
    public static CompiledRules compile(List<RuleDefinition> rules, Map<String, String> handWritten, Labels labels,
                                        int maxFirings, ProblemSink problems, EarlyCompile early) {
        Map<String, String> drl = new LinkedHashMap<>(handWritten);
        Map<String, String> generatedFrom = new HashMap<>();
        List<RuleDefinition> yaml = rules.stream().filter(r -> !r.isDrl()).toList();
        Set<FactSelector> selectors = new LinkedHashSet<>();
        // one package per YAML file: a reload after an edit compiles the edited file's rules only
        Map<String, List<RuleDefinition>> byFile = new LinkedHashMap<>();
        for (RuleDefinition r : rules) {
            if (!r.isDrl()) {
                byFile.computeIfAbsent(r.file(), f -> new ArrayList<>()).add(r);
            }
        }
        Set<String> packageNames = new HashSet<>();
        for (Map.Entry<String, List<RuleDefinition>> e : byFile.entrySet()) {
            DrlGenerator.Generated generated = DrlGenerator.generate(packageName(e.getKey(), packageNames), e.getValue());
            String path = generatedPath(e.getKey());
            drl.put(path, generated.drl());
            selectors.addAll(generated.selectors());
            generatedFrom.put(path, e.getKey());
        }
        KieBase kieBase = drl.isEmpty() ? null : kieBase(drl, generatedFrom, problems, early);
        if (kieBase == null) {
            return null;
        }
        Map<String, Map<Status, String>> messages = new HashMap<>();
        for (RuleDefinition r : rules) {
            messages.put(r.id(), DefaultMessages.of(r, labels));
        }
        return new CompiledRules(kieBase, rules, messages, maxFirings, drl, List.copyOf(selectors));
    }

    /** {@code djcheck.generated.zuzhi_v2} for {@code rules/zuzhi_v2.yaml}: a Java name, unique in the pack. */
    private static String packageName(String yamlFile, Set<String> taken) {
        String stem = yamlFile.substring(yamlFile.lastIndexOf('/') + 1).replaceFirst("\\.ya?ml$", "");
        String name = "djcheck.generated.y_" + stem.replaceAll("[^A-Za-z0-9_]", "_");
        String unique = name;
        for (int i = 2; !taken.add(unique); i++) {
            unique = name + "_" + i;
        }
        return unique;
    }

    /**
     * Compiles DRL written by hand alone, reporting its errors: a pack whose other files have
     * problems still gets its DRL errors listed with theirs.
     */
    public static void check(Map<String, String> handWritten, ProblemSink problems) {
        if (!handWritten.isEmpty()) {
            kieBase(handWritten, Map.of(), problems, EarlyCompile.NONE);
        }
    }

    /** Forgets the KieBases kept in memory, so the next build compiles or reads the disk (tests). */
    static void forgetCompiled() {
        synchronized (KIE_BASES) {
            KIE_BASES.clear();
        }
        CompiledUnits.clear();
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

    private static KieBase kieBase(Map<String, String> drl, Map<String, String> generatedFrom, ProblemSink p,
                                   EarlyCompile early) {
        String key = drlKey(drl);
        synchronized (KIE_BASES) {
            KieBase kept = KIE_BASES.get(key);
            if (kept != null) {
                return kept;
            }
        }
        KieBase built = cachedKieBase(key);
        if (built == null) {
            built = compileKieBase(drl, key, generatedFrom, p, early);
        }
        if (built != null) {
            synchronized (KIE_BASES) {
                KIE_BASES.put(key, built);
            }
        }
        return built;
    }

    /** The key a unit of DRL (resource path → text) is kept by. */
    static String unitKey(Map<String, String> drl) {
        return drlKey(drl);
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

    /**
     * Compiles the DRL of the units not compiled before — all hand-written DRL is one unit (its files
     * may share a package), each YAML file's generated DRL another — in one go, and reuses the
     * packages of the units kept from earlier builds with the same text.
     */
    private static KieBase compileKieBase(Map<String, String> drl, String key, Map<String, String> generatedFrom,
                                          ProblemSink p, EarlyCompile early) {
        Map<String, String> handWritten = new LinkedHashMap<>();
        List<Unit> units = new ArrayList<>();
        for (Map.Entry<String, String> e : drl.entrySet()) {
            if (generatedFrom.containsKey(e.getKey())) {
                units.add(Unit.of(Map.of(e.getKey(), e.getValue()), true));
            } else {
                handWritten.put(e.getKey(), e.getValue());
            }
        }
        if (!handWritten.isEmpty()) {
            units.add(0, Unit.of(handWritten, false));
        }
        // hand-written DRL in a generated package would merge into it: then nothing is kept by unit
        boolean keep = !sharesGeneratedPackage(handWritten);
        List<KiePackage> packages = new ArrayList<>();
        List<Unit> missing = new ArrayList<>();
        Map<String, String> toCompile = new LinkedHashMap<>();
        for (Unit u : units) {
            List<KiePackage> kept = keep ? CompiledUnits.get(u.key()) : null;
            if (kept == null && keep && !u.generated()) {
                kept = early.packagesFor(u.key());
                if (kept != null) {
                    UNITS_COMPILED.incrementAndGet();
                    CompiledUnits.put(u.key(), kept);
                }
            }
            if (kept != null) {
                packages.addAll(kept);
            } else {
                missing.add(u);
                toCompile.putAll(u.drl());
            }
        }
        if (!missing.isEmpty()) {
            UNITS_COMPILED.addAndGet(missing.size());
            Collection<KiePackage> compiled = compile(toCompile, generatedFrom, p);
            if (compiled == null) {
                return null;
            }
            packages.addAll(compiled);
            if (keep) {
                keepByUnit(compiled, missing);
            }
        }
        CompiledPackCache.write(key, packages);
        return newKieBase(packages);
    }

    /** DRL compiled together and kept together: all hand-written files, or the DRL of one YAML file. */
    private record Unit(Map<String, String> drl, boolean generated, String key) {
        /** Hashed once: the key is looked up in the kept units, the early compile and the keeping. */
        static Unit of(Map<String, String> drl, boolean generated) {
            return new Unit(drl, generated, drlKey(drl));
        }
    }

    private static final Pattern GENERATED_PACKAGE = Pattern.compile("(?m)^\\s*package\\s+djcheck\\.generated\\b");

    /** Whether hand-written DRL is in a generated package, so that it merges into it and cannot be kept apart. */
    static boolean sharesGeneratedPackage(Map<String, String> handWritten) {
        return handWritten.values().stream().anyMatch(t -> GENERATED_PACKAGE.matcher(t).find());
    }

    /** Keeps each generated unit's package (named on its DRL's first line), and the others as the hand-written unit's. */
    private static void keepByUnit(Collection<KiePackage> compiled, List<Unit> units) {
        Map<String, KiePackage> byName = new LinkedHashMap<>();
        compiled.forEach(pkg -> byName.put(pkg.getName(), pkg));
        for (Unit u : units) {
            if (u.generated()) {
                String text = u.drl().values().iterator().next();
                KiePackage pkg = byName.remove(text.substring("package ".length(), text.indexOf(';')));
                if (pkg != null) {
                    CompiledUnits.put(u.key(), List.of(pkg));
                }
            }
        }
        for (Unit u : units) {
            if (!u.generated()) {
                CompiledUnits.put(u.key(), byName.values());
            }
        }
    }

    private static Collection<KiePackage> compile(Map<String, String> drl, Map<String, String> generatedFrom,
                                                  ProblemSink p) {
        KnowledgeBuilder kb = builder(drl);
        if (kb.hasErrors()) {
            DrlErrors.report(kb.getErrors(), drl, generatedFrom, p);
            return null;
        }
        return kb.getKnowledgePackages();
    }

    /** The packages of {@code drl}, or null when it has errors (reported by whoever compiles it again). */
    static Collection<KiePackage> compileQuietly(Map<String, String> drl) {
        KnowledgeBuilder kb = builder(drl);
        return kb.hasErrors() ? null : kb.getKnowledgePackages();
    }

    private static KnowledgeBuilder builder(Map<String, String> drl) {
        ClassLoader loader = RuleCompiler.class.getClassLoader();
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, loader));
        for (Map.Entry<String, String> e : drl.entrySet()) {
            kb.add(ResourceFactory.newByteArrayResource(e.getValue().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(e.getKey()), ResourceType.DRL);
        }
        return kb;
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
