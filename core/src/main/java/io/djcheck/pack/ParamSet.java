package io.djcheck.pack;

import io.djcheck.model.Internal;
import io.djcheck.engine.Suggest;
import io.djcheck.engine.Param;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of a pack: defaults, and named profiles (a province and year) that override some
 * of them. {@link #resolve} gives the values one checker uses.
 *
 * <pre>{@code
 * Map<String, Double> values = params.resolve("gansu-2024", Map.of("new_members_min", 2.0));
 * }</pre>
 */
@Internal
public final class ParamSet {

    /** A named set of overrides. */
    public record Profile(String name, String description, Map<String, Double> values) {
        public Profile {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    private final Map<String, Double> defaults;
    private final Map<String, Profile> profiles;
    private final List<String> incomeLevels;

    public ParamSet(Map<String, Double> defaults, Map<String, Profile> profiles, List<String> incomeLevels) {
        this.defaults = Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
        this.profiles = Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
        this.incomeLevels = List.copyOf(incomeLevels);
    }

    /**
     * The parameters that are village income levels in 元 ({@code incomeLevels:} in params.yaml): a
     * submission's village-by-village income list is counted at each, so the income rules compare
     * exact counts.
     */
    public List<String> incomeLevels() {
        return incomeLevels;
    }

    public Map<String, Double> defaults() {
        return defaults;
    }

    public Map<String, Profile> profiles() {
        return profiles;
    }

    public Set<String> names() {
        return defaults.keySet();
    }

    /**
     * Defaults, overridden by {@code profile} (null for none), overridden by {@code overrides}.
     *
     * @throws IllegalArgumentException naming the unknown profile or parameter and what exists
     */
    public Map<String, Double> resolve(String profile, Map<String, Double> overrides) {
        Map<String, Double> values = new LinkedHashMap<>(defaults);
        if (profile != null) {
            Profile p = profiles.get(profile);
            if (p == null) {
                throw new IllegalArgumentException("unknown profile '" + profile + "'"
                        + (profiles.isEmpty() ? "; this pack defines no profiles"
                        : "; the pack defines: " + String.join(", ", profiles.keySet())));
            }
            values.putAll(p.values());
        }
        for (Map.Entry<String, Double> e : overrides.entrySet()) {
            if (!defaults.containsKey(e.getKey())) {
                String hint = Suggest.closest(e.getKey(), defaults.keySet());
                throw new IllegalArgumentException("unknown parameter '" + e.getKey() + "'"
                        + (hint != null ? " (did you mean " + hint + "?)" : "; parameters: " + String.join(", ", defaults.keySet())));
            }
            values.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableMap(values);
    }

    /** The facts rules match parameters with. */
    public static List<Param> facts(Map<String, Double> values) {
        List<Param> out = new ArrayList<>(values.size());
        values.forEach((k, v) -> out.add(new Param(k, v)));
        return List.copyOf(out);
    }

    /** Reads {@code params.yaml}: {@code defaults: {name: number}} and {@code profiles: {name: {name: number}}}. */
    static ParamSet read(YamlNode root, Problems p) {
        Map<String, Double> defaults = new LinkedHashMap<>();
        Map<String, Profile> profiles = new LinkedHashMap<>();
        if (root == null || root.requireMap(p, "params.yaml") == null) {
            return new ParamSet(defaults, profiles, List.of());
        }
        root.allowOnly(p, Set.of("defaults", "profiles", "incomeLevels"), "params.yaml");
        YamlNode d = root.get("defaults");
        if (d == null || d.requireMap(p, "defaults") == null) {
            if (d == null) {
                p.add(root, "missing-field", "params.yaml needs 'defaults': every parameter with its default value");
            }
        } else {
            d.entries().forEach((name, v) -> {
                if (!name.matches("[a-z][a-z0-9_]*")) {
                    p.add(d.keyNode(name), "bad-name", "parameter name '" + name + "' must be lower_snake_case");
                }
                Double value = v.asNumber(p, "parameter '" + name + "'");
                if (value != null) {
                    defaults.put(name, value);
                }
            });
        }
        YamlNode pr = root.get("profiles");
        if (pr != null && !pr.isNull() && pr.requireMap(p, "profiles") != null) {
            pr.entries().forEach((name, body) -> {
                if (body.requireMap(p, "profile '" + name + "'") == null) {
                    return;
                }
                Map<String, Double> values = new LinkedHashMap<>();
                String description = null;
                for (Map.Entry<String, YamlNode> e : body.entries().entrySet()) {
                    if (e.getKey().equals("description")) {
                        description = e.getValue().text();
                        continue;
                    }
                    if (!defaults.containsKey(e.getKey()) && d != null) {
                        String hint = Suggest.closest(e.getKey(), defaults.keySet());
                        p.add(body.keyNode(e.getKey()), "unknown-param", "profile '" + name + "' sets '" + e.getKey()
                                + "', which has no default in 'defaults'" + (hint != null ? " (did you mean " + hint + "?)" : ""));
                        continue;
                    }
                    Double value = e.getValue().asNumber(p, "parameter '" + e.getKey() + "'");
                    if (value != null) {
                        values.put(e.getKey(), value);
                    }
                }
                profiles.put(name, new Profile(name, description, values));
            });
        }
        return new ParamSet(defaults, profiles, incomeLevels(root, defaults, p));
    }

    private static List<String> incomeLevels(YamlNode root, Map<String, Double> defaults, Problems p) {
        YamlNode levels = root.get("incomeLevels");
        List<String> out = new ArrayList<>();
        if (levels == null || levels.isNull()) {
            return out;
        }
        for (String name : levels.strings(p, "incomeLevels")) {
            if (defaults.containsKey(name)) {
                out.add(name);
            } else {
                String hint = Suggest.closest(name, defaults.keySet());
                p.add(levels, "unknown-param", "incomeLevels names '" + name + "', which has no default in 'defaults'"
                        + (hint != null ? " (did you mean " + hint + "?)" : ""));
            }
        }
        return out;
    }
}
