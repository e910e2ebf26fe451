package io.djcheck.extract;

import io.djcheck.model.FactContext;
import io.djcheck.model.Qualifier;
import io.djcheck.model.Quantity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds each number to the concept it counts, clause by clause. A concept is present in a clause
 * when every cue of one of its groups is (发展 + 党员 in "全年发展10名党员"), and none of its
 * excludes. Each number goes to the nearest present concept that accepts its unit, a concept takes
 * at most one number per clause, and a concept with attribute slots takes a second number for
 * them (the 15万元 of "8个村集体经济收入达到了15万元以上"); a slot takes only a number whose
 * qualifier it accepts, so "5万元以下的村" fills the slot of a concept for villages below a level.
 * A concept with a required slot may count again in the clause, each count with its own level, the
 * level from the same part of a 、 enumeration ("50万元以上的村45个、10万元以上的村198个").
 *
 * <p>A clause that holds nothing but numbers and filler words (共, 累计, 其中, 的村 ...) continues the
 * clause before it in the same sentence: "每月召开党委会专题研究党建工作，全年共12次" counts
 *党委会 sessions, and "10万元以上的村8个，5万元以上的村12个" counts villages twice. A concept
 * carries over when it found no number of its own, or when it has attribute slots (an enumeration
 * of levels).
 *
 * <p>Numbers no concept takes are kept as {@code other}, except small counts in Chinese numerals
 * (三个方面), which are figures of speech. A frequency before the number (每季度, 每月) gives the
 * yearly figure.
 */
final class QuantityBinder {

    static final String OTHER = "other";

    private final Map<String, Lexicon.QuantityConcept> concepts = new LinkedHashMap<>();
    private final CueGroups cueGroups;
    private final Map<String, Qualifier> prefixes;
    /** Filler words, longest first; matched only inside the rare clause that may continue another. */
    private final List<String> fillers;

    QuantityBinder(Lexicon lexicon) {
        lexicon.quantities().forEach(q -> concepts.put(q.key(), q));
        this.cueGroups = new CueGroups(concepts.values());
        this.prefixes = lexicon.qualifierPrefixes();
        this.fillers = lexicon.fillerWords().stream()
                .sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();
    }

    private record Candidate(Lexicon.QuantityConcept concept, NumberToken number, int distance) {
    }

    /** What one clause leaves for the next: its concepts, and which of them bound a number. */
    private record Carry(int clause, Map<String, List<Hit>> present, Set<String> bound) {
    }

    List<Quantity> bind(TextLayout layout, Hits hits, List<NumberToken> numbers,
                        ContextClassifier contexts, EvidenceFactory evidence) {
        List<Quantity> out = new ArrayList<>();
        int n = 0;
        Carry last = null;
        for (int c = 0; c < layout.clauses() && n < numbers.size(); c++) {
            int cs = layout.clauseStart(c);
            int ce = layout.clauseEnd(c);
            List<NumberToken> inClause = new ArrayList<>();
            while (n < numbers.size() && numbers.get(n).start() < ce) {
                if (numbers.get(n).start() >= cs) {
                    inClause.add(numbers.get(n));
                }
                n++;
            }
            if (inClause.isEmpty()) {
                continue;
            }
            Map<String, List<Hit>> present = presentConcepts(hits, cs, ce);
            if (present.isEmpty() && continuesPreviousClause(layout, c) && elliptical(layout, c, inClause)) {
                Carry before = last != null && last.clause() == c - 1 ? last
                        : new Carry(c - 1, presentConcepts(hits, layout.clauseStart(c - 1), layout.clauseEnd(c - 1)), Set.of());
                present = carried(before);
            }
            boolean nextClauseHasNoNumber = n >= numbers.size() || numbers.get(n).start() >= nextClauseEnd(layout, c);
            if (present.isEmpty() && nextClauseHasNoNumber && !inClause.stream().allMatch(QuantityBinder::rhetorical)) {
                present = purposeAfter(layout, hits, c);
            }
            Set<String> bound = bindClause(layout, c, hits, present, inClause, contexts, evidence, out);
            last = new Carry(c, present, bound);
        }
        if (concepts.values().stream().anyMatch(Lexicon.QuantityConcept::bareFrequency)) {
            bareFrequencies(layout, hits, contexts, evidence, out);
        }
        return out;
    }

