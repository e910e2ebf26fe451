package io.djcheck.result;

import io.djcheck.model.Evidence;
import io.djcheck.model.Fact;
import io.djcheck.model.FormatIssue;
import io.djcheck.model.Mention;
import io.djcheck.model.Placeholder;
import io.djcheck.model.Quantity;
import io.djcheck.model.Report;
import io.djcheck.model.Section;
import io.djcheck.rules.CheckNode;
import io.djcheck.rules.LeafResult;
import io.djcheck.rules.MessageTemplate;
import io.djcheck.rules.RuleDefinition;
import io.djcheck.rules.RuleOutcome;
import io.djcheck.rules.Status;
import io.djcheck.score.ScoreCard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds an {@link Explanation} from a rule's {@link LeafResult}s: the values each leaf compared,
 * the facts behind its evidence (looked up in the report) and the parameters in force.
 */
final class Explainer {

    /** Values every leaf result may carry that are not a DRL rule's own findings. */
    private static final Set<String> COMPARISON = Set.of("actual", "expected", "param", "op");

    private Explainer() {
    }

    static Explanation explain(CheckResult result, RuleOutcome outcome) {
        RuleDefinition rule = outcome.rule();
        ScoreCard.RuleDeduction cost = result.scoreCard().rule(rule.id());
        String error = outcome.values().get("error") == null ? null : outcome.values().get("error").toString();
        List<Explanation.Step> steps = new ArrayList<>();
        for (LeafResult leaf : outcome.leaves()) {
            steps.add(new Explanation.Step(leaf.index() + 1, checks(leaf.leaf()), leaf.status(),
                    error != null ? "the rule failed to run: " + error + " → ERROR" : why(rule, leaf),
                    facts(result.report(), leaf)));
        }
        return new Explanation(rule.id(), rule.title(), rule.category(), rule.severity(), outcome.status(),
                outcome.message(), cost == null ? 0 : cost.applied(), cost == null ? 0 : cost.full(),
                result.scoreCard().model().notEvidencedFraction(), result.scoreCard().vetoedBy().contains(rule.id()),
                rule.where(), rule.basis(), rule.suggestion(), formula(rule.check(), new int[] {0}), steps,
                params(rule, outcome, result.ruleset().params()));
    }

    /** The check as a formula of numbered leaves: {@code all([1], not([2]))}. */
    private static String formula(CheckNode node, int[] next) {
        if (node instanceof CheckNode.Leaf) {
            return "[" + (++next[0]) + "]";
        }
        if (node instanceof CheckNode.Not not) {
            return "not(" + formula(not.child(), next) + ")";
        }
        boolean all = node instanceof CheckNode.All;
        List<CheckNode> children = all ? ((CheckNode.All) node).children() : ((CheckNode.Any) node).children();
        List<String> parts = new ArrayList<>();
        for (CheckNode c : children) {
            parts.add(formula(c, next));
        }
        return (all ? "all(" : "any(") + String.join(", ", parts) + ")";
    }

    /** What a leaf checks, in the words of the YAML format. */
    static String checks(CheckNode.Leaf leaf) {
        if (leaf instanceof CheckNode.MentionCheck m) {
            return "mention " + String.join(" or ", m.concepts()) + " ("
                    + new TreeMap<>(m.outcomes()).entrySet().stream().map(e -> e.getKey() + " → " + e.getValue())
                    .collect(Collectors.joining(", ")) + ")";
        }
        if (leaf instanceof CheckNode.QuantityCheck q) {
            String what = "quantity " + String.join(" or ", q.concepts()) + " " + (q.annual() ? "perYear" : "value");
            String in = " (" + q.contexts().stream().sorted().map(Enum::name).collect(Collectors.joining(", ")) + ")";
            return q.op() == null ? what + " stated" + in : what + " " + q.op().symbol() + " " + q.param() + in;
        }
        if (leaf instanceof CheckNode.SectionCheck s) {
            return "a section of kind " + sorted(s.kinds().stream().map(Enum::name).toList(), " or ");
        }
        if (leaf instanceof CheckNode.GenreCheck g) {
            return "genre is " + sorted(g.genres().stream().map(Enum::name).toList(), " or ");
        }
        if (leaf instanceof CheckNode.CountCheck c) {
            return "number of " + factKind(c.of(), c.kinds(), c.concepts()) + (c.includeMasked() ? "" : " (unmasked)")
                    + " " + c.op().symbol() + " " + c.param();
        }
        if (leaf instanceof CheckNode.AbsentCheck a) {
            return "no " + factKind(a.of(), a.kinds(), a.concepts());
        }
        return "DRL rules in " + ((CheckNode.DrlLeaf) leaf).file();
    }

