package io.djcheck.bench;

import io.djcheck.pack.RulePack;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pack with only some of its rules: YAML rule files keep the listed rules, DRL files are dropped.
 * Lets djcheck be measured on exactly the rules a peer implements.
 *
 * <pre>{@code
 * RulePack same = SubsetPack.of(Repo.defaultPack(), Set.of("ZZ-01", "ZR-01"));
 * }</pre>
 */
public final class SubsetPack {

    private SubsetPack() {
    }

    @SuppressWarnings("unchecked")
    public static RulePack of(RulePack pack, Set<String> ruleIds) {
        Yaml reader = new Yaml(new SafeConstructor(new LoaderOptions()));
        DumperOptions options = new DumperOptions();
        options.setAllowUnicode(true);
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        Yaml writer = new Yaml(options);
        Map<String, String> files = new LinkedHashMap<>();
        for (String path : pack.paths()) {
            String text = pack.text(path);
            if (path.startsWith("rules/") && path.endsWith(".drl")) {
                continue;
            }
            if (path.startsWith("rules/")) {
                Map<String, Object> doc = reader.load(text);
                List<Map<String, Object>> rules = (List<Map<String, Object>>) doc.get("rules");
                rules.removeIf(r -> !ruleIds.contains(String.valueOf(r.get("id"))));
                if (rules.isEmpty()) {
                    continue;
                }
                text = writer.dump(doc);
            }
            files.put(path, text);
        }
        return RulePack.of(pack.name() + " (" + ruleIds.size() + " rules)", files);
    }
}
