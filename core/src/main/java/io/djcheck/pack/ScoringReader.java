package io.djcheck.pack;

import io.djcheck.engine.MessageTemplate;
import io.djcheck.engine.RuleDefinition;
import io.djcheck.model.Grade;
import io.djcheck.model.Severity;
import io.djcheck.score.ScoringModel;
import io.djcheck.score.ScoringModel.Band;
import io.djcheck.score.ScoringModel.Category;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a pack's {@code scoring.yaml} into a {@link ScoringModel} and checks it: weights that do
 * not sum to 100, an unknown severity or grade, a negative deduction, a fraction outside 0–1,
 * bands out of order or not starting at 0, a rule in a category the file does not define.
 */
final class ScoringReader {

    private ScoringReader() {
    }

    /**
     * Reads {@code scoring.yaml} of {@code pack} and checks it against the pack's rules (every rule's
     * category must be a scoring category). Every problem goes to {@code problems}; the model
     * returned is usable only when there are none.
     */
    static ScoringModel read(RulePack pack, List<RuleDefinition> rules, Problems problems) {
        String file = "scoring.yaml";
        String text = pack.text(file);
        List<Category> categories = new ArrayList<>();
        Map<Severity, Double> deductions = new EnumMap<>(Severity.class);
        List<Band> bands = new ArrayList<>();
        double fraction = 0.5;
        Grade veto = Grade.POOR;
        YamlNode root = text == null ? null : YamlNode.parse(file, text, problems);
        if (root != null && root.requireMap(problems, file) != null) {
            root.allowOnly(problems, Set.of("categories", "deductions", "notEvidencedFraction", "vetoGrade", "grades"), file);
            readCategories(root, problems, categories);
            readDeductions(root, problems, deductions);
            Double f = root.number(problems, "notEvidencedFraction", false);
            if (f != null) {
                if (f < 0 || f > 1) {
                    problems.add(root.get("notEvidencedFraction"), "schema",
                            "notEvidencedFraction must be between 0 and 1, got " + MessageTemplate.format(f));
                } else {
                    fraction = f;
                }
            }
            String v = root.string(problems, "vetoGrade", false);
            if (v != null) {
                veto = gradeOf(v, root.get("vetoGrade"), problems);
            }
            readBands(root, problems, bands);
        }
        Map<String, Category> byName = new LinkedHashMap<>();
        categories.forEach(c -> byName.put(c.name(), c));
        for (RuleDefinition r : rules) {
            if (!byName.containsKey(r.category())) {
                problems.add(r.file(), r.line(), r.column(), "unknown-category", "rule " + r.id() + " is in category '"
                        + r.category() + "', which scoring.yaml does not define; categories: "
                        + String.join(", ", byName.keySet()));
            }
        }
        return new ScoringModel(categories, deductions, fraction, veto == null ? Grade.POOR : veto,
                bands.isEmpty() ? ScoringModel.defaultBands() : bands);
    }

    private static void readCategories(YamlNode root, Problems p, List<Category> out) {
        YamlNode c = root.get("categories");
        if (c == null || !c.isList() || c.items().isEmpty()) {
            p.add(c == null ? root : c, "schema", "scoring.yaml needs 'categories': a list of {name, weight}");
            return;
        }
        double sum = 0;
        for (YamlNode item : c.items()) {
            if (item.requireMap(p, "a category") == null) {
                continue;
            }
            item.allowOnly(p, Set.of("name", "weight"), "a category");
            String name = item.string(p, "name", true);
            Double weight = item.number(p, "weight", true);
            if (name != null && weight != null) {
                if (weight < 0) {
                    p.add(item.get("weight"), "schema", "weight of " + name + " must not be negative, got "
                            + MessageTemplate.format(weight));
                }
                if (out.stream().anyMatch(x -> x.name().equals(name))) {
                    p.add(item.get("name"), "duplicate", "category '" + name + "' is defined twice; merge the two");
                }
                out.add(new Category(name, weight));
                sum += weight;
            }
        }
        if (Math.abs(sum - 100) > 1e-9 && out.size() == c.items().size()) {
            p.add(c, "weights-sum", "scoring weights must sum to 100, got " + MessageTemplate.format(sum));
        }
    }

