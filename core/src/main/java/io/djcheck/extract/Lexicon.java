package io.djcheck.extract;

import io.djcheck.model.Internal;
import io.djcheck.model.Genre;
import io.djcheck.model.OrgLevel;
import io.djcheck.model.Qualifier;
import io.djcheck.model.SectionKind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The vocabulary extraction works from: concepts and their wording, context cues, section
 * keywords, units and set phrases. A rule pack's {@code lexicon.yaml} fills it, so a region adds
 * its own wording without recompiling. Immutable; the automaton over all its strings is built once.
 *
 * <pre>{@code
 * Lexicon lexicon = Lexicon.builder()
 *     .mention("practice.sanhui_yike", "三会一课", List.of("三会一课"))
 *     .negationCues(List.of("未", "没有", "不到位"))
 *     .build();
 * }</pre>
 */
@Internal
public final class Lexicon {

    /** A practice named in reports: any of {@code terms} is a mention; {@code label} names it to people. */
    public record MentionConcept(String key, String label, List<String> terms) {
        public MentionConcept {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
            terms = List.copyOf(terms);
        }
    }

    /**
     * A counted thing. A number binds to it when, in the same clause, every term of one of the
     * {@code cues} groups appears, none of {@code excludes} does, and the number's canonical unit
     * is one of {@code units}. Where several concepts could take a number, the higher
     * {@code priority} wins, then the nearer cue ("收入10万元以上的行政村12个" counts villages by
     * income, not all villages, though 行政村 stands nearer). With {@code bareFrequency}, a frequency
     * the concept's clause states without a number ("党小组会没有做到每月召开") counts once per period
     * (perYear 12), where other concepts take only numbers.
     */
    public record QuantityConcept(String key, String label, List<List<String>> cues, Set<String> units,
                                  List<String> excludes, List<AttributeSlot> attributes, int priority,
                                  boolean bareFrequency) {
        public QuantityConcept(String key, String label, List<List<String>> cues, Set<String> units,
                               List<String> excludes, List<AttributeSlot> attributes) {
            this(key, label, cues, units, excludes, attributes, 0);
        }

        public QuantityConcept(String key, String label, List<List<String>> cues, Set<String> units,
                               List<String> excludes, List<AttributeSlot> attributes, int priority) {
            this(key, label, cues, units, excludes, attributes, priority, false);
        }

        public QuantityConcept {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
            cues = cues.stream().map(List::copyOf).toList();
            units = Set.copyOf(units);
            excludes = List.copyOf(excludes);
            attributes = List.copyOf(attributes);
        }
    }

    /**
     * A second number in the clause that qualifies the count: "8个村集体经济收入达到了15万元以上"
     * gives the count 8 the attribute {@code thresholdYuan} 150000 from the number in 元. Only a
     * number whose qualifier is one of {@code qualifiers} fills the slot: a level reached (15万元以上)
     * is not a level stayed below (5万元以下), and a band (5万至10万元) is neither.
     */
    public record AttributeSlot(String name, String unit, boolean required, Set<Qualifier> qualifiers) {
        /** What a slot accepts unless the lexicon says otherwise: a level stated, reached or passed. */
        public static final Set<Qualifier> LEVEL_REACHED = Set.of(Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.APPROX);

        public AttributeSlot {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(unit, "unit");
            qualifiers = qualifiers == null || qualifiers.isEmpty() ? LEVEL_REACHED : Set.copyOf(qualifiers);
        }

        public AttributeSlot(String name, String unit, boolean required) {
            this(name, unit, required, LEVEL_REACHED);
        }

        boolean accepts(Qualifier q) {
            return qualifiers.contains(q);
        }
    }

    /** A unit as written and the canonical unit it stands for, with the factor to apply. */
    public record Unit(String canonical, double factor) {
        public Unit {
            Objects.requireNonNull(canonical, "canonical");
        }
    }

