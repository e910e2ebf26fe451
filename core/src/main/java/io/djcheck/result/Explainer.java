package io.djcheck.result;


import io.djcheck.engine.Leaf;
import io.djcheck.model.Evidence;
import io.djcheck.model.Fact;
import io.djcheck.model.FormatIssue;
import io.djcheck.model.Mention;
import io.djcheck.model.Placeholder;
import io.djcheck.model.Quantity;
import io.djcheck.model.Report;
import io.djcheck.model.Section;
import io.djcheck.engine.CheckNode;
import io.djcheck.engine.LeafResult;
import io.djcheck.engine.MessageTemplate;
import io.djcheck.engine.Op;
import io.djcheck.engine.RuleDefinition;
import io.djcheck.engine.RuleOutcome;
import io.djcheck.model.Status;
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

    private Explainer() {
    }

    static Explanation explain(CheckResult result, RuleOutcome outcome) {
        RuleDefinition rule = outcome.rule();
        ScoreCard.RuleDeduction cost = result.scoreCard().rule(rule.id());
        String error = outcome.values().get("error") == null ? null : outcome.values().get("error").toString();
        List<Explanation.Step> steps = new ArrayList<>();
        for (LeafResult leaf : outcome.leaves()) {
            steps.add(new Explanation.Step(leaf.index() + 1, leaf.leaf().describe(), leaf.status(),
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
        if (node instanceof Leaf) {
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

    /** The values compared and the status they gave; each leaf words what it found. */
    static String why(RuleDefinition rule, LeafResult r) {
        Map<String, Object> v = r.values();
        Status s = r.status();
        String arrow = " → " + s;
        if (s == Status.ERROR) {
            return "the rule failed to run" + arrow;
        }
        if (v.containsKey("actual") && v.containsKey("op") && v.containsKey("param")) {
            Op op = Op.ofSymbol(v.get("op").toString());
            String shown = op == null ? v.get("op").toString() : s == Status.FAIL ? op.negated().symbol() : op.symbol();
            return r.leaf().subject() + " " + MessageTemplate.format(v.get("actual")) + " " + shown + " "
                    + v.get("param") + " " + MessageTemplate.format(v.get("expected")) + arrow;
        }
        return r.leaf().explain(rule.id(), r) + arrow;
    }

    /** The facts behind the leaf's evidence, in the leaf's concepts where it names any. */
    private static List<Explanation.FactSeen> facts(Report report, LeafResult r) {
        Set<String> concepts = r.leaf().conceptFilter();
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
        for (Leaf leaf : rule.check().leaves()) {
            names.addAll(leaf.params());
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
