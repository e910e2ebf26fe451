package io.djcheck.rules;

import io.djcheck.extract.Lexicon;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;
import org.kie.internal.io.ResourceFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads and checks every file of a pack, compiles YAML rules to DRL and all DRL into one KieBase
 * on the classic (MVEL) path, at runtime. Every problem of every file is collected before failing,
 * each with file, line and column.
 *
 * <pre>{@code
 * CompiledPack pack = PackCompiler.compile(RulePack.fromDirectory(dir));   // throws RulePackException
 * List<PackProblem> problems = PackCompiler.validate(RulePack.fromDirectory(dir));
 * }</pre>
 */
public final class PackCompiler {

    /** Most rule firings one check may cause before it is stopped as a runaway. */
    public static final int DEFAULT_MAX_FIRINGS = 10_000;


    private PackCompiler() {
    }

    /**
     * What compiling a pack gave: the rules that could be read, every problem, and the compiled pack
     * when there is none. {@code declared} adds the rules that could be read only in part (a bad
     * severity, say), so that scoring still checks their categories and lint lists every problem at once.
     */
    public record Compilation(List<RuleDefinition> rules, List<RuleDefinition> declared, List<PackProblem> problems,
                              CompiledPack pack) {
        public Compilation {
            rules = List.copyOf(rules);
            declared = List.copyOf(declared);
            problems = PackProblem.sorted(problems);
        }
    }

    public static CompiledPack compile(RulePack pack) {
        return compile(pack, DEFAULT_MAX_FIRINGS);
    }

    /** Compiles the pack or throws a {@link RulePackException} listing every problem. */
    public static CompiledPack compile(RulePack pack, int maxFirings) {
        Compilation c = attempt(pack, maxFirings);
        if (!c.problems().isEmpty()) {
            throw new RulePackException(pack.name(), c.problems());
        }
        return c.pack();
    }

    /** Every problem of the pack, without throwing; empty when it compiles. */
    public static List<PackProblem> validate(RulePack pack) {
        return attempt(pack, DEFAULT_MAX_FIRINGS).problems();
    }

    /** Compiles what can be compiled and collects every problem of every file; never throws for a bad pack. */
    public static Compilation attempt(RulePack pack, int maxFirings) {
        Problems p = new Problems();
        List<RuleDefinition> rules = new ArrayList<>();
        List<RuleDefinition> incomplete = new ArrayList<>();
        CompiledPack compiled = build(pack, p, rules, incomplete, maxFirings);
        List<RuleDefinition> declared = new ArrayList<>(rules);
        declared.addAll(incomplete);
        return new Compilation(rules, declared, p.list(), p.isEmpty() ? compiled : null);
    }

    /** The resource the DRL generated from all YAML rules is compiled as. */
    private static final String GENERATED = "generated/yaml-rules.drl";