    private static void readDeductions(YamlNode root, Problems p, Map<Severity, Double> out) {
        YamlNode d = root.get("deductions");
        if (d == null || d.requireMap(p, "deductions") == null) {
            if (d == null) {
                p.add(root, "missing-field", "scoring.yaml needs 'deductions': points per severity");
            }
            return;
        }
        d.entries().forEach((k, v) -> {
            Severity s = null;
            for (Severity x : Severity.values()) {
                if (x.name().equals(k)) {
                    s = x;
                }
            }
            if (s == null) {
                p.add(d.keyNode(k), "unknown-severity", "'" + k + "' is not a severity; one of INFO, MINOR, MAJOR, CRITICAL, VETO");
                return;
            }
            Double n = v.asNumber(p, "deduction of " + k);
            if (n != null && n < 0) {
                p.add(v, "schema", "deduction of " + k + " must not be negative, got " + MessageTemplate.format(n));
            } else if (n != null) {
                out.put(s, n);
            }
        });
        for (Severity s : Severity.values()) {
            if (!out.containsKey(s) && !d.has(s.name())) {
                p.add(d, "missing-field", "deductions has no value for severity " + s);
            }
        }
    }

    private static void readBands(YamlNode root, Problems p, List<Band> out) {
        YamlNode g = root.get("grades");
        if (g == null) {
            return;
        }
        if (!g.isList() || g.items().isEmpty()) {
            p.add(g, "schema", "'grades' must be a list of {grade, label, min} (or left out for the default bands), got "
                    + g.describe());
            return;
        }
        for (YamlNode item : g.items()) {
            if (item.requireMap(p, "a grade") == null) {
                continue;
            }
            item.allowOnly(p, Set.of("grade", "label", "min"), "a grade");
            String name = item.string(p, "grade", true);
            Grade grade = name == null ? null : gradeOf(name, item.get("grade"), p);
            String label = item.string(p, "label", false);
            Double min = item.number(p, "min", true);
            if (grade == null || min == null) {
                continue;
            }
            if (min < 0 || min > 100) {
                p.add(item.get("min"), "schema", "min of grade " + grade + " must be between 0 and 100, got "
                        + MessageTemplate.format(min));
            } else if (out.stream().anyMatch(b -> b.grade() == grade)) {
                p.add(item.get("grade"), "duplicate", "grade " + grade + " has two bands; keep one");
            } else {
                Band worseWithHigherMin = out.stream()
                        .filter(b -> b.grade().ordinal() != grade.ordinal()
                                && (b.grade().ordinal() > grade.ordinal()) == (b.min() >= min))
                        .findFirst().orElse(null);
                if (worseWithHigherMin != null) {
                    p.add(item.get("min"), "band-order", "grade " + grade + " starts at " + MessageTemplate.format(min)
                            + " but " + worseWithHigherMin.grade() + " starts at "
                            + MessageTemplate.format(worseWithHigherMin.min())
                            + "; a better grade needs a higher min (EXCELLENT > GOOD > FAIR > POOR)");
                }
                out.add(new Band(grade, label == null ? grade.defaultLabel() : label, min));
            }
        }
        if (out.stream().noneMatch(b -> b.min() <= 0)) {
            p.add(g, "schema", "the lowest grade band must start at min: 0, so that every score gets a grade");
        }
    }

    private static Grade gradeOf(String name, YamlNode at, Problems p) {
        for (Grade g : Grade.values()) {
            if (g.name().equals(name)) {
                return g;
            }
        }
        p.add(at, "unknown-grade", "'" + name + "' is not a grade; one of EXCELLENT, GOOD, FAIR, POOR");
        return null;
    }

}