    /**
     * A frequency stated without a number, for the concepts that take one ({@code bareFrequency}):
     * "各支部支委会坚持每月召开" and "党小组会没有做到每月召开" state a count of once per period
     * (perYear 12), affirmed or as a problem. A clause where the concept already took a number keeps it.
     */
    private void bareFrequencies(TextLayout layout, Hits hits, ContextClassifier contexts, EvidenceFactory evidence,
                                 List<Quantity> out) {
        Set<String> taken = new HashSet<>();
        for (Quantity q : out) {
            taken.add(q.concept() + '@' + q.evidence().start());
        }
        int lastClause = -1;
        boolean added = false;
        for (Hit f : hits.longest(Term.Kind.FREQUENCY)) {
            int c = layout.clauseAt(f.start());
            if (c >= layout.clauses() || f.start() >= layout.clauseEnd(c) || c == lastClause) {
                continue;
            }
            lastClause = c;
            int cs = layout.clauseStart(c);
            for (String key : presentConcepts(hits, cs, layout.clauseEnd(c)).keySet()) {
                Lexicon.QuantityConcept concept = concepts.get(key);
                if (concept.bareFrequency() && concept.units().contains("次") && taken.add(key + '@' + cs)) {
                    out.add(new Quantity(key, 1.0, null, Qualifier.EXACT, "次", (double) f.term().value(),
                            contexts.contextOf(c, f.start()), Map.of(), evidence.clause(c)));
                    added = true;
                }
            }
        }
        if (added) {
            out.sort((a, b) -> Integer.compare(a.evidence().start(), b.evidence().start()));
        }
    }

    private static int nextClauseEnd(TextLayout layout, int c) {
        return c + 1 < layout.clauses() ? layout.clauseEnd(c + 1) : layout.text().length();
    }

    /**
     * The concepts of the clause after {@code c} when that clause, in the same sentence and without
     * numbers of its own, says what the counted thing was for: "先后5次召开党委会，专题研究党建工作".
     * Figures of speech (排后三位的, 由一人兼任) lend a number to nothing.
     */
    private Map<String, List<Hit>> purposeAfter(TextLayout layout, Hits hits, int c) {
        if (c + 1 >= layout.clauses() || !continuesPreviousClause(layout, c + 1)) {
            return Map.of();
        }
        return presentConcepts(hits, layout.clauseStart(c + 1), layout.clauseEnd(c + 1));
    }

    /** The concepts a continuing clause takes over: those without a number yet, and enumerations of levels. */
    private Map<String, List<Hit>> carried(Carry before) {
        Map<String, List<Hit>> out = new LinkedHashMap<>();
        before.present().forEach((key, cues) -> {
            if (!before.bound().contains(key) || !concepts.get(key).attributes().isEmpty()) {
                out.put(key, cues);
            }
        });
        return out;
    }

    /** Whether clause {@code c} follows the one before it in the same sentence (after ，；：). */
    private static boolean continuesPreviousClause(TextLayout layout, int c) {
        if (c == 0) {
            return false;
        }
        int prevEnd = layout.clauseEnd(c - 1);
        String t = layout.text();
        if (prevEnd >= t.length() || layout.paragraphAt(prevEnd) != layout.paragraphAt(layout.clauseStart(c))) {
            return false;
        }
        return "，；：,;:、".indexOf(t.charAt(prevEnd)) >= 0;
    }

