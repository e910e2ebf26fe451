package io.djcheck.engine;

import io.djcheck.model.FactContext;
import io.djcheck.model.FormatIssue;
import io.djcheck.model.Mention;
import io.djcheck.model.Quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which facts one generated leaf looks at: a kind of fact, filtered by format-issue kinds, concepts
 * and contexts; {@code annual} says which value of a quantity counts as known (its yearly value or
 * its value). Its {@link #key} names its {@link Selection} in the generated DRL, so leaves that look
 * at the same facts share one.
 */
record FactSelector(FactKind of, Set<String> kinds, Set<String> concepts, Set<FactContext> contexts, boolean annual,
                    String key) {

    FactSelector {
        kinds = Set.copyOf(kinds);
        concepts = Set.copyOf(concepts);
        contexts = Set.copyOf(contexts);
    }

    // the key is made once here: every check names each of its selections by it
    FactSelector(FactKind of, Set<String> kinds, Set<String> concepts, Set<FactContext> contexts, boolean annual) {
        this(of, kinds, concepts, contexts, annual, keyOf(of, kinds, concepts, contexts, annual));
    }

    /** A deterministic name made of checked names only (it is written into DRL as a string literal). */
    private static String keyOf(FactKind of, Set<String> kinds, Set<String> concepts, Set<FactContext> contexts,
                                boolean annual) {
        StringBuilder sb = new StringBuilder(of.name());
        for (Set<String> part : List.of(kinds, concepts)) {
            sb.append('|');
            new TreeSet<>(part).forEach(s -> sb.append(DrlWriter.name(s)).append(','));
        }
        sb.append('|');
        new TreeSet<>(contexts).forEach(c -> sb.append(c.name()).append(','));
        return annual ? sb.append("|annual").toString() : sb.toString();
    }

    /** The pattern of generated DRL that binds this selection to {@code $s}, with extra constraints. */
    String pattern(String constraints) {
        return "$s : Selection(key == \"" + key() + "\"" + (constraints.isEmpty() ? "" : ", " + constraints) + ")";
    }

    /** Whether this selector takes {@code f}, a fact of its kind (see {@link SelectorIndex}). */
    boolean takes(Object f) {
        if (f instanceof Quantity q) {
            return (concepts.isEmpty() || concepts.contains(q.concept())) && (contexts.isEmpty() || contexts.contains(q.context()));
        }
        if (f instanceof Mention m) {
            return (concepts.isEmpty() || concepts.contains(m.concept())) && (contexts.isEmpty() || contexts.contains(m.context()));
        }
        if (f instanceof FormatIssue i) {
            return kinds.isEmpty() || kinds.contains(i.kind().name());
        }
        return true;
    }
}
