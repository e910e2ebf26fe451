package io.djcheck.pack;

import io.djcheck.engine.CompiledRules;
import io.djcheck.engine.DrlRuleReader;
import io.djcheck.engine.EarlyCompile;
import io.djcheck.engine.RuleCompiler;
import io.djcheck.engine.RuleDefinition;
import io.djcheck.engine.Suggest;
import io.djcheck.extract.Lexicon;
import io.djcheck.model.Internal;
import io.djcheck.score.ScoringModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place that reads and checks a whole pack folder: pack.yaml, params.yaml (with profiles),
 * lexicon.yaml, scoring.yaml, rules/*.yaml and rules/*.drl (names and compilation) and tests/*.yaml.
 * The checker's builder, reload, {@code rules lint} and the rule test runner all go through it, so
 * a pack they accept is the same pack. Every problem of every file is collected before failing,
 * each with file, line and column.
 *
 * <pre>{@code
 * LoadedPack pack = PackLoader.load(RulePack.fromDirectory(dir), 10_000);    // throws RulePackException
 * List<PackProblem> problems = PackLoader.validate(RulePack.fromDirectory(dir));
 * }</pre>
 */
@Internal
public final class PackLoader {

    /** A DRL rule's start: a file without one defines no rule. */
    private static final Pattern DRL_RULE = Pattern.compile("(?m)^\\s*rule\\b");

    private PackLoader() {
    }

    /** Loads and compiles the pack, or throws a {@link RulePackException} listing every problem (test files aside). */
    public static LoadedPack load(RulePack pack, int maxFirings) {
        Problems p = new Problems();
        LoadedPack loaded = attempt(pack, maxFirings, p);
        p.throwIfAny(pack.name());
        return loaded;
    }

    /**
     * Every problem of the pack — its files, scoring, DRL and, when those load, its test files — in
     * file order; empty when the pack is good. Never throws for a bad pack.
     */
    public static List<PackProblem> validate(RulePack pack) {
        Problems p = new Problems();
        validate(pack, p);
        return PackProblem.sorted(p.list());
    }

    /** As {@link #validate(RulePack)}, into {@code p}; the loaded pack, or null when it does not load. */
    static LoadedPack validate(RulePack pack, Problems p) {
        LoadedPack loaded = attempt(pack, RuleCompiler.DEFAULT_MAX_FIRINGS, p);
        if (loaded != null) {
            RuleTestSuite.read(loaded, p);       // test files are read against a pack that loads
        }
        return loaded;
    }

    /** The pack's rule test cases, read against the loaded pack; every problem goes to a {@link RulePackException}. */
    public static List<RuleTestCase> testCases(LoadedPack pack) {
        Problems p = new Problems();
        List<RuleTestCase> cases = RuleTestSuite.read(pack, p);
        p.throwIfAny(pack.files().name());
        return cases;
    }

    /**
     * Rules a reload would drop from a file that looks cut off mid-save: the file is still there but
     * no longer ends with a line break, as every editor's whole save does. A rule removed on purpose
     * (its file deleted, or the rest of the file saved whole) gives no problem. Empty when none.
     */
    public static List<PackProblem> truncated(LoadedPack before, LoadedPack after) {
        Set<String> kept = new HashSet<>();
        after.rules().forEach(r -> kept.add(r.id()));
        Map<String, List<String>> droppedByFile = new LinkedHashMap<>();
        for (RuleDefinition r : before.rules()) {
            if (!kept.contains(r.id())) {
                droppedByFile.computeIfAbsent(r.file(), f -> new ArrayList<>()).add(r.id());
            }
        }
        Problems p = new Problems();
        droppedByFile.forEach((file, ids) -> {
            String text = after.files().text(file);
            if (text != null && !text.isEmpty() && !text.endsWith("\n")) {
                int lines = (int) text.lines().count();
                p.add(file, lines, 1, "truncated-file", file + " lost rule" + (ids.size() == 1 ? " " : "s ")
                        + String.join(", ", ids) + " and does not end with a line break, as a file cut off mid-save "
                        + "does; the last good pack keeps serving — save the file again whole (a removal on purpose "
                        + "ends with a line break)");
            }
        });
        return p.list();
    }

