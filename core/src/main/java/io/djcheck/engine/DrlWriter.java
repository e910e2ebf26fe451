package io.djcheck.engine;

import io.djcheck.model.FactContext;
import io.djcheck.model.Status;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a {@link Leaf} writes its DRL rules: each is named {@code "<id>#<leaf> <what>"} and
 * annotated {@code @id} and {@code @leaf}, so that {@link Outcomes} knows whose status it reports.
 *
 * <p>Nothing a rule editor writes reaches the DRL but names — rule ids, concept keys and parameter
 * names — each checked against its pattern by the readers before any DRL is written, and checked
 * again here ({@link #name}), so no text of a YAML rule can become code.
 */
final class DrlWriter {

    /** The only characters a name written into generated DRL may hold (ids, concept keys, parameters). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]+");

    private final StringBuilder sb;
    private final Set<FactSelector> selectors = new LinkedHashSet<>();
    private String ruleId;
    private int leaf;

    DrlWriter(StringBuilder sb) {
        this.sb = sb;
    }

    /** The leaf the next {@link #rule} calls belong to. */
    DrlWriter at(String ruleId, int leaf) {
        this.ruleId = ruleId;
        this.leaf = leaf;
        return this;
    }

    String ruleId() {
        return ruleId;
    }

    /** One DRL rule of the current leaf. */
    void rule(String what, String when, String then) {
        sb.append("\nrule \"").append(name(ruleId)).append('#').append(leaf).append(' ').append(what).append("\"\n")
                .append("    @id(\"").append(ruleId).append("\") @leaf(\"").append(leaf).append("\")\n")
                .append("when\n    ").append(when).append("\nthen\n    ").append(then).append("\nend\n");
    }

    /**
     * The pattern binding {@code $s} to the {@link Selection} of {@code selector}, with extra
     * {@code constraints} on it; the selector is kept, so each check computes its selection.
     */
    String select(FactSelector selector, String constraints) {
        selectors.add(selector);
        return selector.pattern(constraints);
    }

    /** The selectors the rules written so far read, in the order they were first used. */
    Set<FactSelector> selectors() {
        return selectors;
    }

    /** {@code s}, which the readers have checked is a name; anything else is a bug, not input to quote. */
    static String name(String s) {
        if (!NAME.matcher(s).matches()) {
            throw new IllegalStateException("'" + s + "' reached DRL generation but is not a name; "
                    + "the YAML readers must refuse it first");
        }
        return s;
    }

    /** The parameter fact named {@code param}, bound to {@code $t}. */
    static String param(String param) {
        return "$t : Param(name == \"" + name(param) + "\")";
    }

    /**
     * {@code field == v} for one value, {@code field in (a, b)} for several: Drools indexes {@code ==}
     * on literals in a hash, so a fact is tested against its own rules only, not against every rule's.
     */
    static String oneOf(String field, List<String> literals) {
        return literals.size() == 1 ? field + " == " + literals.get(0) : field + " in (" + String.join(", ", literals) + ")";
    }

    static List<String> literals(Collection<String> values) {
        return values.stream().map(v -> "\"" + name(v) + "\"").toList();
    }

    static List<String> enumLiterals(String type, Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().map(v -> type + "." + v).toList();
    }

    static List<String> contextLiterals(Collection<FactContext> contexts) {
        return contexts.stream().sorted().map(c -> "FactContext." + c).toList();
    }

    /** The consequence reporting {@code s} with the facts bound to {@code facts}. */
    static String report(Status s, String facts) {
        return switch (s) {
            case PASS -> "outcomes.pass(kcontext, " + facts + ");";
            case FAIL -> "outcomes.fail(kcontext, " + facts + ");";
            default -> "outcomes.notEvidenced(kcontext, " + facts + ");";
        };
    }

    /** The pattern matching the facts a count or absence check looks at. */
    static String pattern(FactKind of, Collection<String> kinds, Collection<String> concepts, boolean includeMasked) {
        return pattern(of, kinds, concepts, includeMasked, List.of());
    }

    /** The same, keeping only facts in {@code contexts} (quantities and mentions) when it is not empty. */
    static String pattern(FactKind of, Collection<String> kinds, Collection<String> concepts, boolean includeMasked,
                          Collection<FactContext> contexts) {
        StringBuilder c = new StringBuilder();
        if (!kinds.isEmpty()) {
            c.append("kind in (").append(kinds.stream().sorted().map(k -> "FormatIssueKind." + k)
                    .collect(Collectors.joining(", "))).append(")");
        }
        if (!concepts.isEmpty()) {
            if (c.length() > 0) {
                c.append(", ");
            }
            c.append(oneOf("concept", literals(concepts.stream().sorted().toList())));
        }
        if (of == FactKind.QUANTITIES && !includeMasked) {
            if (c.length() > 0) {
                c.append(", ");
            }
            c.append("masked == false");
        }
        if (!contexts.isEmpty()) {
            if (c.length() > 0) {
                c.append(", ");
            }
            c.append(oneOf("context", contextLiterals(contexts)));
        }
        return of.factType() + "(" + c + ")";
    }
}