    private final List<MentionConcept> mentions;
    private final List<QuantityConcept> quantities;
    private final List<String> negationCues;
    private final List<String> resolvedCues;
    private final List<String> problemNouns;
    private final List<String> preventedCues;
    private final List<String> planCues;
    private final List<String> weakPlanCues;
    private final List<String> neutralWords;
    private final List<String> fillerWords;
    private final List<String> setPhrases;
    private final Map<SectionKind, List<String>> headingKeywords;
    private final Map<SectionKind, List<String>> weakHeadingKeywords;
    private final Map<SectionKind, List<String>> inlineLeadIns;
    private final Map<SectionKind, List<String>> paragraphLeadIns;
    private final Map<Genre, Map<String, Integer>> genreCues;
    private final Map<OrgLevel, List<String>> orgLevelCues;
    private final Map<Genre, List<String>> titleHeads;
    private final Map<Genre, List<String>> weakTitleHeads;
    private final Map<String, Integer> frequencies;
    private final Map<String, Unit> units;
    private final Map<String, Qualifier> qualifierPrefixes;
    private final Map<String, Qualifier> qualifierSuffixes;
    private final List<String> planYearCues;
    private final List<String> planYearBeforeCues;
    private final List<String> contrastCues;
    private final List<String> normCues;
    private final List<String> eventYearCues;
    private final List<String> superiorCues;
    private final Map<OrgLevel, List<String>> weakOrgLevelCues;
    private final List<String> orgLevelIgnored;
    private final List<String> orgSuffixes;
    private final List<String> orgGeneric;
    private final Map<OrgLevel, List<String>> titleOpeners;
    private final List<String> domainTerms;
    private final List<String> domainExcluded;
    private final int domainMinTerms;
    private final TermIndex index;

    private Lexicon(Builder b) {
        mentions = List.copyOf(b.mentions);
        quantities = List.copyOf(b.quantities);
        negationCues = List.copyOf(b.negationCues);
        resolvedCues = List.copyOf(b.resolvedCues);
        problemNouns = List.copyOf(b.problemNouns);
        preventedCues = List.copyOf(b.preventedCues);
        planCues = List.copyOf(b.planCues);
        contrastCues = List.copyOf(b.contrastCues);
        normCues = List.copyOf(b.normCues);
        weakPlanCues = List.copyOf(b.weakPlanCues);
        neutralWords = List.copyOf(b.neutralWords);
        fillerWords = List.copyOf(b.fillerWords);
        setPhrases = List.copyOf(b.setPhrases);
        headingKeywords = copy(b.headingKeywords);
        weakHeadingKeywords = copy(b.weakHeadingKeywords);
        inlineLeadIns = copy(b.inlineLeadIns);
        paragraphLeadIns = copy(b.paragraphLeadIns);
        Map<Genre, Map<String, Integer>> g = new EnumMap<>(Genre.class);
        b.genreCues.forEach((k, v) -> g.put(k, Map.copyOf(v)));
        genreCues = Map.copyOf(g);
        titleHeads = copy(b.titleHeads);
        weakTitleHeads = copy(b.weakTitleHeads);
        Map<OrgLevel, List<String>> o = new EnumMap<>(OrgLevel.class);
        b.orgLevelCues.forEach((k, v) -> o.put(k, List.copyOf(v)));
        orgLevelCues = Map.copyOf(o);
        frequencies = Map.copyOf(b.frequencies);
        units = Map.copyOf(b.units);
        qualifierPrefixes = Map.copyOf(b.qualifierPrefixes);
        qualifierSuffixes = Map.copyOf(b.qualifierSuffixes);
        planYearCues = List.copyOf(b.planYearCues);
        planYearBeforeCues = List.copyOf(b.planYearBeforeCues);
        eventYearCues = List.copyOf(b.eventYearCues);
        superiorCues = List.copyOf(b.superiorCues);
        Map<OrgLevel, List<String>> w = new EnumMap<>(OrgLevel.class);
        b.weakOrgLevelCues.forEach((k, v) -> w.put(k, List.copyOf(v)));
        weakOrgLevelCues = Map.copyOf(w);
        orgLevelIgnored = List.copyOf(b.orgLevelIgnored);
        orgSuffixes = List.copyOf(b.orgSuffixes);
        orgGeneric = List.copyOf(b.orgGeneric);
        titleOpeners = copy(b.titleOpeners);
        domainTerms = List.copyOf(b.domainTerms);
        domainExcluded = List.copyOf(b.domainExcluded);
        domainMinTerms = b.domainMinTerms;
        index = TermIndex.of(this);
    }

