package io.djcheck;

import io.djcheck.extract.Extractor;
import io.djcheck.extract.Lexicon;
import io.djcheck.ingest.InvalidSubmissionException;
import io.djcheck.ingest.SubmissionProblem;
import io.djcheck.model.Evidence;
import io.djcheck.model.FactContext;
import io.djcheck.model.Genre;
import io.djcheck.model.Mention;
import io.djcheck.model.OrgLevel;
import io.djcheck.model.Organisation;
import io.djcheck.model.Qualifier;
import io.djcheck.model.Quantity;
import io.djcheck.model.Report;
import io.djcheck.model.Section;
import io.djcheck.model.SectionKind;
import io.djcheck.model.Submission;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a structured submission into the {@link Report} the rules check. Without text, the
 * submitted facts are the report. With text, the text is extracted as usual and the submitted facts
 * replace what extraction found for the same concepts (the submitter's figures win). Submitted
 * facts get evidence in the text where their quote occurs, else a quote of their own at offset 0.
 * A village-by-village income list becomes {@code villages.total} and, for each income level the
 * pack declares ({@code incomeLevels:} in params.yaml), the count of villages at or above it, so
 * the collective-income rules compare exact counts.
 */
final class SubmissionReports {

    static final String VILLAGES_TOTAL = "villages.total";
    static final String VILLAGES_AT_OR_ABOVE = "villages.income_at_or_above";
    private static final String SUBMITTED = "（申报）";

    private final Extractor extractor;
    private final Set<Double> incomeLevels;

    SubmissionReports(Extractor extractor, Set<Double> incomeLevels) {
        this.extractor = extractor;
        this.incomeLevels = new TreeSet<>(incomeLevels);     // counted in rising order
    }

    Report report(Submission s) {
        checkConcepts(s);
        Report base = s.hasText() ? extractor.extract(s.document()) : null;
        String text = base == null ? "" : base.text();
        List<Section> sections = base == null ? s.sections() : base.sections();
        Lexicon lexicon = extractor.lexicon();

        List<Quantity> submitted = new ArrayList<>();
        for (Quantity q : s.quantities()) {
            String quote = q.evidence().quote().isEmpty() ? SUBMITTED + lexicon.label(q.concept()) + "："
                    + describe(q) : q.evidence().quote();
            submitted.add(withEvidence(q, place(quote, text, sections)));
        }
        submitted.addAll(villageCounts(s, submitted));
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : s.mentions()) {
            String quote = m.evidence().quote().isEmpty() ? SUBMITTED + lexicon.label(m.concept()) : m.evidence().quote();
            mentions.add(new Mention(m.concept(), m.context(), place(quote, text, sections)));
        }

        List<Quantity> quantities = new ArrayList<>();
        List<Mention> allMentions = new ArrayList<>();
        if (base != null) {
            Set<String> stated = new HashSet<>();
            submitted.forEach(q -> stated.add(q.concept()));
            base.quantities().stream().filter(q -> !stated.contains(q.concept())).forEach(quantities::add);
            Set<String> named = new HashSet<>();
            mentions.forEach(m -> named.add(m.concept()));
            base.mentions().stream().filter(m -> !named.contains(m.concept())).forEach(allMentions::add);
        }
        quantities.addAll(submitted);
        allMentions.addAll(mentions);

        Genre genre = s.genre() != null ? s.genre() : base != null ? base.genre() : Genre.DUTY_REPORT;
        OrgLevel level = s.orgLevel() == OrgLevel.UNKNOWN && base != null ? base.orgLevel() : s.orgLevel();
        // the submitted name has no place in the text: quoted, not pointed at (0, 0)
        Organisation organisation = s.organisation() == null || s.organisation().isBlank()
                ? base == null ? null : base.organisation()
                : new Organisation(s.organisation(), new Evidence(0, 0, s.organisation(), SectionKind.OTHER));
        return new Report(s.document().source(), s.document().sha256(), text, genre, s.year(), level, sections,
                quantities, allMentions, base == null ? List.of() : base.placeholders(),
                base == null ? List.of() : base.formatIssues(), organisation,
                base == null ? null : base.genreEvidence());
    }

    /** Concepts must be the pack's: a typo would otherwise silently leave a rule without evidence. */
    private void checkConcepts(Submission s) {
        Lexicon lexicon = extractor.lexicon();
        Set<String> quantityKeys = new HashSet<>();
        lexicon.quantities().forEach(q -> quantityKeys.add(q.key()));
        quantityKeys.add("other");
        Set<String> mentionKeys = new HashSet<>();
        lexicon.mentions().forEach(m -> mentionKeys.add(m.key()));
        List<SubmissionProblem> problems = new ArrayList<>();
        for (int i = 0; i < s.quantities().size(); i++) {
            String c = s.quantities().get(i).concept();
            if (!quantityKeys.contains(c)) {
                problems.add(new SubmissionProblem("/facts/quantities/" + i + "/concept", "'" + c
                        + "' is not a quantity concept of the rule pack (see its lexicon.yaml)"));
            }
        }
        for (int i = 0; i < s.mentions().size(); i++) {
            String c = s.mentions().get(i).concept();
            if (!mentionKeys.contains(c)) {
                problems.add(new SubmissionProblem("/facts/mentions/" + i + "/concept", "'" + c
                        + "' is not a mention concept of the rule pack (see its lexicon.yaml)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSubmissionException(s.document().source(), problems);
        }
    }

    private List<Quantity> villageCounts(Submission s, List<Quantity> submitted) {
        List<Submission.VillageIncome> incomes = s.villageIncomes();
        if (incomes.isEmpty()) {
            return List.of();
        }
        List<Quantity> out = new ArrayList<>();
        if (submitted.stream().noneMatch(q -> q.concept().equals(VILLAGES_TOTAL))) {
            out.add(count(VILLAGES_TOTAL, incomes.size(), Map.of(),
                    SUBMITTED + "逐村申报村集体经济收入，共" + incomes.size() + "个村"));
        }
        for (double level : incomeLevels) {
            List<String> below = new ArrayList<>();
            int atOrAbove = 0;
            for (Submission.VillageIncome v : incomes) {
                if (v.incomeYuan() >= level) {
                    atOrAbove++;
                } else {
                    below.add(v.village() + "（" + money(v.incomeYuan()) + "元）");
                }
            }
            String quote = SUBMITTED + "村集体经济收入达到" + money(level) + "元以上的村" + atOrAbove + "个"
                    + (below.isEmpty() ? "" : "，未达到的：" + String.join("、", below));
            out.add(count(VILLAGES_AT_OR_ABOVE, atOrAbove, Map.of(Quantity.THRESHOLD_YUAN, level), quote));
        }
        return out;
    }

    private static Quantity count(String concept, int value, Map<String, Object> attributes, String quote) {
        return new Quantity(concept, (double) value, null, Qualifier.EXACT, "个", null, FactContext.AFFIRMED,
                attributes, new Evidence(0, 0, quote, SectionKind.OTHER));
    }

    /** Where the quote stands in the normalised text, else a quote of its own at offset 0. */
    private Evidence place(String quote, String text, List<Section> sections) {
        if (!text.isEmpty()) {
            String q = extractor.normalize(quote).text().strip();
            int at = q.isEmpty() ? -1 : text.indexOf(q);
            if (at >= 0) {
                return new Evidence(at, at + q.length(), q, sectionAt(sections, at));
            }
        }
        return new Evidence(0, 0, quote, SectionKind.OTHER);
    }

    private static SectionKind sectionAt(List<Section> sections, int offset) {
        Section best = null;
        for (Section s : sections) {
            if (s.contains(offset) && (best == null || s.end() - s.start() < best.end() - best.start())) {
                best = s;
            }
        }
        return best == null ? SectionKind.OTHER : best.kind();
    }

    private static Quantity withEvidence(Quantity q, Evidence e) {
        return new Quantity(q.concept(), q.value(), q.upper(), q.qualifier(), q.unit(), q.perYear(), q.context(),
                q.attributes(), e);
    }

    private static String describe(Quantity q) {
        String unit = q.unit() == null ? "" : q.unit();
        if (q.masked()) {
            return "*" + unit;
        }
        String v = money(q.value()) + (q.upper() == null ? "" : "-" + money(q.upper()));
        return v + unit + (q.perYear() == null ? "" : "（每年" + money(q.perYear()) + "）");
    }

    private static String money(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