    /** The values compared and the status they gave. */
    static String why(RuleDefinition rule, LeafResult r) {
        Map<String, Object> v = r.values();
        Status s = r.status();
        String arrow = " → " + s;
        CheckNode.Leaf leaf = r.leaf();
        if (s == Status.ERROR) {
            return "the rule failed to run" + arrow;
        }
        if (v.containsKey("actual") && v.containsKey("op") && v.containsKey("param")) {
            String op = v.get("op").toString();
            String subject = subject(leaf);
            return subject + " " + MessageTemplate.format(v.get("actual")) + " "
                    + (s == Status.FAIL ? negate(op) : op) + " " + v.get("param") + " "
                    + MessageTemplate.format(v.get("expected")) + arrow;
        }
        if (leaf instanceof CheckNode.QuantityCheck q) {
            String concepts = String.join(" or ", q.concepts());
            String need = q.op() == null ? "" : " (needs " + q.op().symbol() + " " + q.param() + " "
                    + MessageTemplate.format(v.get("expected")) + ")";
            if (s == Status.PASS) {
                return concepts + " stated " + r.evidence().size() + " time(s)" + arrow;
            }
            return (r.evidence().isEmpty() ? "no " + concepts + " stated" : concepts + " stated only masked, value unknown")
                    + need + arrow;
        }
        if (leaf instanceof CheckNode.MentionCheck m) {
            String concepts = String.join(" or ", m.concepts());
            if (s == Status.NOT_EVIDENCED) {
                return concepts + " not mentioned in a context that decides (" + new TreeMap<>(m.outcomes()).keySet()
                        .stream().map(Enum::name).collect(Collectors.joining(", ")) + ")" + arrow;
            }
            List<String> contexts = new ArrayList<>();
            for (Map.Entry<?, Status> e : new TreeMap<>(m.outcomes()).entrySet()) {
                if (e.getValue() == s) {
                    contexts.add(e.getKey().toString());
                }
            }
            return concepts + " mentioned as " + String.join(" or ", contexts) + " (" + r.evidence().size() + "×)" + arrow;
        }
        if (leaf instanceof CheckNode.SectionCheck sc) {
            String kinds = sorted(sc.kinds().stream().map(Enum::name).toList(), " or ");
            return (s == Status.PASS ? "section " + kinds + " present" : "no section of kind " + kinds) + arrow;
        }
        if (leaf instanceof CheckNode.GenreCheck g) {
            Object actual = v.getOrDefault("actual", "UNKNOWN");
            String actualName = actual instanceof Enum<?> e ? e.name() : actual.toString();
            return "genre " + actualName + ", required " + sorted(g.genres().stream().map(Enum::name).toList(), " or ")
                    + arrow;
        }
        if (leaf instanceof CheckNode.AbsentCheck a) {
            String what = factKind(a.of(), a.kinds(), a.concepts());
            return (s == Status.PASS ? "no " + what + " found"
                    : MessageTemplate.format(v.getOrDefault("count", r.evidence().size())) + " " + what + " found") + arrow;
        }
        // a DRL rule: the values its consequence reported, or nothing fired
        Map<String, Object> own = new TreeMap<>(v);
        own.keySet().removeAll(COMPARISON);
        if (own.isEmpty()) {
            return s == Status.NOT_EVIDENCED
                    ? "no DRL rule of " + rule.id() + " matched the report's facts" + arrow
                    : "a DRL rule of " + rule.id() + " reported it" + arrow;
        }
        return own.entrySet().stream().map(e -> e.getKey() + " " + MessageTemplate.format(e.getValue()))
                .collect(Collectors.joining(", ")) + arrow;
    }

    /** What a compared figure is: {@code committee.dj_sessions perYear}, {@code number of quantities}. */
    private static String subject(CheckNode.Leaf leaf) {
        if (leaf instanceof CheckNode.QuantityCheck q) {
            return String.join(" or ", q.concepts()) + " " + (q.annual() ? "perYear" : "value");
        }
        if (leaf instanceof CheckNode.CountCheck c) {
            return "number of " + factKind(c.of(), c.kinds(), c.concepts());
        }
        return "actual";
    }

    /** The comparison that holds when {@code op} does not: a FAIL of {@code >= 4} reads {@code 2 < 4}. */
    private static String negate(String op) {
        return switch (op) {
            case ">=" -> "<";
            case ">" -> "<=";
            case "<=" -> ">";
            case "<" -> ">=";
            case "==" -> "!=";
            case "!=" -> "==";
            default -> "not " + op;
        };
    }

