package io.djcheck.pack;

import io.djcheck.engine.CheckNode;
import io.djcheck.engine.Leaf;
import io.djcheck.engine.MessageTemplate;
import io.djcheck.engine.RuleDefinition;
import io.djcheck.extract.Lexicon;
import io.djcheck.model.Internal;
import io.djcheck.score.ScoringModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two packs, as a rule editor reviews an edit: rules added, removed or changed
 * (title, category, severity, deduction, what they check, messages, basis, suggestion), parameters
 * and rule switches per profile, the lexicon's concepts and words, and scoring. {@code djcheck rules diff} prints it.
 *
 * <pre>{@code
 * for (PackDiff.Change c : PackDiff.of(PackLoader.load(old, 10_000), PackLoader.load(edited, 10_000))) {
 *     System.out.println(c);       // rule ZR-01: severity MINOR → MAJOR
 * }
 * }</pre>
 */
@Internal
public final class PackDiff {

    /** One change: {@code area} (rule, param, profile, lexicon, scoring, pack), what changed, before and after (null: absent). */
    public record Change(String area, String subject, String before, String after) {
        @Override
        public String toString() {
            if (before == null) {
                return area + " " + subject + ": added" + (after == null || after.isEmpty() ? "" : " (" + after + ")");
            }
            if (after == null) {
                return area + " " + subject + ": removed" + (before.isEmpty() ? "" : " (was " + before + ")");
            }
            return area + " " + subject + ": " + before + " → " + after;
        }
    }

    private PackDiff() {
    }

    public static List<Change> of(LoadedPack before, LoadedPack after) {
        List<Change> out = new ArrayList<>();
        field(out, "pack", "id", before.info().id(), after.info().id());
        field(out, "pack", "version", before.info().version(), after.info().version());
        rules(out, before.rules(), after.rules());
        params(out, before.params(), after.params());
        lexicon(out, before.lexicon(), after.lexicon());
        scoring(out, before.scoring(), after.scoring());
        return out;
    }

    private static void rules(List<Change> out, List<RuleDefinition> before, List<RuleDefinition> after) {
        Map<String, RuleDefinition> old = byId(before);
        Map<String, RuleDefinition> now = byId(after);
        for (RuleDefinition r : before) {
            if (!now.containsKey(r.id())) {
                out.add(new Change("rule", r.id(), r.title(), null));
            }
        }
        for (RuleDefinition r : after) {
            RuleDefinition o = old.get(r.id());
            if (o == null) {
                out.add(new Change("rule", r.id(), null, r.title() + ", " + r.severity() + ", " + checks(r)));
                continue;
            }
            String id = r.id();
            field(out, "rule", id + " title", o.title(), r.title());
            field(out, "rule", id + " category", o.category(), r.category());
            field(out, "rule", id + " severity", o.severity().name(), r.severity().name());
            field(out, "rule", id + " deduction", number(o.deduction()), number(r.deduction()));
            field(out, "rule", id + " check", checks(o), checks(r));
            field(out, "rule", id + " basis", o.basis(), r.basis());
            field(out, "rule", id + " suggestion", o.suggestion(), r.suggestion());
            field(out, "rule", id + " messages", new TreeMap<>(o.messages()).toString(),
                    new TreeMap<>(r.messages()).toString());
        }
    }

    /** What a rule checks, in the words of explain: {@code all([1] mention ..., [2] quantity ...)}. */
    private static String checks(RuleDefinition r) {
        return describe(r.check());
    }

    private static String describe(CheckNode n) {
        if (n instanceof Leaf l) {
            return l.describe();
        }
        if (n instanceof CheckNode.Not not) {
            return "not(" + describe(not.child()) + ")";
        }
        List<CheckNode> children = n instanceof CheckNode.All a ? a.children() : ((CheckNode.Any) n).children();
        return (n instanceof CheckNode.All ? "all(" : "any(")
                + children.stream().map(PackDiff::describe).collect(Collectors.joining(", ")) + ")";
    }

    private static void params(List<Change> out, ParamSet before, ParamSet after) {
        values(out, "param", "", before.defaults(), after.defaults());
        Set<String> profiles = new LinkedHashSet<>(before.profiles().keySet());
        profiles.addAll(after.profiles().keySet());
        for (String name : profiles) {
            ParamSet.Profile o = before.profiles().get(name);
            ParamSet.Profile n = after.profiles().get(name);
            if (o == null || n == null) {
                out.add(new Change("profile", name, o == null ? null : summary(o), n == null ? null : summary(n)));
            } else {
                values(out, "profile", name + " ", o.values(), n.values());
                switches(out, name, o.rules(), n.rules());
            }
        }
        field(out, "param", "incomeLevels", before.incomeLevels().toString(), after.incomeLevels().toString());
    }

    /** What a profile sets: {@code committee_dj_sessions_min=6; rule ZR-01 off}. */
    private static String summary(ParamSet.Profile p) {
        List<String> parts = new ArrayList<>();
        p.values().forEach((name, v) -> parts.add(name + "=" + number(v)));
        p.rules().forEach((id, sw) -> parts.add("rule " + id + " " + describe(sw)));
        return String.join("; ", parts);
    }

