package io.djcheck.extract;

import io.djcheck.model.Mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every mention of a practice, once per concept and clause, in its context. */
final class MentionFinder {

    List<Mention> find(TextLayout layout, Hits hits, ContextClassifier contexts, EvidenceFactory evidence) {
        List<Mention> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Hit h : hits.longest(Term.Kind.MENTION)) {
            int clause = layout.clauseAt(h.start());
            if (seen.add(h.term().key() + '@' + clause)) {
                out.add(new Mention(h.term().key(), contexts.contextOf(clause, h.start()), evidence.clause(clause)));
            }
        }
        return out;
    }
}
