package io.djcheck.rules;

import io.djcheck.model.FactContext;
import io.djcheck.model.Genre;
import io.djcheck.model.SectionKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a rule checks, as a tree: declarative leaves combined with all / any / not. Each leaf is
 * compiled to DRL rules that report its status; the tree combines the leaf statuses with
 * three-valued logic (NOT_EVIDENCED is "unknown"): {@code all} fails if any child fails, {@code
 * any} passes if any child passes, {@code not} swaps PASS and FAIL.
 */
public sealed interface CheckNode {

    /** Leaves in evaluation order; a leaf's index in this list names its DRL rules. */
    default List<Leaf> leaves() {
        List<Leaf> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(CheckNode n, List<Leaf> out) {
        if (n instanceof Leaf l) {
            out.add(l);
        } else if (n instanceof All a) {
            a.children().forEach(c -> collect(c, out));
        } else if (n instanceof Any a) {
            a.children().forEach(c -> collect(c, out));
        } else if (n instanceof Not x) {
            collect(x.child(), out);
        }
    }

    /** A check on facts, compiled to DRL. */
    sealed interface Leaf extends CheckNode {
    }

    record All(List<CheckNode> children) implements CheckNode {
        public All {
            children = List.copyOf(children);
        }
    }

    record Any(List<CheckNode> children) implements CheckNode {
        public Any {
            children = List.copyOf(children);
        }
    }

    record Not(CheckNode child) implements CheckNode {
    }

    /** The practice is named: each context maps to the status it gives (PROBLEM → FAIL, AFFIRMED → PASS). */
    record MentionCheck(List<String> concepts, Map<FactContext, Status> outcomes) implements Leaf {
        public MentionCheck {
            concepts = List.copyOf(concepts);
            outcomes = Map.copyOf(outcomes);
        }
    }

    /**
     * A figure of the report compared with a parameter: the largest known value (yearly when
     * {@code annual}) of the concepts, in the given contexts. Without {@code op}, the figure only
     * has to be stated. Masked figures are unknown: NOT_EVIDENCED.
     */
    record QuantityCheck(List<String> concepts, boolean annual, Op op, String param, Set<FactContext> contexts)
            implements Leaf {
        public QuantityCheck {
            concepts = List.copyOf(concepts);
            contexts = Set.copyOf(contexts);
        }
    }

    /** A section of one of the kinds exists: PASS, else FAIL. */
    record SectionCheck(Set<SectionKind> kinds) implements Leaf {
        public SectionCheck {
            kinds = Set.copyOf(kinds);
        }
    }

    /** The report is of one of the genres: PASS; of another known genre: FAIL; unknown: NOT_EVIDENCED. */
    record GenreCheck(Set<Genre> genres) implements Leaf {
        public GenreCheck {
            genres = Set.copyOf(genres);
        }
    }

    /** Which facts a count or absence check looks at. */
    enum FactKind {
        PLACEHOLDERS("Placeholder"), FORMAT_ISSUES("FormatIssue"), QUANTITIES("Quantity"), MENTIONS("Mention");

        final String type;

        FactKind(String type) {
            this.type = type;
        }
    }

    /**
     * The number of facts of a kind, compared with a parameter. {@code kinds} filters format
     * issues by kind; {@code concepts} filters quantities and mentions; masked quantities are
     * left out unless {@code includeMasked}.
     */
    record CountCheck(FactKind of, Set<String> kinds, Set<String> concepts, boolean includeMasked, Op op, String param)
            implements Leaf {
        public CountCheck {
            kinds = Set.copyOf(kinds);
            concepts = Set.copyOf(concepts);
        }
    }

    /** No fact of the kind exists: PASS; any does: FAIL, with each as evidence. */
    record AbsentCheck(FactKind of, Set<String> kinds, Set<String> concepts) implements Leaf {
        public AbsentCheck {
            kinds = Set.copyOf(kinds);
            concepts = Set.copyOf(concepts);
        }
    }

    /** A rule written in DRL: its DRL reports the status itself. */
    record DrlLeaf(String file) implements Leaf {
    }
}