    /** Nothing in the clause but its numbers, filler words and punctuation: "全年共12次", "5万元以上的村12个". */
    private boolean elliptical(TextLayout layout, int c, List<NumberToken> numbers) {
        String t = layout.text();
        int ce = layout.clauseEnd(c);
        int nextNumber = 0;
        for (int i = layout.clauseStart(c); i < ce; ) {
            while (nextNumber < numbers.size() && numbers.get(nextNumber).end() <= i) {
                nextNumber++;
            }
            if (nextNumber < numbers.size() && numbers.get(nextNumber).start() <= i) {
                i = numbers.get(nextNumber).end();
                continue;
            }
            int filler = fillerAt(t, i, ce);
            if (filler > 0) {
                i += filler;
            } else if (Character.isLetter(t.charAt(i))) {
                return false;
            } else {
                i++;
            }
        }
        return true;
    }

    private int fillerAt(String t, int i, int end) {
        for (String f : fillers) {
            if (i + f.length() <= end && t.startsWith(f, i)) {
                return f.length();
            }
        }
        return 0;
    }

    /** Binds the numbers of one clause to {@code present}; returns the concepts that took a number. */
    private Set<String> bindClause(TextLayout layout, int clause, Hits hits, Map<String, List<Hit>> present,
                                   List<NumberToken> numbers, ContextClassifier contexts, EvidenceFactory evidence,
                                   List<Quantity> out) {
        List<Candidate> candidates = new ArrayList<>();
        for (NumberToken num : numbers) {
            for (Map.Entry<String, List<Hit>> e : present.entrySet()) {
                Lexicon.QuantityConcept concept = concepts.get(e.getKey());
                if (concept.units().contains(num.unit())) {
                    candidates.add(new Candidate(concept, num, distance(num, e.getValue())));
                }
            }
        }
        candidates.sort((a, b) -> a.concept().priority() != b.concept().priority()
                ? Integer.compare(b.concept().priority(), a.concept().priority())
                : Integer.compare(a.distance(), b.distance()));

        Set<NumberToken> used = new HashSet<>();
        Set<String> bound = new HashSet<>();
        Map<NumberToken, Quantity> byNumber = new LinkedHashMap<>();
        for (Candidate cand : candidates) {
            if (used.contains(cand.number())
                    || (bound.contains(cand.concept().key()) && !hasRequiredSlot(cand.concept()))) {
                continue;                       // one number per concept, unless each comes with its own level
            }
            Map<String, Object> attributes = new HashMap<>();
            Set<NumberToken> slotNumbers = new HashSet<>();
            if (!fillSlots(layout.text(), cand, numbers, used, attributes, slotNumbers)) {
                continue;
            }
            used.add(cand.number());
            used.addAll(slotNumbers);
            bound.add(cand.concept().key());
            byNumber.put(cand.number(), quantity(cand.concept().key(), cand.number(), attributes, layout,
                    clause, hits, contexts, evidence));
        }
        for (NumberToken num : numbers) {
            Quantity q = byNumber.get(num);
            if (q != null) {
                out.add(q);
            } else if (!used.contains(num) && !rhetorical(num)) {
                out.add(quantity(OTHER, num, Map.of(), layout, clause, hits, contexts, evidence));
            }
        }
        return bound;
    }