    /**
     * The rule switches of one profile in both packs ({@code profile county-2026 rule ZR-01: added (off)}):
     * a switch changes what a rule deducts as surely as a parameter does.
     */
    private static void switches(List<Change> out, String profile, Map<String, ParamSet.RuleSwitch> before,
                                 Map<String, ParamSet.RuleSwitch> after) {
        Set<String> ids = new LinkedHashSet<>(before.keySet());
        ids.addAll(after.keySet());
        for (String id : ids) {
            String o = before.containsKey(id) ? describe(before.get(id)) : null;
            String n = after.containsKey(id) ? describe(after.get(id)) : null;
            if (!Objects.equals(o, n)) {
                out.add(new Change("profile", profile + " rule " + id, o, n));
            }
        }
    }

    /** A switch as the profile gives it; one that changes nothing ({@code enabled: true}) is "on". */
    private static String describe(ParamSet.RuleSwitch sw) {
        String s = sw.toString();
        return s.isEmpty() ? "on" : s;
    }

    private static void values(List<Change> out, String area, String prefix, Map<String, Double> before,
                               Map<String, Double> after) {
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String n : names) {
            String o = number(before.get(n));
            String v = number(after.get(n));
            if (!Objects.equals(o, v)) {
                out.add(new Change(area, prefix + n, o, v));
            }
        }
    }

    private static void lexicon(List<Change> out, Lexicon before, Lexicon after) {
        words(out, words(before), words(after));
    }

    /** The lexicon's word lists by name: each concept's terms or cue groups and units, each list of cues. */
    private static Map<String, Set<String>> words(Lexicon lx) {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        lx.mentions().forEach(c -> m.put("mention " + c.key(), new TreeSet<>(c.terms())));
        lx.quantities().forEach(c -> {
            Set<String> w = new TreeSet<>();
            c.cues().forEach(group -> w.add(String.join("+", group)));
            c.units().forEach(u -> w.add("unit " + u));
            m.put("quantity " + c.key(), w);
        });
        Map<String, Function<Lexicon, List<String>>> lists = new LinkedHashMap<>();
        lists.put("cues.negation", Lexicon::negationCues);
        lists.put("cues.resolved", Lexicon::resolvedCues);
        lists.put("cues.problemNouns", Lexicon::problemNouns);
        lists.put("cues.prevented", Lexicon::preventedCues);
        lists.put("cues.plan", Lexicon::planCues);
        lists.put("cues.weakPlan", Lexicon::weakPlanCues);
        lists.put("cues.neutral", Lexicon::neutralWords);
        lists.put("cues.filler", Lexicon::fillerWords);
        lists.put("setPhrases", Lexicon::setPhrases);
        lists.forEach((name, get) -> m.put(name, new TreeSet<>(get.apply(lx))));
        lx.headingKeywords().forEach((k, v) -> m.put("sections." + k, new TreeSet<>(v)));
        lx.genreCues().forEach((k, v) -> m.put("genre." + k, new TreeSet<>(v.keySet())));
        lx.orgLevelCues().forEach((k, v) -> m.put("orgLevel." + k, new TreeSet<>(v)));
        return m;
    }

    private static void words(List<Change> out, Map<String, Set<String>> before, Map<String, Set<String>> after) {
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String n : names) {
            Set<String> o = before.get(n);
            Set<String> v = after.get(n);
            if (o == null || v == null) {
                out.add(new Change("lexicon", n, o == null ? null : String.join("、", o),
                        v == null ? null : String.join("、", v)));
                continue;
            }
            Set<String> added = new TreeSet<>(v);
            added.removeAll(o);
            Set<String> removed = new TreeSet<>(o);
            removed.removeAll(v);
            if (!added.isEmpty() || !removed.isEmpty()) {
                out.add(new Change("lexicon", n, removed.isEmpty() ? "" : "−" + String.join("、", removed),
                        added.isEmpty() ? "" : "+" + String.join("、", added)));
            }
        }
    }

    private static void scoring(List<Change> out, ScoringModel before, ScoringModel after) {
        Map<String, Double> o = new LinkedHashMap<>();
        before.categories().forEach(c -> o.put(c.name(), c.weight()));
        Map<String, Double> n = new LinkedHashMap<>();
        after.categories().forEach(c -> n.put(c.name(), c.weight()));
        values(out, "scoring", "weight ", o, n);
        Map<String, Double> od = new LinkedHashMap<>();
        before.deductions().forEach((k, v) -> od.put(k.name(), v));
        Map<String, Double> nd = new LinkedHashMap<>();
        after.deductions().forEach((k, v) -> nd.put(k.name(), v));
        values(out, "scoring", "deduction ", od, nd);
        field(out, "scoring", "notEvidencedFraction", number(before.notEvidencedFraction()),
                number(after.notEvidencedFraction()));
        field(out, "scoring", "vetoGrade", before.vetoGrade().name(), after.vetoGrade().name());
        field(out, "scoring", "grades", bands(before), bands(after));
    }

    private static String bands(ScoringModel m) {
        return m.bands().stream().map(b -> b.label() + "≥" + number(b.min())).collect(Collectors.joining(" "));
    }

    private static void field(List<Change> out, String area, String subject, String before, String after) {
        if (!Objects.equals(before, after)) {
            out.add(new Change(area, subject, before == null ? "" : before, after == null ? "" : after));
        }
    }

    private static String number(Double d) {
        return d == null ? null : MessageTemplate.format(d);
    }

    private static Map<String, RuleDefinition> byId(List<RuleDefinition> rules) {
        Map<String, RuleDefinition> m = new LinkedHashMap<>();
        rules.forEach(r -> m.put(r.id(), r));
        return m;
    }
}
