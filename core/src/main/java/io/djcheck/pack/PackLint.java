package io.djcheck.pack;

import io.djcheck.engine.Leaf;
import io.djcheck.engine.RuleDefinition;
import io.djcheck.model.Internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code rules lint} says of a pack beyond its errors: warnings about a pack that loads and
 * checks but is probably not what its editor meant — a parameter no rule reads, two rules that check
 * the same thing (one shortfall deducted twice), a copy of the bundled default pack that still
 * carries its id and version (results would name the default pack while checking other rules).
 *
 * <pre>{@code
 * PackLint.Result lint = PackLint.lint(RulePack.fromDirectory(dir), RulePack.fromClasspath(Checker.DEFAULT_PACK));
 * lint.errors().forEach(System.out::println);    // the pack does not load when there is any
 * lint.warnings().forEach(System.out::println);  // it loads; worth a look
 * }</pre>
 */
@Internal
public final class PackLint {

    /** The problems of a pack: errors stop it from loading; warnings do not. */
    public record Result(List<PackProblem> errors, List<PackProblem> warnings) {
        public Result {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }
    }

    private PackLint() {
    }

    /**
     * Every error of the pack ({@link PackLoader#validate}) and, when it has none, its warnings;
     * {@code bundledDefault} is the pack that copies are made from (null: no copy is looked for).
     */
    public static Result lint(RulePack pack, RulePack bundledDefault) {
        Problems errors = new Problems();
        LoadedPack loaded = PackLoader.validate(pack, errors);
        if (loaded == null || !errors.isEmpty()) {
            return new Result(PackProblem.sorted(errors.list()), List.of());
        }
        Problems warnings = new Problems();
        unusedParams(loaded, warnings);
        sameChecks(loaded, warnings);
        if (bundledDefault != null) {
            unchangedCopy(loaded, bundledDefault, warnings);
        }
        return new Result(List.of(), PackProblem.sorted(warnings.list()));
    }

    /**
     * Parameters djcheck reads itself, beside the rules: the batch's duplicate search
     * ({@code io.djcheck.similar.DuplicateFinder#SIMILARITY_PARAM}, a layer this package cannot name).
     */
    static final Set<String> READ_OUTSIDE_RULES = Set.of("duplicates_similarity_min");

    /** A parameter that no rule reads and that is no income level changes nothing: a typo, or a rule removed. */
    private static void unusedParams(LoadedPack pack, Problems warnings) {
        Set<String> read = new LinkedHashSet<>(pack.params().incomeLevels());
        read.addAll(READ_OUTSIDE_RULES);
        for (RuleDefinition r : pack.rules()) {
            for (Leaf leaf : r.check().leaves()) {
                read.addAll(leaf.params());
            }
        }
        YamlNode defaults = paramsDefaults(pack);
        for (String name : pack.params().defaults().keySet()) {
            if (!read.contains(name)) {
                YamlNode at = defaults == null ? null : defaults.keyNode(name);
                warnings.add("params.yaml", at == null ? 0 : at.line(), at == null ? 0 : at.column(), "unused-param",
                        "参数 " + name + " 没有规则使用，改它不会改变任何结果：检查是否拼错了规则里的参数名，不再需要就删掉它；"
                                + "parameter " + name + " is read by no rule, so changing it changes no result: check "
                                + "the rules' spelling of it, or delete it", Map.of("param", name));
            }
        }
    }

    private static YamlNode paramsDefaults(LoadedPack pack) {
        String text = pack.files().text("params.yaml");
        YamlNode root = text == null ? null : YamlNode.parse("params.yaml", text, new Problems());
        return root == null ? null : root.get("defaults");
    }

    /**
     * Two YAML rules with the same check tree (same concepts, contexts, comparisons, parameters)
     * judge every report alike, so one shortfall is deducted twice. DRL rules are code, not compared.
     */
    private static void sameChecks(LoadedPack pack, Problems warnings) {
        Map<Object, RuleDefinition> first = new LinkedHashMap<>();
        for (RuleDefinition r : pack.rules()) {
            if (r.isDrl()) {
                continue;
            }
            RuleDefinition earlier = first.putIfAbsent(r.check(), r);
            if (earlier != null) {
                warnings.add(r.file(), r.line(), r.column(), "same-check",
                        "规则 " + r.id() + " 与 " + earlier.id() + "（" + earlier.where() + "）检查的内容完全相同，同一个问题会被扣两次分："
                                + "删掉其中一条，或在参数方案里关掉一条（rules: {" + r.id() + ": {enabled: false}}）；rule "
                                + r.id() + " checks exactly what " + earlier.id() + " does, so one shortfall is deducted "
                                + "twice: delete one, or switch one off in a profile",
                        Map.of("rule", r.id(), "other", earlier.id(), "where", earlier.where()));
            }
        }
    }

    /** An edited copy of the default pack that still says it is the default: results would name the wrong pack. */
    private static void unchangedCopy(LoadedPack pack, RulePack bundled, Problems warnings) {
        if (bundled.sha256().equals(pack.info().sha256())) {
            return;                                   // the default pack itself, or a copy of it as it is
        }
        Problems ignored = new Problems();
        YamlNode root = YamlNode.parse("pack.yaml", bundled.text("pack.yaml"), ignored);
        if (root == null || root.get("id") == null || root.get("version") == null) {
            return;
        }
        String id = root.get("id").text();
        String version = root.get("version").text();
        if (pack.info().id().equals(id) && pack.info().version().equals(version)) {
            YamlNode own = YamlNode.parse("pack.yaml", pack.files().text("pack.yaml"), ignored);
            YamlNode at = own == null ? null : own.get("id");
            warnings.add("pack.yaml", at == null ? 1 : at.line(), at == null ? 1 : at.column(), "unchanged-copy",
                    "这个规则包改过内容，但 id 和 version 仍是内置默认规则包的（" + id + " " + version + "），结果会误标为默认规则包："
                            + "请改成本单位自己的 id 和 version（djcheck rules init 会写好新的 id）；edited, but keeps the default "
                            + "pack's id and version, so results would name the default pack: give it its own",
                    Map.of("id", id, "version", version));
        }
    }
}