    private static <K> Map<K, List<String>> copy(Map<K, List<String>> m) {
        Map<K, List<String>> c = new HashMap<>();
        m.forEach((k, v) -> c.put(k, List.copyOf(v)));
        return Map.copyOf(c);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<MentionConcept> mentions() { return mentions; }
    /** Words right after a year that make it the year of an event, not of the report (换届, 审计, 初). */
    public List<String> eventYearCues() { return eventYearCues; }
    /** Words of a clause that name a superior body, not the reporting one (根据, 按照, 上级). */
    public List<String> superiorCues() { return superiorCues; }
    /** Level names that count once, against three for the names of {@link #orgLevelCues()} (社区, 网格, 全区). */
    public Map<OrgLevel, List<String>> weakOrgLevelCues() { return weakOrgLevelCues; }
    /** Phrases in which a level name names no level (村（社区）). */
    public List<String> orgLevelIgnored() { return orgLevelIgnored; }
    /** Words an organisation's name ends in: 党委, 党支部, 镇, 社区. */
    public List<String> orgSuffixes() { return orgSuffixes; }
    /** Words before a suffix that name no organisation (基层, 农村, 一些). */
    public List<String> orgGeneric() { return orgGeneric; }
    /** Bare level words that name the reporter's level when a title opens with them (村…总结, 县…要点). */
    public Map<OrgLevel, List<String>> titleOpeners() { return titleOpeners; }
    /** Words of Party building and grassroots governance; a text with fewer distinct ones is no report. */
    public List<String> domainTerms() { return domainTerms; }
    /** Words that hold a domain term but belong to another domain (团支部 holds 支部). */
    public List<String> domainExcluded() { return domainExcluded; }
    /** Fewest distinct {@link #domainTerms()} a Party-building report holds (0: every text is one). */
    public int domainMinTerms() { return domainMinTerms; }
    public List<QuantityConcept> quantities() { return quantities; }
    public List<String> negationCues() { return negationCues; }
    /** Words that, before a negation cue followed by a problem noun, make it a problem dealt with (解决…不到位的问题). */
    public List<String> resolvedCues() { return resolvedCues; }
    /** Nouns that name a problem right after a negation cue: 问题, 现象, 情况. */
    public List<String> problemNouns() { return problemNouns; }
    /** Words that, before a negation cue in its clause, make it prevented rather than present (防止…流于形式). */
    public List<String> preventedCues() { return preventedCues; }
    public List<String> planCues() { return planCues; }

    /** Words opening a clause that takes back what the sentence affirmed before it: 但, 但仍, 然而. */
    public List<String> contrastCues() { return contrastCues; }
    /** Words of a rule (必须, 原则上, 不得): a text mostly of them is a set of rules, not an account. */
    public List<String> normCues() { return normCues; }
    /** Plan cues that count only outside an achievements section (将 there mostly means 把). */
    public List<String> weakPlanCues() { return weakPlanCues; }
    /** Words that contain a cue but are not one (重要 holds 要, 未来 holds 未). */
    public List<String> neutralWords() { return neutralWords; }
    /** Words of a clause that only continues the count of the clause before ("…，全年共12次"). */
    public List<String> fillerWords() { return fillerWords; }
    /** Set phrases whose numbers are not quantities: 三会一课, 两委, 二十大 ... */
    public List<String> setPhrases() { return setPhrases; }
    public Map<SectionKind, List<String>> headingKeywords() { return headingKeywords; }
    /** Keywords that classify only a short heading (问题, 不足): in a long one they are topic words. */
    public Map<SectionKind, List<String>> weakHeadingKeywords() { return weakHeadingKeywords; }
    /** Lead-ins that open a section wherever they stand (究其原因). */
    public Map<SectionKind, List<String>> inlineLeadIns() { return inlineLeadIns; }
    /** Lead-ins that open a section only at the start of a paragraph (下一步，). */
    public Map<SectionKind, List<String>> paragraphLeadIns() { return paragraphLeadIns; }
    public Map<Genre, Map<String, Integer>> genreCues() { return genreCues; }
    /** Words a title ends in that name its genre whatever the body says (…述职报告, …发言, …工作要点). */
    public Map<Genre, List<String>> titleHeads() { return titleHeads; }
    /** Title endings that name a genre only when the title holds no other cue (…报告). */
    public Map<Genre, List<String>> weakTitleHeads() { return weakTitleHeads; }
    public Map<OrgLevel, List<String>> orgLevelCues() { return orgLevelCues; }
    /** 每月 → 12, 每季度 → 4: how often a period occurs in a year. */
    public Map<String, Integer> frequencies() { return frequencies; }
    public Map<String, Unit> units() { return units; }
    public Map<String, Qualifier> qualifierPrefixes() { return qualifierPrefixes; }
    public Map<String, Qualifier> qualifierSuffixes() { return qualifierSuffixes; }
    /** Words that make a year a plan year (明年, 将): the reporting year is the one before. */
    public List<String> planYearCues() { return planYearCues; }
    /** Words right before a year that make it a target year (到2025年, 力争到2025年). */
    public List<String> planYearBeforeCues() { return planYearBeforeCues; }

    TermIndex index() { return index; }

    /** The label people read for {@code concept}, or the key itself when the lexicon has none. */
    public String label(String concept) {
        for (MentionConcept m : mentions) {
            if (m.key().equals(concept)) {
                return m.label();
            }
        }
        for (QuantityConcept q : quantities) {
            if (q.key().equals(concept)) {
                return q.label();
            }
        }
        return concept;
    }

    /** Every concept key this lexicon defines, mentions and quantities. */
    public Set<String> conceptKeys() {
        Set<String> keys = new java.util.LinkedHashSet<>();
        mentions.forEach(m -> keys.add(m.key()));
        quantities.forEach(q -> keys.add(q.key()));
        return keys;
    }

    /** Collects a lexicon; {@link #build()} checks it and compiles the automaton. */
    public static final class Builder {
        private final List<MentionConcept> mentions = new ArrayList<>();
        private final List<QuantityConcept> quantities = new ArrayList<>();
        private final List<String> negationCues = new ArrayList<>();
        private final List<String> resolvedCues = new ArrayList<>();
        private final List<String> problemNouns = new ArrayList<>();
        private final List<String> preventedCues = new ArrayList<>();
        private final List<String> planCues = new ArrayList<>();
        private final List<String> contrastCues = new ArrayList<>();
        private final List<String> normCues = new ArrayList<>();
        private final List<String> weakPlanCues = new ArrayList<>();
        private final List<String> neutralWords = new ArrayList<>();
        private final List<String> fillerWords = new ArrayList<>();
        private final List<String> setPhrases = new ArrayList<>();
        private final Map<SectionKind, List<String>> headingKeywords = new EnumMap<>(SectionKind.class);
        private final Map<SectionKind, List<String>> weakHeadingKeywords = new EnumMap<>(SectionKind.class);
        private final Map<SectionKind, List<String>> inlineLeadIns = new EnumMap<>(SectionKind.class);
        private final Map<SectionKind, List<String>> paragraphLeadIns = new EnumMap<>(SectionKind.class);
        private final Map<Genre, Map<String, Integer>> genreCues = new EnumMap<>(Genre.class);
        private final Map<OrgLevel, List<String>> orgLevelCues = new EnumMap<>(OrgLevel.class);
        private final Map<Genre, List<String>> titleHeads = new EnumMap<>(Genre.class);
        private final Map<Genre, List<String>> weakTitleHeads = new EnumMap<>(Genre.class);
        private final List<String> eventYearCues = new ArrayList<>();
        private final List<String> superiorCues = new ArrayList<>();
        private final Map<OrgLevel, List<String>> weakOrgLevelCues = new EnumMap<>(OrgLevel.class);
        private final List<String> orgLevelIgnored = new ArrayList<>();
        private final List<String> orgSuffixes = new ArrayList<>();
        private final List<String> orgGeneric = new ArrayList<>();
        private final Map<OrgLevel, List<String>> titleOpeners = new EnumMap<>(OrgLevel.class);
        private final List<String> domainTerms = new ArrayList<>();
        private final List<String> domainExcluded = new ArrayList<>();
        private int domainMinTerms;
        private final Map<String, Integer> frequencies = new LinkedHashMap<>();
        private final Map<String, Unit> units = new LinkedHashMap<>();
        private final Map<String, Qualifier> qualifierPrefixes = new LinkedHashMap<>();
        private final Map<String, Qualifier> qualifierSuffixes = new LinkedHashMap<>();
        private final List<String> planYearCues = new ArrayList<>();
        private final List<String> planYearBeforeCues = new ArrayList<>();

        private Builder() {
        }

        public Builder mention(String key, String label, List<String> terms) {
            mentions.add(new MentionConcept(key, label, terms));
            return this;
        }

        public Builder quantity(QuantityConcept concept) {
            quantities.add(concept);
            return this;
        }

        public Builder negationCues(List<String> cues) { negationCues.addAll(cues); return this; }
        public Builder resolvedCues(List<String> cues) { resolvedCues.addAll(cues); return this; }
        public Builder problemNouns(List<String> nouns) { problemNouns.addAll(nouns); return this; }
        public Builder preventedCues(List<String> cues) { preventedCues.addAll(cues); return this; }
        public Builder planCues(List<String> cues) { planCues.addAll(cues); return this; }
        public Builder contrastCues(List<String> cues) { contrastCues.addAll(cues); return this; }
        public Builder normCues(List<String> cues) { normCues.addAll(cues); return this; }
        public Builder weakPlanCues(List<String> cues) { weakPlanCues.addAll(cues); return this; }
        public Builder neutralWords(List<String> words) { neutralWords.addAll(words); return this; }
        public Builder fillerWords(List<String> words) { fillerWords.addAll(words); return this; }
        public Builder planYearBeforeCues(List<String> cues) { planYearBeforeCues.addAll(cues); return this; }
        public Builder setPhrases(List<String> phrases) { setPhrases.addAll(phrases); return this; }
        public Builder planYearCues(List<String> cues) { planYearCues.addAll(cues); return this; }

        public Builder headingKeywords(SectionKind kind, List<String> strong, List<String> weak) {
            headingKeywords.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(strong);
            weakHeadingKeywords.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(weak);
            return this;
        }

        public Builder leadIns(SectionKind kind, List<String> anywhere, List<String> paragraphStart) {
            inlineLeadIns.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(anywhere);
            paragraphLeadIns.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(paragraphStart);
            return this;
        }

        public Builder genreCue(Genre genre, String cue, int weight) {
            genreCues.computeIfAbsent(genre, k -> new LinkedHashMap<>()).put(cue, weight);
            return this;
        }

        public Builder titleHeads(Genre genre, List<String> strong, List<String> weak) {
            titleHeads.computeIfAbsent(genre, k -> new ArrayList<>()).addAll(strong);
            weakTitleHeads.computeIfAbsent(genre, k -> new ArrayList<>()).addAll(weak);
            return this;
        }

        public Builder orgLevelCues(OrgLevel level, List<String> cues) {
            orgLevelCues.computeIfAbsent(level, k -> new ArrayList<>()).addAll(cues);
            return this;
        }

        public Builder eventYearCues(List<String> cues) { eventYearCues.addAll(cues); return this; }
        public Builder superiorCues(List<String> cues) { superiorCues.addAll(cues); return this; }
        public Builder weakOrgLevelCues(OrgLevel level, List<String> cues) {
            weakOrgLevelCues.computeIfAbsent(level, k -> new ArrayList<>()).addAll(cues);
            return this;
        }
        public Builder orgLevelIgnored(List<String> phrases) { orgLevelIgnored.addAll(phrases); return this; }
        public Builder orgSuffixes(List<String> words) { orgSuffixes.addAll(words); return this; }
        public Builder orgGeneric(List<String> words) { orgGeneric.addAll(words); return this; }
        public Builder titleOpeners(OrgLevel level, List<String> words) {
            titleOpeners.computeIfAbsent(level, k -> new ArrayList<>()).addAll(words);
            return this;
        }
        public Builder domain(List<String> terms, int minTerms) {
            domainTerms.addAll(terms);
            domainMinTerms = minTerms;
            return this;
        }
        public Builder domainExcluded(List<String> words) { domainExcluded.addAll(words); return this; }
        public Builder frequency(String cue, int perYear) { frequencies.put(cue, perYear); return this; }
        public Builder unit(String written, String canonical, double factor) {
            units.put(written, new Unit(canonical, factor));
            return this;
        }
        public Builder qualifierPrefix(String word, Qualifier q) { qualifierPrefixes.put(word, q); return this; }
        public Builder qualifierSuffix(String word, Qualifier q) { qualifierSuffixes.put(word, q); return this; }

        public Lexicon build() {
            return new Lexicon(this);
        }
    }
}
