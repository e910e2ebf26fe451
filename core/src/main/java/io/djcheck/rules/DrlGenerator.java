package io.djcheck.rules;

import io.djcheck.model.FactContext;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compiles the leaves of YAML rules to DRL. Each leaf becomes one or more DRL rules named
 * {@code "<id>#<leaf> <what>"} and annotated {@code @id} and {@code @leaf}; their consequences
 * report a status for the leaf to {@link Outcomes}. Thresholds come from {@link Param} facts,
 * never from literals. The generated text is deterministic, so the same pack compiles the same.
 *
 * <p>Nothing a rule editor writes reaches the DRL but names: rule ids, concept keys and parameter
 * names, each checked against its pattern by the readers before any DRL is generated, and checked
 * again here ({@link #name}), so no text of a YAML rule can become code.
 */
final class DrlGenerator {

    // MVEL consequences: Drools then compiles no Java for the generated rules, which halves a build
    static final String HEADER = """
            dialect "mvel"
            import io.djcheck.model.*;
            import io.djcheck.rules.Param;
            global io.djcheck.rules.Outcomes outcomes;
            """;

    /** The only characters a name written into generated DRL may hold (ids, concept keys, parameters). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]+");

    private DrlGenerator() {
    }

    /** {@code s}, which the readers have checked is a name; anything else is a bug, not input to quote. */
    static String name(String s) {
        if (!NAME.matcher(s).matches()) {
            throw new IllegalStateException("'" + s + "' reached DRL generation but is not a name; "
                    + "the YAML readers must refuse it first");
        }
        return s;
    }

    /** The DRL for the given YAML rules, in one package. */
    static String generate(String packageName, List<RuleDefinition> rules) {
        StringBuilder sb = new StringBuilder("package ").append(packageName).append(";\n").append(HEADER);
        for (RuleDefinition r : rules) {
            List<CheckNode.Leaf> leaves = r.check().leaves();
            for (int i = 0; i < leaves.size(); i++) {
                leaf(sb, r.id(), i, leaves.get(i));
            }
        }
        return sb.toString();
    }

    private static void leaf(StringBuilder sb, String id, int leaf, CheckNode.Leaf l) {
        if (l instanceof CheckNode.MentionCheck m) {
            for (Map.Entry<FactContext, Status> e : m.outcomes().entrySet()) {
                rule(sb, id, leaf, e.getKey().name(),
                        "$f : Mention(" + oneOf("concept", literals(m.concepts())) + ", context == FactContext." + e.getKey() + ")",
                        call(e.getValue(), "$f"));
            }
        } else if (l instanceof CheckNode.QuantityCheck q) {
            String base = oneOf("concept", literals(q.concepts())) + ", " + oneOf("context", contextLiterals(q.contexts()));
            String value = q.annual() ? "annualValue()" : "value";
            if (q.op() == null) {
                rule(sb, id, leaf, "present", "$f : Quantity(" + base + ")", "outcomes.pass(kcontext, $f);");
            } else {
                rule(sb, id, leaf, "compare",
                        "$t : Param(name == \"" + name(q.param()) + "\")\n"
                                + "    accumulate($q : Quantity(" + base + ", masked == false, " + value + " != null);\n"
                                + "               $max : max($q." + (q.annual() ? "annualValue()" : "value()") + "), $all : collectList($q);\n"
                                + "               $all.size() > 0)",
                        "outcomes.compare(kcontext, $max, \"" + q.op().symbol() + "\", $t, $all);");
                rule(sb, id, leaf, "masked",
                        "$t : Param(name == \"" + name(q.param()) + "\")\n"
                                + "    not Quantity(" + base + ", masked == false, " + value + " != null)\n"
                                + "    accumulate($q : Quantity(" + base + ", masked == true); $all : collectList($q);\n"
                                + "               $all.size() > 0)",
                        "outcomes.notEvidenced(kcontext, $all).with(\"expected\", $t.value()).with(\"param\", $t.name());");
                rule(sb, id, leaf, "unstated",
                        "$t : Param(name == \"" + name(q.param()) + "\")\n"
                                + "    not Quantity(" + base + ")",
                        "outcomes.notEvidenced(kcontext).with(\"expected\", $t.value()).with(\"param\", $t.name());");
            }
        } else if (l instanceof CheckNode.SectionCheck s) {
            List<String> kinds = s.kinds().stream().sorted().map(k -> "SectionKind." + k).toList();
            rule(sb, id, leaf, "present", "$f : Section(" + oneOf("kind", kinds) + ")", "outcomes.pass(kcontext, $f);");
            rule(sb, id, leaf, "missing", "not Section(" + oneOf("kind", kinds) + ")", "outcomes.fail(kcontext);");
        } else if (l instanceof CheckNode.GenreCheck g) {
            List<String> genres = g.genres().stream().sorted().map(k -> "Genre." + k).toList();
            rule(sb, id, leaf, "is", "$r : Report(" + oneOf("genre", genres) + ")",
                    "outcomes.pass(kcontext).with(\"actual\", $r.genre());");
            rule(sb, id, leaf, "is-not", "$r : Report(genre not in (" + String.join(", ", genres) + "), genre != Genre.UNKNOWN)",
                    "outcomes.fail(kcontext).with(\"actual\", $r.genre());");
        } else if (l instanceof CheckNode.CountCheck c) {
            rule(sb, id, leaf, "count",
                    "$t : Param(name == \"" + name(c.param()) + "\")\n"
                            + "    accumulate($f : " + pattern(c.of(), c.kinds(), c.concepts(), c.includeMasked()) + ";\n"
                            + "               $n : count($f), $all : collectList($f))",
                    "outcomes.compare(kcontext, $n, \"" + c.op().symbol() + "\", $t, $all);");
        } else if (l instanceof CheckNode.AbsentCheck a) {
            String pattern = pattern(a.of(), a.kinds(), a.concepts(), true);
            rule(sb, id, leaf, "none", "not " + pattern, "outcomes.pass(kcontext);");
            rule(sb, id, leaf, "found",
                    "accumulate($f : " + pattern + "; $n : count($f), $all : collectList($f); $n > 0)",
                    "outcomes.fail(kcontext, $all).with(\"count\", $n);");
        } else {
            throw new IllegalArgumentException("a DRL rule has no generated leaf: " + id);
        }
    }

    private static String pattern(CheckNode.FactKind of, Collection<String> kinds, Collection<String> concepts,
                                  boolean includeMasked) {
        StringBuilder c = new StringBuilder();
        if (!kinds.isEmpty()) {
            c.append("kind in (").append(kinds.stream().sorted().map(k -> "FormatIssueKind." + k)
                    .collect(Collectors.joining(", "))).append(")");
        }
        if (!concepts.isEmpty()) {
            if (c.length() > 0) {
                c.append(", ");
            }
            c.append(oneOf("concept", literals(concepts)));
        }
        if (of == CheckNode.FactKind.QUANTITIES && !includeMasked) {
            if (c.length() > 0) {
                c.append(", ");
            }
            c.append("masked == false");
        }
        return of.type + "(" + c + ")";
    }

    private static String call(Status s, String facts) {
        return switch (s) {
            case PASS -> "outcomes.pass(kcontext, " + facts + ");";
            case FAIL -> "outcomes.fail(kcontext, " + facts + ");";
            default -> "outcomes.notEvidenced(kcontext, " + facts + ");";
        };
    }

    private static void rule(StringBuilder sb, String id, int leaf, String what, String when, String then) {
        sb.append("\nrule \"").append(name(id)).append('#').append(leaf).append(' ').append(what).append("\"\n")
                .append("    @id(\"").append(id).append("\") @leaf(\"").append(leaf).append("\")\n")
                .append("when\n    ").append(when).append("\nthen\n    ").append(then).append("\nend\n");
    }

    /**
     * {@code field == v} for one value, {@code field in (a, b)} for several: Drools indexes {@code ==}
     * on literals in a hash, so a fact is tested against its own rules only, not against every rule's.
     */
    private static String oneOf(String field, List<String> literals) {
        return literals.size() == 1 ? field + " == " + literals.get(0) : field + " in (" + String.join(", ", literals) + ")";
    }

    private static List<String> literals(Collection<String> values) {
        return values.stream().map(v -> "\"" + name(v) + "\"").toList();
    }

    private static List<String> contextLiterals(Collection<FactContext> contexts) {
        return contexts.stream().sorted().map(c -> "FactContext." + c).toList();
    }

}
