package io.djcheck.extract;

import io.djcheck.model.FactContext;
import io.djcheck.model.SectionKind;

/**
 * Decides whether a fact is stated as done, as a problem or as a plan. The section decides first:
 * anything in a problems or causes section is a PROBLEM, anything in the next steps is PLANNED.
 * Elsewhere the clause decides: a negation cue (未, 没有, 不到位 ...) makes a PROBLEM, a plan cue
 * (将, 力争, 确保, 计划 ...) makes it PLANNED; otherwise it is AFFIRMED.
 */
final class ContextClassifier {

    private final SectionMap sections;
    private final boolean[] negated;
    private final boolean[] planned;

    ContextClassifier(TextLayout layout, SectionMap sections, Hits hits) {
        this.sections = sections;
        this.negated = mark(layout, hits, Term.Kind.NEGATION);
        this.planned = mark(layout, hits, Term.Kind.PLAN);
    }

    private static boolean[] mark(TextLayout layout, Hits hits, Term.Kind kind) {
        boolean[] m = new boolean[layout.clauses()];
        for (Hit h : hits.longest(kind)) {
            int c = layout.clauseAt(h.start());
            if (c < m.length && h.start() < layout.clauseEnd(c)) {
                m[c] = true;
            }
        }
        return m;
    }

    FactContext contextOf(int clause, int offset) {
        if (sections.within(offset, SectionKind.PROBLEMS) || sections.within(offset, SectionKind.CAUSES)) {
            return FactContext.PROBLEM;
        }
        if (sections.within(offset, SectionKind.NEXT_STEPS)) {
            return FactContext.PLANNED;
        }
        if (negated[clause]) {
            return FactContext.PROBLEM;
        }
        if (planned[clause]) {
            return FactContext.PLANNED;
        }
        return FactContext.AFFIRMED;
    }

    boolean planCueIn(int clause) {
        return planned[clause];
    }
}
