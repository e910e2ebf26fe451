package io.djcheck.extract;

import io.djcheck.model.Internal;
import io.djcheck.model.Document;
import io.djcheck.model.FactContext;
import io.djcheck.model.FormatIssue;
import io.djcheck.model.Genre;
import io.djcheck.model.Report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns report text into facts with evidence, in one pass over the text: normalise, lay out
 * paragraphs and clauses, run the lexicon's automaton once, read the numbers, find the sections,
 * then bind quantities and mentions in their context and scan for placeholders and format defects.
 * Immutable and thread-safe; build one per lexicon and share it.
 *
 * <pre>{@code
 * Extractor extractor = new Extractor(lexicon);
 * Report report = extractor.extract(document);
 * }</pre>
 */
@Internal
public final class Extractor {

    private final Lexicon lexicon;
    private final TextNormalizer normalizer = new TextNormalizer();
    private final NumberScanner numbers;
    private final QuantityBinder quantities;
    private final EnumeratorScanner enumerators = new EnumeratorScanner();
    private final SectionDetector sections = new SectionDetector();
    private final MentionFinder mentions = new MentionFinder();
    private final PlaceholderScanner placeholders = new PlaceholderScanner();
    private final OrdinalChecker ordinals = new OrdinalChecker();
    private final BracketChecker brackets = new BracketChecker();
    private final GenreDetector genres;
    private final YearDetector years = new YearDetector();
    private final OrgLevelDetector orgLevels;
    private final OrganisationDetector organisations = new OrganisationDetector();

    public Extractor(Lexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.numbers = new NumberScanner(lexicon);
        this.quantities = new QuantityBinder(lexicon);
        this.genres = new GenreDetector(lexicon);
        this.orgLevels = new OrgLevelDetector(lexicon);
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** The canonical text evidence offsets point into. */
    public NormalizedText normalize(String text) {
        return normalizer.normalize(text);
    }

    /**
     * A report's facts and how many distinct words of Party building and grassroots governance (the
     * lexicon's {@code reportDomain.terms}) its text holds, both from the same scan of the text.
     */
    public record Result(Report report, int domainTerms, int domainMinTerms) {

        /**
         * Whether the report is a Party-building report at all: it holds at least the lexicon's
         * {@code reportDomain.minTerms} distinct domain words. A recipe, a README or a novel holds none;
         * a Youth League report or a news item with one Party phrase holds fewer.
         */
        public boolean isPartyBuildingReport() {
            return domainMinTerms <= 0 || domainTerms >= domainMinTerms;
        }
    }

    /** The facts of {@code document}. */
    public Report extract(Document document) {
        return extractCounting(document).report();
    }

    /** The facts of {@code document} and its count of domain words, from one scan of its text. */
    public Result extractCounting(Document document) {
        String text = normalizer.normalize(document.text()).text();
        TextLayout layout = TextLayout.of(text);
        Hits hits = lexicon.index().scan(text);
        List<Enumerator> marks = enumerators.scan(text, layout);
        SectionMap sectionMap = sections.detect(text, layout, marks, hits);
        EvidenceFactory evidence = new EvidenceFactory(layout, sectionMap);
        GenreDetector.Result genre = genres.detect(text, layout, marks, hits, evidence);
        ContextClassifier contexts = new ContextClassifier(layout, sectionMap, hits, lexicon.problemNouns(),
                genre.genre() == Genre.PLAN || genre.rules() ? FactContext.PLANNED : FactContext.AFFIRMED);

        List<FormatIssue> formatIssues = new ArrayList<>(ordinals.check(text, marks, evidence));
        formatIssues.addAll(brackets.check(text, layout, evidence));
        formatIssues.sort((a, b) -> Integer.compare(a.evidence().start(), b.evidence().start()));

        Report report = new Report(
                document.source(),
                document.sha256(),
                text,
                genre.genre(),
                years.detect(text, layout, sectionMap, hits),
                orgLevels.detect(layout, hits),
                sectionMap.sections(),
                quantities.bind(layout, hits, numbers.scan(text, hits), contexts, evidence),
                mentions.find(layout, hits, contexts, evidence),
                placeholders.scan(text, layout, evidence),
                formatIssues,
                organisations.detect(layout, hits, evidence),
                genre.evidence());
        return new Result(report, domainTerms(hits), lexicon.domainMinTerms());
    }

    /** Distinct domain words among the hits; an excluded word (团支部) has the key "" and outlasts the term it holds. */
    private static int domainTerms(Hits hits) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Hit h : hits.longest(Term.Kind.DOMAIN)) {
            seen.add(h.term().key());
        }
        seen.remove("");
        return seen.size();
    }
}
