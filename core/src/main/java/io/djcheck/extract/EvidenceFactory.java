package io.djcheck.extract;

import io.djcheck.model.Evidence;

/** Makes the evidence of a fact: the clause it was found in, quoted, and the section around it. */
final class EvidenceFactory {

    private final TextLayout layout;
    private final SectionMap sections;

    EvidenceFactory(TextLayout layout, SectionMap sections) {
        this.layout = layout;
        this.sections = sections;
    }

    Evidence clause(int clause) {
        int s = layout.clauseStart(clause);
        int e = layout.clauseEnd(clause);
        return new Evidence(s, e, layout.text().substring(s, e), sections.kindAt(s));
    }

    /** Evidence for a span that may cross clauses (an unbalanced quote, a repeated ordinal). */
    Evidence span(int start, int end) {
        int s = layout.clauseStart(layout.clauseAt(start));
        int e = layout.clauseEnd(layout.clauseAt(Math.max(start, end - 1)));
        if (s > start) {
            s = start;
        }
        if (e < end) {
            e = end;
        }
        return new Evidence(s, e, layout.text().substring(s, e), sections.kindAt(start));
    }
}
