package io.djcheck.rules;

import io.djcheck.extract.Lexicon;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern DRL_POSITION = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)]|Line (\\d+):(\\d+)");
    private static final Pattern PARAM_USE = Pattern.compile("Param\\s*\\(\\s*name\\s*==\\s*\"([^\"]*)\"");

    private PackCompiler() {
    }

    public static CompiledPack compile(RulePack pack) {
        return compile(pack, DEFAULT_MAX_FIRINGS);
    }

    public static CompiledPack compile(RulePack pack, int maxFirings) {
        Problems p = new Problems();
        CompiledPack compiled = build(pack, p, maxFirings);
        p.throwIfAny(pack.name());
        return compiled;
    }

    /** Every problem of the pack, without throwing; empty when it compiles. */
    public static List<PackProblem> validate(RulePack pack) {
        Problems p = new Problems();
        build(pack, p, DEFAULT_MAX_FIRINGS);
        return p.list();
    }

    private static CompiledPack build(RulePack pack, Problems p, int maxFirings) {
        for (String required : RulePack.TOP_FILES) {
            if (!pack.has(required)) {
                p.add(required, 0, 0, "missing-file", "the pack has no " + required + "; every pack needs "
                        + String.join(", ", RulePack.TOP_FILES));
            }
        }
        PackInfo info = info(pack, parse(pack, "pack.yaml", p), p);
        ParamSet params = ParamSet.read(parse(pack, "params.yaml", p), p);
        Lexicon lexicon = LexiconReader.read(parse(pack, "lexicon.yaml", p), p);

        List<RuleDefinition> rules = new ArrayList<>();
        Map<String, String> drl = new LinkedHashMap<>();             // resource path → DRL text
        Map<String, String> generatedFrom = new HashMap<>();         // generated path → yaml file
        YamlRuleReader yamlRules = new YamlRuleReader(lexicon, params.names(), p);
        DrlRuleReader drlRules = new DrlRuleReader(p);
        int generated = 0;
        for (String file : pack.ruleFiles()) {
            if (file.endsWith(".drl")) {
                if (!pack.drlEnabled()) {
                    p.add(file, 0, 0, "drl-disabled", "this pack is loaded with DRL disabled, so " + file
                            + " cannot be used; write the rule in YAML or load the pack with DRL enabled");
                    continue;
                }
                String text = pack.text(file);
                rules.addAll(drlRules.read(file, text));
                checkParamUses(file, text, params.names(), p);
                drl.put(file, text);
            } else {
                List<RuleDefinition> fromYaml = yamlRules.read(parse(pack, file, p));
                rules.addAll(fromYaml);
                if (!fromYaml.isEmpty()) {
                    String path = "generated/" + (generated++) + ".drl";
                    drl.put(path, DrlGenerator.generate("djcheck.generated.r" + generated, fromYaml));
                    generatedFrom.put(path, file);
                }
            }
        }
        checkDuplicates(rules, p);
        if (rules.isEmpty() && p.isEmpty()) {
            p.add("rules/", 0, 0, "no-rules", "the pack defines no rules; add rules/*.yaml or rules/*.drl");
        }
        if (!p.isEmpty()) {
            return null;
        }
        KieBase kieBase = kieBase(drl, generatedFrom, p);
        if (kieBase == null) {
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

    private static void checkParamUses(String file, String drl, Set<String> params, Problems p) {
        Matcher m = PARAM_USE.matcher(drl);
        while (m.find()) {
            if (!params.contains(m.group(1))) {
                int line = 1 + (int) drl.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                int col = m.start() - drl.lastIndexOf('\n', m.start() - 1);
                String hint = Suggest.closest(m.group(1), params);
                p.add(file, line, col, "unknown-param", "'" + m.group(1) + "' is not a parameter of params.yaml"
                        + (hint != null ? " (did you mean " + hint + "?)" : ""));
            }
        }
    }

    private static KieBase kieBase(Map<String, String> drl, Map<String, String> generatedFrom, Problems p) {
        ClassLoader loader = PackCompiler.class.getClassLoader();
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, loader));
        for (Map.Entry<String, String> e : drl.entrySet()) {
            kb.add(ResourceFactory.newByteArrayResource(e.getValue().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(e.getKey()), ResourceType.DRL);
        }
        if (kb.hasErrors()) {
            for (KnowledgeBuilderError err : kb.getErrors()) {
                String path = err.getResource() == null ? "rules/" : err.getResource().getSourcePath();
                String message = err.getMessage().replaceAll("\\s+", " ").strip();
                int line = err.getLines().length > 0 ? err.getLines()[0] : 0;
                int col = 0;
                Matcher m = DRL_POSITION.matcher(err.getMessage());
                if (m.find()) {
                    line = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
                    col = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4)) + (m.group(2) != null ? 0 : 1);
                }
                if (generatedFrom.containsKey(path)) {
                    p.add(generatedFrom.get(path), 0, 0, "internal", "djcheck generated DRL that does not compile "
                            + "(please report this): " + message);
                } else {
                    p.add(path, Math.max(line, 0), col, "drl-compile", message);
                }
            }
            return null;
        }
        KieBaseConfiguration conf = KieServices.Factory.get().newKieBaseConfiguration(null, loader);
        conf.setOption(ConsequenceExceptionHandlerOption.get(RuleEngine.ErrorHandler.class));
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(conf);
        base.addPackages(kb.getKnowledgePackages());
        return base;
    }
}
