package io.djcheck.extract;

import io.djcheck.model.FactContext;
import io.djcheck.model.Mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every mention of a practice, once per concept and clause, in its context. A sentence that affirms
 * a practice and then takes it back in a later clause opened by a contrast cue and stated as a
 * problem ("坚持落实“三会一课”制度，但仍有个别支部未按时召开") also yields the practice as a PROBLEM,
 * quoting the sentence from the mention to the exception.
 */
final class MentionFinder {

    /** How far into a clause its contrast cue may stand: "但仍有", "，个别支部却未…" is not one. */
    private static final int CONTRAST_WINDOW = 2;

    List<Mention> find(TextLayout layout, Hits hits, ContextClassifier contexts, EvidenceFactory evidence) {
        List<Mention> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Hit> contrasts = hits.longest(Term.Kind.CONTRAST);
        for (Hit h : hits.longest(Term.Kind.MENTION)) {
            int clause = layout.clauseAt(h.start());
            if (seen.add(h.term().key() + '@' + clause)) {
                FactContext context = contexts.contextOf(clause, h.start());
                out.add(new Mention(h.term().key(), context, evidence.clause(clause)));
                int exception = context == FactContext.AFFIRMED && !contrasts.isEmpty()
                        ? exception(layout, contrasts, contexts, clause) : -1;
                if (exception >= 0 && seen.add(h.term().key() + '@' + exception)) {
                    out.add(new Mention(h.term().key(), FactContext.PROBLEM,
                            evidence.span(layout.clauseStart(clause), layout.clauseEnd(exception))));
                }
            }
        }
        return out;
    }

    /** The first later clause of the same sentence that opens with a contrast cue and states a problem, or -1. */
    private static int exception(TextLayout layout, List<Hit> contrasts, ContextClassifier contexts, int clause) {
        String t = layout.text();
        for (int c = clause + 1; c < layout.clauses(); c++) {
            int prevEnd = layout.clauseEnd(c - 1);
            if (prevEnd >= t.length() || "，；：,;:".indexOf(t.charAt(prevEnd)) < 0
                    || layout.paragraphAt(prevEnd) != layout.paragraphAt(layout.clauseStart(c))) {
                return -1;                      // the sentence ended
            }
            int cs = layout.clauseStart(c);
            while (cs < layout.clauseEnd(c) && Character.isWhitespace(t.charAt(cs))) {
                cs++;
            }
            for (Hit k : contrasts) {
                if (k.start() >= cs && k.start() <= cs + CONTRAST_WINDOW && k.end() <= layout.clauseEnd(c)
                        && contexts.contextOf(c, k.start()) == FactContext.PROBLEM) {
                    return c;
                }
            }
        }
        return -1;
    }
}
