package io.djcheck.extract;

import io.djcheck.model.FactContext;
import io.djcheck.model.SectionKind;

import java.util.List;

/**
 * Decides whether a fact is stated as done, as a problem or as a plan. The innermost section decides
 * first: anything in a problems or causes section is a PROBLEM, anything in the next steps is
 * PLANNED (a "下一步，…" paragraph after the problems is a plan).
 * Elsewhere the clause decides: a negation cue (未, 没有, 不到位 ...) makes a PROBLEM unless it is
 * prevented (防止…流于形式) or resolved (解决…不到位的问题: a resolution word before it and a problem
 * noun right after it; "整改不到位" stays a problem), a plan cue (力争, 确保,
 * 计划 ...) makes it PLANNED; otherwise it is AFFIRMED. Weak plan cues (将, 要) count only outside
 * an achievements section, where 将 mostly means 把 ("将12名青年农民发展为党员").
 */
final class ContextClassifier {

    private final SectionMap sections;
    private final boolean[] negated;
    private final boolean[] planned;
    private final boolean[] weaklyPlanned;
    private final FactContext otherwise;

    /** How far after a negation cue its problem noun may stand: 不到位的问题. */
    private static final int PROBLEM_NOUN_WINDOW = 3;

    ContextClassifier(TextLayout layout, SectionMap sections, Hits hits, List<String> problemNouns) {
        this(layout, sections, hits, problemNouns, FactContext.AFFIRMED);
    }

    /**
     * {@code otherwise} is the context of a fact nothing else decides: AFFIRMED in a report, PLANNED
     * in a plan (工作计划, 工作要点), where everything named is still to be done.
     */
    ContextClassifier(TextLayout layout, SectionMap sections, Hits hits, List<String> problemNouns,
                      FactContext otherwise) {
        this.otherwise = otherwise;
        this.sections = sections;
        this.negated = negated(layout, hits, problemNouns);
        this.planned = mark(layout, hits, Term.Kind.PLAN);
        this.weaklyPlanned = mark(layout, hits, Term.Kind.WEAK_PLAN);
    }

    private static boolean[] mark(TextLayout layout, Hits hits, Term.Kind kind) {
        boolean[] m = new boolean[layout.clauses()];
        for (Hit h : hits.longest(kind)) {
            int c = clauseOf(layout, h);
            if (c >= 0) {
                m[c] = true;
            }
        }
        return m;
    }

    private static boolean[] negated(TextLayout layout, Hits hits, List<String> problemNouns) {
        boolean[] m = new boolean[layout.clauses()];
        for (Hit h : hits.longest(Term.Kind.NEGATION)) {
            int c = clauseOf(layout, h);
            if (c < 0) {
                continue;
            }
            int cs = layout.clauseStart(c);
            boolean prevented = hits.anyWithin(Term.Kind.PREVENTED, cs, h.start());
            boolean resolved = hits.anyWithin(Term.Kind.RESOLVED, cs, h.start() - 1)
                    && problemNounAfter(layout.text(), h.end(), layout.clauseEnd(c), problemNouns);
            if (!prevented && !resolved) {
                m[c] = true;
            }
        }
        return m;
    }

    private static boolean problemNounAfter(String t, int from, int clauseEnd, List<String> nouns) {
        for (int i = from; i <= Math.min(clauseEnd - 1, from + PROBLEM_NOUN_WINDOW); i++) {
            for (String noun : nouns) {
                if (t.startsWith(noun, i) && i + noun.length() <= clauseEnd) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int clauseOf(TextLayout layout, Hit h) {
        int c = layout.clauseAt(h.start());
        return c < layout.clauses() && h.start() < layout.clauseEnd(c) ? c : -1;
    }

    FactContext contextOf(int clause, int offset) {
        SectionKind section = sections.kindAt(offset);
        if (section == SectionKind.PROBLEMS || section == SectionKind.CAUSES) {
            return FactContext.PROBLEM;
        }
        if (section == SectionKind.NEXT_STEPS) {
            return FactContext.PLANNED;
        }
        if (negated[clause]) {
            return FactContext.PROBLEM;
        }
        if (planned[clause] || (weaklyPlanned[clause] && !sections.within(offset, SectionKind.ACHIEVEMENTS))) {
            return FactContext.PLANNED;
        }
        return otherwise;
    }
}
