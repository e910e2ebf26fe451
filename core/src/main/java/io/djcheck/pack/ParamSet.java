package io.djcheck.pack;

import io.djcheck.model.Internal;
import io.djcheck.model.Severity;
import io.djcheck.engine.Suggest;
import io.djcheck.engine.MessageTemplate;
import io.djcheck.engine.Param;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
    public record Profile(String name, String description, Map<String, Double> values,
                          Map<String, RuleSwitch> rules) {
        public Profile {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
            rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        }

        public Profile(String name, String description, Map<String, Double> values) {
            this(name, description, values, Map.of());
        }
    }

    /**
     * What a profile changes of one rule ({@code rules: {ZZ-02: {enabled: false}}} in the profile):
     * switches it off, or gives it another severity or deduction. Null fields keep the pack's value.
     * A county's own rule can so replace a default one without deducting twice for one shortfall.
     */
    public record RuleSwitch(boolean enabled, Severity severity, Double deduction) {
        @Override
        public String toString() {
            List<String> parts = new ArrayList<>();
            if (!enabled) {
                parts.add("off");
            }
            if (severity != null) {
                parts.add("severity " + severity);
            }
            if (deduction != null) {
                parts.add("deduction " + MessageTemplate.format(deduction));
            }
            return String.join(", ", parts);
        }
    }

    /** The rule switches of {@code profile} (none for null or a profile without them). */
    public Map<String, RuleSwitch> ruleSwitches(String profile) {
        Profile p = profile == null ? null : profiles.get(profile);
        return p == null ? Map.of() : p.rules();
    }

    /**
     * What values a parameter takes, as the {@code ranges} of params.yaml declare them ({@code - {param:
     * name, min: 0, max: 365, type: integer}}); a parameter without a range takes any number.
     */
    public record Bounds(Double min, Double max, boolean integer) {
        static final Bounds ANY = new Bounds(null, null, false);

        /** Why {@code value} is not allowed, or null when it is. */
        public String refusal(double value) {
            if (integer && value != Math.rint(value)) {
                return "must be a whole number";
            }
            if (min != null && value < min) {
                return "must be at least " + MessageTemplate.format(min);
            }
            if (max != null && value > max) {
                return "must be at most " + MessageTemplate.format(max);
            }
            return null;
        }

        /** "a whole number from 0 to 100", for messages; null when any number goes. */
        public String describe() {
            if (min == null && max == null && !integer) {
                return null;
            }
            String what = integer ? "a whole number" : "a number";
            if (min != null && max != null) {
                return what + " from " + MessageTemplate.format(min) + " to " + MessageTemplate.format(max);
            }
            return what + (min != null ? " of at least " + MessageTemplate.format(min)
                    : max != null ? " of at most " + MessageTemplate.format(max) : "");
        }
    }

    private final Map<String, Double> defaults;
    private final Map<String, Profile> profiles;
    private final Map<String, Bounds> bounds;
    private final List<String> incomeLevels;
    /** Every name params.yaml declares, also one whose value is not a number (that is its own problem). */
    private final Set<String> declared = new LinkedHashSet<>();

    public ParamSet(Map<String, Double> defaults, Map<String, Profile> profiles) {
        this(defaults, profiles, Map.of(), List.of());
    }

    public ParamSet(Map<String, Double> defaults, Map<String, Profile> profiles, Map<String, Bounds> bounds,
                    List<String> incomeLevels) {
        this.defaults = Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
        this.profiles = Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
        this.bounds = Collections.unmodifiableMap(new LinkedHashMap<>(bounds));
        this.incomeLevels = List.copyOf(incomeLevels);
    }

    /** The values {@code name} takes (any number when params.yaml declares none). */
    public Bounds bounds(String name) {
        return bounds.getOrDefault(name, Bounds.ANY);
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
        if (declared.isEmpty()) {
            return defaults.keySet();
        }
        return Collections.unmodifiableSet(declared);
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
            String refusal = bounds(e.getKey()).refusal(e.getValue());
            if (refusal != null) {
                throw new IllegalArgumentException("parameter '" + e.getKey() + "' " + refusal + " (params.yaml: "
                        + bounds(e.getKey()).describe() + "), got " + MessageTemplate.format(e.getValue()));
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

    /**
     * Reads {@code params.yaml}: {@code defaults: {name: number}}, optional {@code ranges: [{param: name,
     * min: number, max: number, type: integer|number}]} — what values a parameter takes, checked here
     * for the defaults and the profiles and by {@link #resolve} for overrides — and {@code profiles:
     * {name: {name: number}}}.
     */
    static ParamSet read(YamlNode root, Problems p) {
        Map<String, Double> defaults = new LinkedHashMap<>();
        Map<String, Profile> profiles = new LinkedHashMap<>();
        Map<String, Bounds> bounds = new LinkedHashMap<>();
        Set<String> declared = new LinkedHashSet<>();
        if (root == null || root.requireMap(p, "params.yaml") == null) {
            p.unread("params.yaml");
            return new ParamSet(defaults, profiles, Map.of(), List.of());
        }
        root.allowOnly(p, Set.of("defaults", "ranges", "profiles", "incomeLevels"), "params.yaml");
        YamlNode d = root.get("defaults");
        if (d == null || d.requireMap(p, "defaults") == null) {
            if (d == null) {
                p.add(root, "missing-field", "params.yaml needs 'defaults': every parameter with its default value");
            }
            p.unread("params.yaml");                 // no parameter is known, so none is unknown
        } else {
            d.entries().forEach((name, v) -> {
                declared.add(name);            // known even when its value is bad: rules naming it are not at fault
                if (!name.matches("[a-z][a-z0-9_]*")) {
                    p.add(d.keyNode(name), "bad-name", "parameter name '" + name + "' must be lower_snake_case");
                }
                Double value = v.asNumber(p, "parameter '" + name + "'");
                if (value != null) {
                    defaults.put(name, value);
                }
            });
            readRanges(root.get("ranges"), declared, bounds, p);
            defaults.forEach((name, value) -> checkBounds(name, value, bounds.getOrDefault(name, Bounds.ANY),
                    d.get(name), "the default", p));
        }
        YamlNode pr = root.get("profiles");
        if (pr != null && !pr.isNull() && pr.requireMap(p, "profiles") != null) {
            pr.entries().forEach((name, body) -> {
                if (body.requireMap(p, "profile '" + name + "'") == null) {
                    return;
                }
                Map<String, Double> values = new LinkedHashMap<>();
                Map<String, RuleSwitch> switches = new LinkedHashMap<>();
                String description = null;
                for (Map.Entry<String, YamlNode> e : body.entries().entrySet()) {
                    if (e.getKey().equals("description")) {
                        description = e.getValue().text();
                        continue;
                    }
                    if (e.getKey().equals("rules")) {
                        readSwitches(name, e.getValue(), switches, p);
                        continue;
                    }
                    if (!declared.contains(e.getKey()) && d != null) {
                        String hint = Suggest.closest(e.getKey(), declared);
                        p.add(body.keyNode(e.getKey()), "unknown-param", "profile '" + name + "' sets '" + e.getKey()
                                + "', which has no default in 'defaults'" + (hint != null ? " (did you mean " + hint + "?)" : ""));
                        continue;
                    }
                    Double value = e.getValue().asNumber(p, "parameter '" + e.getKey() + "'");
                    if (value != null) {
                        checkBounds(e.getKey(), value, bounds.getOrDefault(e.getKey(), Bounds.ANY), e.getValue(),
                                "profile '" + name + "'", p);
                        values.put(e.getKey(), value);
                    }
                }
                profiles.put(name, new Profile(name, description, values, switches));
            });
        }
        ParamSet read = new ParamSet(defaults, profiles, bounds, incomeLevels(root, declared, p));
        read.declared.addAll(declared);
        return read;
    }

    /** {@code rules: {ID: {enabled: false, severity: MAJOR, deduction: 3}}} of one profile; ids are checked by the loader. */
    private static void readSwitches(String profile, YamlNode rules, Map<String, RuleSwitch> out, Problems p) {
        if (rules.requireMap(p, "rules of profile '" + profile + "'") == null) {
            return;
        }
        rules.entries().forEach((id, sw) -> {
            if (sw.requireMap(p, "the switch of rule " + id) == null) {
                return;
            }
            sw.allowOnly(p, Set.of("enabled", "severity", "deduction"), "the switch of rule " + id);
            boolean enabled = sw.get("enabled") == null || sw.flag(p, "enabled");
            String sev = sw.string(p, "severity", false);
            Severity severity = sev == null ? null : LexiconReader.enumOf(Severity.class, sev, sw.get("severity"), p,
                    "severity");
            Double deduction = sw.number(p, "deduction", false);
            if (deduction != null && deduction < 0) {
                p.add(sw.get("deduction"), "schema", "deduction must not be negative, got " + MessageTemplate.format(deduction));
                deduction = null;
            }
            out.put(id, new RuleSwitch(enabled, severity, deduction));
        });
    }

    private static List<String> incomeLevels(YamlNode root, Set<String> declared, Problems p) {
        YamlNode levels = root.get("incomeLevels");
        List<String> out = new ArrayList<>();
        if (levels == null || levels.isNull()) {
            return out;
        }
        for (String name : levels.strings(p, "incomeLevels")) {
            if (declared.contains(name)) {
                out.add(name);
            } else {
                String hint = Suggest.closest(name, declared);
                p.add(levels, "unknown-param", "incomeLevels names '" + name + "', which has no default in 'defaults'"
                        + (hint != null ? " (did you mean " + hint + "?)" : ""));
            }
        }
        return out;
    }

    /**
     * {@code ranges: [{param: name, min: 0, max: 365, type: integer}, ...]}: what values each parameter
     * named takes. A list, not a map by name, so that a line {@code "  name: value"} is only ever a
     * value (scripts that set a threshold by its line keep working).
     */
    private static void readRanges(YamlNode ranges, Set<String> declared, Map<String, Bounds> bounds, Problems p) {
        if (ranges == null || ranges.isNull()) {
            return;
        }
        if (!ranges.isList()) {
            p.add(ranges, "schema", "ranges must be a list of {param, min, max, type}, got " + ranges.describe());
            return;
        }
        for (YamlNode spec : ranges.items()) {
            if (spec.requireMap(p, "a range") == null) {
                continue;
            }
            spec.allowOnly(p, Set.of("param", "min", "max", "type"), "a range");
            String name = spec.string(p, "param", true);
            if (name == null) {
                continue;
            }
            if (!declared.contains(name)) {
                String hint = Suggest.closest(name, declared);
                p.add(spec.get("param"), "unknown-param", "a range names '" + name + "', which has no default in "
                        + "'defaults'" + (hint != null ? " (did you mean " + hint + "?)" : ""));
                continue;
            }
            if (bounds.containsKey(name)) {
                p.add(spec.get("param"), "duplicate-range", "parameter '" + name + "' has a range already; keep one");
                continue;
            }
            bounds.put(name, bounds(name, spec, p));
        }
    }

    /** The min, max and type of a parameter's range. */
    private static Bounds bounds(String name, YamlNode spec, Problems p) {
        Double min = spec.number(p, "min", false);
        Double max = spec.number(p, "max", false);
        String type = spec.string(p, "type", false);
        if (type != null && !type.equals("integer") && !type.equals("number")) {
            p.add(spec.get("type"), "schema", "the type of parameter '" + name + "' must be integer or number, got '"
                    + type + "'");
        }
        if (min != null && max != null && min > max) {
            p.add(spec.get("min"), "bad-range", "parameter '" + name + "' has min " + MessageTemplate.format(min)
                    + " above max " + MessageTemplate.format(max) + "; swap them");
        }
        return new Bounds(min, max, "integer".equals(type));
    }

    private static void checkBounds(String name, double value, Bounds b, YamlNode at, String where, Problems p) {
        String refusal = b.refusal(value);
        if (refusal != null) {
            p.add(at, "out-of-range", where + " of parameter '" + name + "' is " + MessageTemplate.format(value) + " but "
                    + refusal + " (" + b.describe() + "); change the value or the parameter's min/max");
        }
    }
}