    /** Fills the candidate's attribute slots from the clause's other numbers; false when a required one stays empty. */
    private static boolean fillSlots(String text, Candidate cand, List<NumberToken> numbers, Set<NumberToken> used,
                                     Map<String, Object> attributes, Set<NumberToken> slotNumbers) {
        for (Lexicon.AttributeSlot slot : cand.concept().attributes()) {
            NumberToken best = null;
            for (NumberToken other : numbers) {
                if (other != cand.number() && !used.contains(other) && !slotNumbers.contains(other)
                        && slot.unit().equals(other.unit()) && slot.accepts(other.qualifier())
                        && (best == null || closer(text, cand.number(), other, best))) {
                    best = other;
                }
            }
            if (best != null) {
                // a band fills a slot with its ceiling: the villages of 5~10万元 are below 10万元
                attributes.put(slot.name(), best.qualifier() == Qualifier.RANGE && best.upper() != null
                        ? best.upper() : best.value());
                slotNumbers.add(best);
            } else if (slot.required()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasRequiredSlot(Lexicon.QuantityConcept concept) {
        return concept.attributes().stream().anyMatch(Lexicon.AttributeSlot::required);
    }

    /**
     * Whether {@code a} belongs to {@code count} more than {@code b}: first the one in the same part of
     * an enumeration ("50万元以上的村45个、10万元以上的村198个" pairs 45 with 50万元), then the nearer.
     */
    private static boolean closer(String text, NumberToken count, NumberToken a, NumberToken b) {
        boolean aSame = !enumerationMarkBetween(text, a, count);
        boolean bSame = !enumerationMarkBetween(text, b, count);
        if (aSame != bSame) {
            return aSame;
        }
        return gap(a, count) < gap(b, count);
    }

    private static boolean enumerationMarkBetween(String text, NumberToken a, NumberToken b) {
        int from = Math.min(a.end(), b.end());
        int to = Math.max(a.start(), b.start());
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '、') {
                return true;
            }
        }
        return false;
    }

    /**
     * 三个方面, 一支队伍, 新一轮: small counts in Chinese numerals that no concept takes are figures of
     * speech, not data, and would let a report without a single figure pass as "speaking with data".
     */
    private static boolean rhetorical(NumberToken num) {
        return num.chinese() && num.value() != null && num.value() < 10;
    }

    /** Concepts with a complete cue group and no exclude in {@code [cs, ce)}, with their cue hits. */
    private Map<String, List<Hit>> presentConcepts(Hits hits, int cs, int ce) {
        List<Hit> cues = hits.within(Term.Kind.QUANTITY_CUE, cs, ce);
        return cues.isEmpty() ? Map.of() : cueGroups.present(cues, hits.within(Term.Kind.QUANTITY_EXCLUDE, cs, ce));
    }

    private static int distance(NumberToken num, List<Hit> cues) {
        int best = Integer.MAX_VALUE;
        for (Hit h : cues) {
            int d = h.end() <= num.start() ? num.start() - h.end()
                    : h.start() >= num.end() ? h.start() - num.end() : 0;
            best = Math.min(best, d);
        }
        return best;
    }

    private static int gap(NumberToken a, NumberToken b) {
        return a.end() <= b.start() ? b.start() - a.end() : Math.max(0, a.start() - b.end());
    }

    private Quantity quantity(String concept, NumberToken num, Map<String, Object> attributes, TextLayout layout,
                              int clause, Hits hits, ContextClassifier contexts, EvidenceFactory evidence) {
        int cs = layout.clauseStart(clause);
        Qualifier qualifier = num.qualifier();
        if (qualifier == Qualifier.EXACT) {
            qualifier = clauseQualifier(layout.text(), cs, num.start());
        }
        Double perYear = null;
        List<Hit> frequencies = hits.within(Term.Kind.FREQUENCY, cs, num.start());
        if (!frequencies.isEmpty() && num.value() != null && "次".equals(num.unit())) {
            perYear = num.value() * frequencies.get(frequencies.size() - 1).term().value();
        }
        FactContext context = contexts.contextOf(clause, num.start());
        return new Quantity(concept, num.value(), num.upper(), qualifier, num.unit(), perYear, context,
                attributes, evidence.clause(clause));
    }

    /** How far before its number 至少 or 不超过 may stand and still qualify it. */
    private static final int CLAUSE_QUALIFIER_WINDOW = 8;

    /** 至少 and 不少于 qualify a number a few words further: "每月…至少专题研究1次". */
    private Qualifier clauseQualifier(String text, int from, int to) {
        String before = text.substring(Math.max(from, to - CLAUSE_QUALIFIER_WINDOW - 3), to);
        for (Map.Entry<String, Qualifier> e : prefixes.entrySet()) {
            if ((e.getValue() == Qualifier.AT_LEAST || e.getValue() == Qualifier.AT_MOST)
                    && e.getKey().length() >= 2 && before.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return Qualifier.EXACT;
    }
}