    private static String factKind(CheckNode.FactKind of, Collection<String> kinds, Collection<String> concepts) {
        String name = switch (of) {
            case PLACEHOLDERS -> "placeholders";
            case FORMAT_ISSUES -> "format issues";
            case QUANTITIES -> "quantities";
            case MENTIONS -> "mentions";
        };
        List<String> filter = new ArrayList<>(kinds);
        filter.addAll(concepts);
        return filter.isEmpty() ? name : name + " " + sorted(filter, ", ");
    }

    private static String sorted(Collection<String> items, String sep) {
        return items.stream().sorted().collect(Collectors.joining(sep));
    }

    /** The facts behind the leaf's evidence, in the leaf's concepts where it names any. */
    private static List<Explanation.FactSeen> facts(Report report, LeafResult r) {
        Set<String> concepts = concepts(r.leaf());
        List<Explanation.FactSeen> out = new ArrayList<>();
        for (Evidence e : r.evidence()) {
            int before = out.size();
            addFacts(out, report.quantities(), e, concepts);
            addFacts(out, report.mentions(), e, concepts);
            addFacts(out, report.placeholders(), e, Set.of());
            addFacts(out, report.formatIssues(), e, Set.of());
            for (Section s : report.sections()) {
                if (s.start() == e.start() && s.kind() == e.section()) {
                    out.add(new Explanation.FactSeen("section " + s.kind(), e));
                }
            }
            if (out.size() == before) {
                out.add(new Explanation.FactSeen("evidence", e));
            }
        }
        return out;
    }

    private static void addFacts(List<Explanation.FactSeen> out, List<? extends Fact> facts, Evidence e,
                                 Set<String> concepts) {
        for (Fact f : facts) {
            if (f.evidence().equals(e) && (concepts.isEmpty() || concepts.contains(concept(f)))) {
                out.add(new Explanation.FactSeen(describe(f), e));
            }
        }
    }

    private static Set<String> concepts(CheckNode.Leaf leaf) {
        if (leaf instanceof CheckNode.QuantityCheck q) {
            return Set.copyOf(q.concepts());
        }
        if (leaf instanceof CheckNode.MentionCheck m) {
            return Set.copyOf(m.concepts());
        }
        if (leaf instanceof CheckNode.CountCheck c) {
            return c.concepts();
        }
        if (leaf instanceof CheckNode.AbsentCheck a) {
            return a.concepts();
        }
        return Set.of();
    }

    private static String concept(Fact f) {
        if (f instanceof Quantity q) {
            return q.concept();
        }
        if (f instanceof Mention m) {
            return m.concept();
        }
        return null;
    }

    /** A fact in one line: {@code committee.dj_sessions = 1 次, perYear 4, AT_LEAST, AFFIRMED}. */
    static String describe(Fact f) {
        if (f instanceof Quantity q) {
            StringBuilder sb = new StringBuilder(q.concept()).append(" = ");
            sb.append(q.value() == null ? "?" : MessageTemplate.format(q.value()));
            if (q.upper() != null) {
                sb.append('–').append(MessageTemplate.format(q.upper()));
            }
            if (q.unit() != null) {
                sb.append(' ').append(q.unit());
            }
            if (q.perYear() != null) {
                sb.append(", perYear ").append(MessageTemplate.format(q.perYear()));
            }
            new TreeMap<>(q.attributes()).forEach((k, v) -> sb.append(", ").append(k).append(' ')
                    .append(MessageTemplate.format(v)));
            return sb.append(", ").append(q.qualifier()).append(", ").append(q.context()).toString();
        }
        if (f instanceof Mention m) {
            return m.concept() + ", " + m.context();
        }
        if (f instanceof Placeholder p) {
            return "placeholder " + p.token();
        }
        FormatIssue i = (FormatIssue) f;
        return "format issue " + i.kind() + ": " + i.detail();
    }

    /** The parameters the rule names (in its check, its values or its messages), with their values. */
    private static Map<String, Double> params(RuleDefinition rule, RuleOutcome outcome, Map<String, Double> inForce) {
        List<String> names = new ArrayList<>();
        for (CheckNode.Leaf leaf : rule.check().leaves()) {
            if (leaf instanceof CheckNode.QuantityCheck q && q.param() != null) {
                names.add(q.param());
            } else if (leaf instanceof CheckNode.CountCheck c) {
                names.add(c.param());
            }
        }
        for (LeafResult r : outcome.leaves()) {
            if (r.values().get("param") != null) {
                names.add(r.values().get("param").toString());
            }
        }
        new TreeMap<>(rule.messages()).values().forEach(t -> names.addAll(MessageTemplate.placeholders(t)));
        Map<String, Double> out = new LinkedHashMap<>();
        for (String n : names) {
            if (inForce.containsKey(n)) {
                out.putIfAbsent(n, inForce.get(n));
            }
        }
        return out;
    }
}
