package io.djcheck.server;

import io.djcheck.Checker;
import io.djcheck.pack.RulePack;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The profiles of the pack in service, for {@code GET /v1/rules}: each name with its description and
 * the parameter values it puts in force. Names are read from the pack's params.yaml (as plain data);
 * the values are the serving checker's own ({@link Checker#withParams}), so a profile is listed only
 * when the compiled pack knows it. Recomputed when the pack's hash changes.
 */
final class PackProfiles {

    /** One profile as /v1/rules shows it. */
    record Profile(String description, Map<String, Double> params) {
    }

    private final Checker checker;
    private final RulePack files;
    private volatile String sha;
    private volatile Map<String, Profile> cached = Map.of();

    PackProfiles(Checker checker, RulePack files) {
        this.checker = checker;
        this.files = files;
    }

    Map<String, Profile> profiles() {
        String serving = checker.pack().sha256();
        if (files == null) {
            return Map.of();
        }
        if (!serving.equals(sha)) {
            synchronized (this) {
                if (!serving.equals(sha)) {
                    cached = read();
                    sha = serving;
                }
            }
        }
        return cached;
    }

    private Map<String, Profile> read() {
        Map<String, Profile> out = new LinkedHashMap<>();
        RulePack fresh;
        try {
            fresh = files.reread();
        } catch (RuntimeException e) {
            return out;
        }
        if (!fresh.has("params.yaml")) {
            return out;
        }
        Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(fresh.text("params.yaml"));
        if (!(doc instanceof Map<?, ?> top) || !(top.get("profiles") instanceof Map<?, ?> profiles)) {
            return out;
        }
        for (Map.Entry<?, ?> e : profiles.entrySet()) {
            String name = String.valueOf(e.getKey());
            try {
                Map<String, Double> params = checker.withParams(name, Map.of()).params();
                Object description = e.getValue() instanceof Map<?, ?> m ? m.get("description") : null;
                out.put(name, new Profile(description == null ? null : description.toString(), params));
            } catch (IllegalArgumentException unknown) {
                // in the files but not in the compiled pack (edited, not reloaded): not offered
            }
        }
        return out;
    }
}