    /** Loads what can be loaded and collects every problem of every file; null when there is any. */
    private static LoadedPack attempt(RulePack pack, int maxFirings, Problems p) {
        EarlyCompile early = EarlyCompile.start(handWrittenDrl(pack));    // beside the reading below
        for (String required : RulePack.TOP_FILES) {
            if (!pack.has(required)) {
                p.add(required, 0, 0, "missing-file", "the pack has no " + required + "; every pack needs "
                        + String.join(", ", RulePack.TOP_FILES));
            }
        }
        PackInfo info = info(pack, parse(pack, "pack.yaml", p), p);
        YamlNode paramsRoot = parse(pack, "params.yaml", p);
        ParamSet params = ParamSet.read(paramsRoot, p);
        YamlNode lexiconRoot = parse(pack, "lexicon.yaml", p);
        Lexicon lexicon = LexiconReader.read(lexiconRoot, p);
        // a file that does not parse is one problem: the names it would have given are not checked
        boolean paramsRead = p.read("params.yaml");
        boolean lexiconRead = p.read("lexicon.yaml");

        Map<String, String> handWritten = new LinkedHashMap<>();     // resource path → DRL text
        YamlRuleReader yamlRules = new YamlRuleReader(lexicon, lexiconRead, params.names(), paramsRead, p);
        DrlRuleReader drlRules = new DrlRuleReader(p);
        List<RuleDefinition> rules = new ArrayList<>();
        List<RuleDefinition> skipped = new ArrayList<>();     // DRL rules read for their metadata, never compiled
        for (String file : pack.ruleFiles()) {
            if (file.endsWith(".drl")) {
                if (pack.drlSkippedBecause().isPresent()) {
                    skipped.addAll(drlRules.read(file, pack.text(file)));
                    continue;
                }
                if (!pack.drlEnabled()) {
                    p.add(file, 0, 0, "drl-disabled", "this pack is loaded with DRL disabled, so " + file
                            + " cannot be used; write the rule in YAML or load the pack with DRL enabled");
                    p.unread(file);                  // its rules exist: a profile switching one is not at fault
                    continue;
                }
                String text = pack.text(file);
                List<RuleDefinition> fromDrl = drlRules.read(file, text);
                if (!DRL_RULE.matcher(text).find()) {
                    p.add(file, 1, 1, "empty-rule-file", file + " 没有定义任何规则（保存被中断？）：请写出其中的规则，要删除这些规则请删除该文件；"
                            + file + " defines no rule (a save cut short?); write its "
                            + "rules, or delete the file to remove them");
                }
                rules.addAll(fromDrl);
                if (paramsRead && lexiconRead) {
                    DrlNames.check(file, text, params.names(), lexicon, p);
                }
                if (!DrlNames.namesMovedClasses(text)) {
                    handWritten.put(file, text);
                }
            } else {
                rules.addAll(yamlRules.read(parse(pack, file, p)));
            }
        }
        List<RuleDefinition> all = new ArrayList<>(rules);
        all.addAll(skipped);
        checkDuplicates(all, p);
        // rules read only in part (a bad severity, say) still exist: a profile may switch them, and
        // scoring, checked even when the rules are broken so that lint lists every problem at once,
        // still checks their categories
        List<RuleDefinition> declared = new ArrayList<>(all);
        declared.addAll(yamlRules.incomplete());
        declared.addAll(drlRules.incomplete());
        checkSwitches(params, paramsRoot, declared, p);
        if (all.isEmpty() && p.isEmpty()) {
            p.add("rules/", 0, 0, "no-rules", "the pack defines no rules; add rules/*.yaml or rules/*.drl");
        }
        Problems scoringProblems = new Problems();
        ScoringModel scoring = ScoringReader.read(pack, declared, scoringProblems);
        for (PackProblem problem : scoringProblems.list()) {
            // without a readable category list, "unknown category" on every rule would only bury the cause
            if (!scoring.categories().isEmpty() || !problem.code().equals("unknown-category")) {
                p.addAll(List.of(problem));
            }
        }
        if (!p.isEmpty()) {
            // DRL written by hand is compiled even when other files have problems, so that its errors
            // are listed with theirs; DRL is generated from YAML only for a pack that can load, so that
            // every name it writes into the DRL has passed its check
            RuleCompiler.check(handWritten, p);
            return null;
        }
        CompiledRules compiled = RuleCompiler.compile(rules, handWritten, lexicon::label, maxFirings, p, early);
        return compiled == null ? null : new LoadedPack(pack, info, lexicon, params, scoring, compiled, skipped);
    }

    /** The DRL files the loop in {@link #attempt} hands to the compiler, as it does: path → text. */
    private static Map<String, String> handWrittenDrl(RulePack pack) {
        Map<String, String> drl = new LinkedHashMap<>();
        if (pack.drlEnabled() && pack.drlSkippedBecause().isEmpty()) {
            for (String file : pack.ruleFiles()) {
                String text = file.endsWith(".drl") ? pack.text(file) : null;
                if (text != null && !DrlNames.namesMovedClasses(text)) {
                    drl.put(file, text);
                }
            }
        }
        return drl;
    }

    private static YamlNode parse(RulePack pack, String file, Problems p) {
        String text = pack.text(file);
        YamlNode root = text == null ? null : YamlNode.parse(file, text, p);
        if (text != null && root == null) {
            p.unread(file);
        }
        return root;
    }

    private static PackInfo info(RulePack pack, YamlNode root, Problems p) {
        String id = null;
        String version = null;
        String description = null;
        if (root != null && root.requireMap(p, "pack.yaml") != null) {
            root.allowOnly(p, Set.of("id", "version", "description", "language", "basedOn", "authors", "changelog"),
                    "pack.yaml");
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

    /** A profile may switch only rules the pack has: a misspelt id would silently switch nothing. */
    private static void checkSwitches(ParamSet params, YamlNode paramsRoot, List<RuleDefinition> rules, Problems p) {
        Set<String> ids = new HashSet<>();
        rules.forEach(r -> ids.add(r.id()));
        for (ParamSet.Profile profile : params.profiles().values()) {
            for (String id : profile.rules().keySet()) {
                if (!ids.contains(id)) {
                    YamlNode at = paramsRoot.get("profiles").get(profile.name()).get("rules");
                    String hint = Suggest.closest(id, ids);
                    p.add(at.keyNode(id), "unknown-rule", "profile '" + profile.name() + "' switches rule '" + id
                            + "', which the pack does not have" + (hint != null ? " (did you mean " + hint + "?)" : ""));
                }
            }
        }
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
}
