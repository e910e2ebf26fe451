package io.djcheck.compare;

import io.djcheck.compare.SectionIndex.Place;
import io.djcheck.model.Evidence;
import io.djcheck.model.FactContext;
import io.djcheck.model.Mention;
import io.djcheck.model.Quantity;
import io.djcheck.model.Report;
import io.djcheck.model.SectionKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Follows each problem and promise of last year's report into this year's: by its headline (a
 * sentence of this year that speaks of it, see {@link TopicMatcher}) and by the concepts of the
 * facts inside it (the same concept stated again, as a problem, as done or as a plan).
 */
final class CarriedItems {

    /** The share of a headline a sentence must speak of to be about it (IDF-weighted character pairs). */
    static final double TOPIC_MIN = 0.7;

    /**
     * Words that tell a sentence reports a shortcoming put right. Looked for only in a sentence that
     * already speaks of the problem, outside the problems and plans of this year's report.
     */
    static final List<String> RECTIFICATION_CUES = List.of(
            "整改", "解决", "改善", "改进", "改观", "扭转", "纠正", "补齐", "提升", "提高", "增强", "加强", "规范");

    private final Report last;
    private final Report current;
    private final List<Candidate> candidates = new ArrayList<>();
    private final TopicMatcher topics;
    private final SectionIndex lastSections;
    private final SectionIndex currentSections;

    CarriedItems(Report last, Report current, List<TextSpan> currentSentences, TopicMatcher topics) {
        this.last = last;
        this.current = current;
        this.topics = topics;
        this.lastSections = new SectionIndex(last);
        this.currentSections = new SectionIndex(current);
        for (TextSpan s : currentSentences) {        // each sentence read once, not once per item
            candidates.add(new Candidate(currentSections.evidence(s), TopicMatcher.bigrams(s.text()),
                    currentSections.placeOf(s), hasRectificationCue(s.text())));
        }
    }

    /** A sentence of this year's report, ready to be matched against any headline. */
    private record Candidate(Evidence evidence, Set<String> bigrams, Place place, boolean rectification) {
    }

    List<CarriedItem> problems() {
        List<CarriedItem> out = new ArrayList<>();
        for (Points.Point p : Points.of(last, SectionKind.PROBLEMS, SectionKind.CAUSES)) {
            out.add(problem(p));
        }
        for (Points.Point p : problemClausesElsewhere()) {
            out.add(problem(p));
        }
        return out;
    }

    /**
     * Shortcomings last year's report names outside its problems part ("坚持三会一课，但仍有支部未按时开展"):
     * each clause holding a fact in PROBLEM context is a problem too, headed by the clause itself.
     */
    private List<Points.Point> problemClausesElsewhere() {
        Set<Long> seen = new java.util.HashSet<>();
        List<Evidence> clauses = new ArrayList<>();
        for (Quantity q : last.quantities()) {
            if (q.context() == FactContext.PROBLEM && !"other".equals(q.concept())) {
                clauses.add(q.evidence());
            }
        }
        for (Mention m : last.mentions()) {
            if (m.context() == FactContext.PROBLEM) {
                clauses.add(m.evidence());
            }
        }
        clauses.sort(java.util.Comparator.comparingInt(Evidence::start));
        List<Points.Point> out = new ArrayList<>();
        for (Evidence e : clauses) {
            TextSpan span = new TextSpan(e.start(), e.end(), e.quote());
            if (lastSections.placeOf(span) != Place.SHORTCOMINGS && seen.add(((long) e.start() << 32) | e.end())) {
                out.add(new Points.Point(e.start(), e.end(), e.quote()));
            }
        }
        return out;
    }

    List<CarriedItem> promises() {
        List<CarriedItem> out = new ArrayList<>();
        for (Points.Point p : Points.of(last, SectionKind.NEXT_STEPS)) {
            out.add(promise(p));
        }
        return out;
    }

    private CarriedItem problem(Points.Point p) {
        List<String> concepts = conceptsIn(p);
        Match named = best(p.headline(), Place.SHORTCOMINGS, false);
        if (named != null) {
            return item(ItemKind.PROBLEM, p, concepts, ItemStatus.REPEATED, named.evidence,
                    "本年“存在问题”部分仍写到（" + named.percent() + "相同）");
        }
        Found fact = fact(concepts, FactContext.PROBLEM);
        if (fact != null) {
            return item(ItemKind.PROBLEM, p, concepts, ItemStatus.REPEATED, fact.evidence, "本年仍以问题写到同一事项（" + fact.concept + "）");
        }
        Match rectified = best(p.headline(), Place.DONE, true);
        if (rectified != null) {
            return item(ItemKind.PROBLEM, p, concepts, ItemStatus.ADDRESSED, rectified.evidence,
                    "本年写明整改或改善（" + rectified.percent() + "相同）");
        }
        fact = fact(concepts, FactContext.AFFIRMED);
        if (fact != null) {
            return item(ItemKind.PROBLEM, p, concepts, ItemStatus.ADDRESSED, fact.evidence, "本年肯定同一事项已做到（" + fact.concept + "）");
        }
        return item(ItemKind.PROBLEM, p, concepts, ItemStatus.DROPPED, null, "本年未再提及，也未说明整改");
    }