    private static CompiledPack build(RulePack pack, Problems p, List<RuleDefinition> rules,
                                      List<RuleDefinition> incomplete, int maxFirings) {
        for (String required : RulePack.TOP_FILES) {
            if (!pack.has(required)) {
                p.add(required, 0, 0, "missing-file", "the pack has no " + required + "; every pack needs "
                        + String.join(", ", RulePack.TOP_FILES));
            }
        }
        PackInfo info = info(pack, parse(pack, "pack.yaml", p), p);
        ParamSet params = ParamSet.read(parse(pack, "params.yaml", p), p);
        Lexicon lexicon = LexiconReader.read(parse(pack, "lexicon.yaml", p), p);

        Map<String, String> drl = new LinkedHashMap<>();             // resource path → DRL text
        Map<String, String> generatedFrom = new HashMap<>();         // generated path → yaml file
        YamlRuleReader yamlRules = new YamlRuleReader(lexicon, params.names(), p);
        DrlRuleReader drlRules = new DrlRuleReader(p);
        List<RuleDefinition> allYaml = new ArrayList<>();
        for (String file : pack.ruleFiles()) {
            if (file.endsWith(".drl")) {
                if (!pack.drlEnabled()) {
                    p.add(file, 0, 0, "drl-disabled", "this pack is loaded with DRL disabled, so " + file
                            + " cannot be used; write the rule in YAML or load the pack with DRL enabled");
                    continue;
                }
                String text = pack.text(file);
                rules.addAll(drlRules.read(file, text));
                DrlNames.check(file, text, params.names(), lexicon, p);
                drl.put(file, text);
            } else {
                List<RuleDefinition> fromYaml = yamlRules.read(parse(pack, file, p));
                rules.addAll(fromYaml);
                allYaml.addAll(fromYaml);
            }
        }
        incomplete.addAll(yamlRules.incomplete());
        incomplete.addAll(drlRules.incomplete());
        checkDuplicates(rules, p);
        if (rules.isEmpty() && p.isEmpty()) {
            p.add("rules/", 0, 0, "no-rules", "the pack defines no rules; add rules/*.yaml or rules/*.drl");
        }
        // DRL written by hand is compiled even when other files have problems, so that its errors are
        // listed with theirs; DRL is generated from YAML only for a pack that can load, so that every
        // name it writes into the DRL has passed its check
        if (!allYaml.isEmpty() && p.isEmpty()) {
            // one package for every YAML rule: Drools builds each package on its own, so one is fastest
            drl.put(GENERATED, DrlGenerator.generate("djcheck.generated", allYaml));
            generatedFrom.put(GENERATED, "rules/*.yaml");
        }
        KieBase kieBase = drl.isEmpty() ? null : kieBase(drl, generatedFrom, p);
        if (!p.isEmpty() || kieBase == null) {
            return null;
        }
        Map<String, Map<Status, String>> messages = new HashMap<>();
        for (RuleDefinition r : rules) {
            messages.put(r.id(), DefaultMessages.of(r, lexicon));
        }
        return new CompiledPack(pack, info, lexicon, params, rules, messages, kieBase, maxFirings);
    }

    private static YamlNode parse(RulePack pack, String file, Problems p) {
        String text = pack.text(file);
        return text == null ? null : YamlNode.parse(file, text, p);
    }

    private static PackInfo info(RulePack pack, YamlNode root, Problems p) {
        String id = null;
        String version = null;
        String description = null;
        if (root != null && root.requireMap(p, "pack.yaml") != null) {
            root.allowOnly(p, Set.of("id", "version", "description", "language"), "pack.yaml");
            id = root.string(p, "id", true);
            version = root.string(p, "version", true);
            description = root.string(p, "description", false);
            String language = root.string(p, "language", false);
            if (language != null && !language.equals("zh-CN")) {
                p.add(root.get("language"), "unsupported-language", "language '" + language
                        + "' is not supported; djcheck reads zh-CN reports");
            }
        }
        return new PackInfo(id == null ? "unnamed" : id, version == null ? "0" : version,
                description == null ? "" : description, pack.sha256(), pack.name());
    }

    private static void checkDuplicates(List<RuleDefinition> rules, Problems p) {
        Map<String, RuleDefinition> seen = new HashMap<>();
        for (RuleDefinition r : rules) {
            RuleDefinition first = seen.putIfAbsent(r.id(), r);
            if (first != null) {
                p.add(r.file(), r.line(), r.column(), "duplicate-id", "rule id " + r.id() + " is already defined at "
                        + first.where() + "; ids must be unique in a pack");
            }
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

    private static KieBase kieBase(Map<String, String> drl, Map<String, String> generatedFrom, Problems p) {
        String key = drlKey(drl);
        synchronized (KIE_BASES) {
            KieBase kept = KIE_BASES.get(key);
            if (kept != null) {
                return kept;
            }
        }
        KieBase built = compileKieBase(drl, generatedFrom, p);
        if (built != null) {
            synchronized (KIE_BASES) {
                KIE_BASES.put(key, built);
            }
        }
        return built;
    }

    private static String drlKey(Map<String, String> drl) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> e : drl.entrySet()) {
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static KieBase compileKieBase(Map<String, String> drl, Map<String, String> generatedFrom, Problems p) {
        ClassLoader loader = PackCompiler.class.getClassLoader();
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
        KieBaseConfiguration conf = KieServices.Factory.get().newKieBaseConfiguration(null, loader);
        conf.setOption(ConsequenceExceptionHandlerOption.get(RuleEngine.ErrorHandler.class));
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(conf);
        base.addPackages(kb.getKnowledgePackages());
        return base;
    }
}
