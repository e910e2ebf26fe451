package io.djcheck.extract;

import io.djcheck.model.Genre;
import io.djcheck.model.OrgLevel;
import io.djcheck.model.SectionKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The single automaton over every lexicon string (terms, cues, units, qualifier words, set phrases,
 * section keywords), with each string's meanings. {@link #scan} returns the hits of one text grouped
 * by kind, in text order.
 */
final class TermIndex {

    private static final Term.Kind[] KINDS = Term.Kind.values();

    private final TermAutomaton<Term> automaton;

    private TermIndex(TermAutomaton<Term> automaton) {
        this.automaton = automaton;
    }

    static TermIndex of(Lexicon lx) {
        Map<String, List<Term>> p = new HashMap<>();
        for (Lexicon.MentionConcept m : lx.mentions()) {
            m.terms().forEach(t -> add(p, t, Term.of(Term.Kind.MENTION, m.key())));
        }
        for (Lexicon.QuantityConcept q : lx.quantities()) {
            for (int g = 0; g < q.cues().size(); g++) {
                List<String> group = q.cues().get(g);
                for (int i = 0; i < group.size(); i++) {
                    add(p, group.get(i), new Term(Term.Kind.QUANTITY_CUE, q.key(), g, i));
                }
            }
            q.excludes().forEach(t -> add(p, t, Term.of(Term.Kind.QUANTITY_EXCLUDE, q.key())));
        }
        lx.negationCues().forEach(t -> add(p, t, Term.of(Term.Kind.NEGATION, t)));
        lx.resolvedCues().forEach(t -> add(p, t, Term.of(Term.Kind.RESOLVED, t)));
        lx.preventedCues().forEach(t -> add(p, t, Term.of(Term.Kind.PREVENTED, t)));
        lx.planCues().forEach(t -> add(p, t, Term.of(Term.Kind.PLAN, t)));
        lx.weakPlanCues().forEach(t -> add(p, t, Term.of(Term.Kind.WEAK_PLAN, t)));
        lx.contrastCues().forEach(t -> add(p, t, Term.of(Term.Kind.CONTRAST, t)));
        lx.normCues().forEach(t -> add(p, t, Term.of(Term.Kind.NORM, t)));
        lx.neutralWords().forEach(t -> add(p, t, Term.of(Term.Kind.NEUTRAL, t)));
        lx.setPhrases().forEach(t -> add(p, t, Term.of(Term.Kind.SET_PHRASE, t)));
        lx.planYearCues().forEach(t -> add(p, t, Term.of(Term.Kind.PLAN_YEAR, t)));
        lx.planYearBeforeCues().forEach(t -> add(p, t, Term.of(Term.Kind.PLAN_YEAR_BEFORE, t)));
        lx.units().keySet().forEach(u -> add(p, u, Term.of(Term.Kind.UNIT, u)));
        lx.qualifierPrefixes().forEach((w, q) -> add(p, w, new Term(Term.Kind.QUALIFIER_PREFIX, w, 0, q.ordinal())));
        lx.qualifierSuffixes().forEach((w, q) -> add(p, w, new Term(Term.Kind.QUALIFIER_SUFFIX, w, 0, q.ordinal())));
        addByKind(p, lx.headingKeywords(), Term.Kind.HEADING);
        addByKind(p, lx.weakHeadingKeywords(), Term.Kind.WEAK_HEADING);
        addByKind(p, lx.inlineLeadIns(), Term.Kind.LEAD_IN);
        addByKind(p, lx.paragraphLeadIns(), Term.Kind.PARAGRAPH_LEAD_IN);
        for (Map.Entry<Genre, Map<String, Integer>> e : lx.genreCues().entrySet()) {
            e.getValue().forEach((cue, w) -> {
                String[] parts = GenreDetector.parts(cue);
                if (parts.length == 1) {
                    add(p, cue, new Term(Term.Kind.GENRE, e.getKey().name(), 0, w));
                } else {
                    // 现将…述职如下: each part is found on its own, the detector checks their order
                    for (int i = 0; i < parts.length; i++) {
                        add(p, parts[i], new Term(Term.Kind.GENRE_PART, cue, i, w));
                    }
                }
            });
        }
        for (Map.Entry<OrgLevel, List<String>> e : lx.orgLevelCues().entrySet()) {
            e.getValue().forEach(cue -> add(p, cue, Term.of(Term.Kind.ORG_LEVEL, e.getKey().name())));
        }
        for (Map.Entry<OrgLevel, List<String>> e : lx.weakOrgLevelCues().entrySet()) {
            e.getValue().forEach(cue -> add(p, cue, Term.of(Term.Kind.ORG_LEVEL_WEAK, e.getKey().name())));
        }
        lx.orgLevelIgnored().forEach(t -> add(p, t, Term.of(Term.Kind.ORG_LEVEL_IGNORED, t)));
        lx.orgSuffixes().forEach(t -> add(p, t, Term.of(Term.Kind.ORG_SUFFIX, t)));
        lx.orgGeneric().forEach(t -> add(p, t, Term.of(Term.Kind.ORG_GENERIC, t)));
        lx.superiorCues().forEach(t -> add(p, t, Term.of(Term.Kind.SUPERIOR, t)));
        lx.eventYearCues().forEach(t -> add(p, t, Term.of(Term.Kind.EVENT_YEAR, t)));
        lx.domainTerms().forEach(t -> add(p, t, Term.of(Term.Kind.DOMAIN, t)));
        lx.domainExcluded().forEach(t -> add(p, t, Term.of(Term.Kind.DOMAIN, "")));
        lx.frequencies().forEach((cue, n) -> add(p, cue, new Term(Term.Kind.FREQUENCY, cue, 0, n)));
        return new TermIndex(TermAutomaton.build(p));
    }

    private static void addByKind(Map<String, List<Term>> p, Map<SectionKind, List<String>> m, Term.Kind kind) {
        m.forEach((k, terms) -> terms.forEach(t -> add(p, t, Term.of(kind, k.name()))));
    }

    private static void add(Map<String, List<Term>> p, String s, Term t) {
        List<Term> l = p.computeIfAbsent(s, k -> new ArrayList<>());
        if (!l.contains(t)) {
            l.add(t);
        }
    }

    /** Every hit of every kind in {@code text}, each kind by start. */
    Hits scan(CharSequence text) {
        HitColumn[] columns = new HitColumn[KINDS.length];
        int[] longest = new int[1];
        automaton.scan(text, (start, end, terms) -> {
            for (int i = 0; i < terms.size(); i++) {
                Term t = terms.get(i);
                int k = t.kind().ordinal();
                if (columns[k] == null) {
                    columns[k] = new HitColumn();
                }
                columns[k].add(start, end, t);
            }
            longest[0] = Math.max(longest[0], end - start);
        });
        return new Hits(columns, longest[0]);
    }
}