    private CarriedItem promise(Points.Point p) {
        List<String> concepts = conceptsIn(p);
        Match done = best(p.headline(), Place.DONE, false);
        if (done != null) {
            return item(ItemKind.PROMISE, p, concepts, ItemStatus.DELIVERED, done.evidence,
                    "本年工作成效中写到（" + done.percent() + "相同）");
        }
        Found allDone = everyConceptAffirmed(concepts);
        if (allDone != null) {
            return item(ItemKind.PROMISE, p, concepts, ItemStatus.DELIVERED, allDone.evidence, "本年肯定其中各事项已做到");
        }
        Match again = best(p.headline(), Place.PLANS, false);
        if (again != null) {
            return item(ItemKind.PROMISE, p, concepts, ItemStatus.STILL_PROMISED, again.evidence,
                    "本年“下一步”部分再次承诺（" + again.percent() + "相同）");
        }
        Found planned = fact(concepts, FactContext.PLANNED);
        if (planned != null) {
            return item(ItemKind.PROMISE, p, concepts, ItemStatus.STILL_PROMISED, planned.evidence, "本年仍作为计划写到（" + planned.concept + "）");
        }
        return item(ItemKind.PROMISE, p, concepts, ItemStatus.DROPPED, null, "本年未再提及，也未说明完成情况");
    }

    private CarriedItem item(ItemKind kind, Points.Point p, List<String> concepts, ItemStatus status,
                             Evidence current, String why) {
        return new CarriedItem(kind, p.headline(), concepts, status, lastSections.evidence(p.start(), p.end()), current, why);
    }

    /** The sentence of this year, in that place, that speaks most of the headline, if it speaks enough of it. */
    private Match best(String headline, Place place, boolean rectification) {
        Match best = null;
        TopicMatcher.Topic topic = topics.topic(headline);
        for (Candidate s : candidates) {
            if (s.place != place || (rectification && !s.rectification)) {
                continue;
            }
            double c = topic.coverage(s.bigrams);
            if (c >= TOPIC_MIN && (best == null || c > best.coverage)) {
                best = new Match(s.evidence, c);
            }
        }
        return best;
    }

    private static boolean hasRectificationCue(String sentence) {
        for (String cue : RECTIFICATION_CUES) {
            if (sentence.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /** The concepts of the facts inside the point; numbers of no concept ({@code other}) tell nothing. */
    private List<String> conceptsIn(Points.Point p) {
        Set<String> out = new LinkedHashSet<>();
        for (Quantity q : last.quantities()) {
            if (!"other".equals(q.concept()) && q.evidence().start() >= p.start() && q.evidence().start() < p.end()) {
                out.add(q.concept());
            }
        }
        for (Mention m : last.mentions()) {
            if (m.evidence().start() >= p.start() && m.evidence().start() < p.end()) {
                out.add(m.concept());
            }
        }
        return List.copyOf(out);
    }

    /** The first fact of this year of one of the concepts, in that context. */
    private Found fact(List<String> concepts, FactContext context) {
        for (String concept : concepts) {
            Found f = fact(concept, context);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private Found fact(String concept, FactContext context) {
        for (Quantity q : current.quantities()) {
            if (q.concept().equals(concept) && q.context() == context) {
                return new Found(concept, q.evidence());
            }
        }
        for (Mention m : current.mentions()) {
            if (m.concept().equals(concept) && m.context() == context) {
                return new Found(concept, m.evidence());
            }
        }
        return null;
    }

    /** The first affirmed fact when every concept of the point has one this year, else null. */
    private Found everyConceptAffirmed(List<String> concepts) {
        Found first = null;
        for (String concept : concepts) {
            Found f = fact(concept, FactContext.AFFIRMED);
            if (f == null) {
                return null;
            }
            first = first == null ? f : first;
        }
        return first;
    }

    private record Found(String concept, Evidence evidence) {
    }

    private record Match(Evidence evidence, double coverage) {
        String percent() {
            return String.format(Locale.ROOT, "%.0f%%", coverage * 100);
        }
    }
}
