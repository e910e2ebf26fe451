package io.djcheck.model;

import java.util.List;
import java.util.Objects;

/**
 * A report submitted as data (JSON or YAML, see {@code docs/schema/submission.schema.json}): who
 * reports for which year, optionally the full text, and optionally facts stated directly. Facts
 * carry no position yet: their evidence quotes the submitted sentence (or is empty) at offset 0,
 * and the checker places them when the submission also holds the text.
 *
 * <pre>{@code
 * Input in = new DocumentReader().readInput(Path.of("report.yaml"));
 * in.submission().ifPresent(s -> System.out.println(s.organisation() + " " + s.year() + " " + s.quantities()));
 * }</pre>
 *
 * @param document       source, hash of the submitted bytes, and the text ({@code ""} when none)
 * @param organisation   the reporting organisation
 * @param orgLevel       its level
 * @param year           the reporting year
 * @param authorRole     who reports (党委书记 ...), or {@code null}
 * @param genre          the declared kind of document, or {@code null} when not declared
 * @param sections       the parts a report without text declares
 * @param villageIncomes each village's collective income, when given village by village
 */
public record Submission(
        Document document,
        String organisation,
        OrgLevel orgLevel,
        Integer year,
        String authorRole,
        Genre genre,
        List<Section> sections,
        List<Quantity> quantities,
        List<Mention> mentions,
        List<VillageIncome> villageIncomes) {

    public Submission {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(orgLevel, "orgLevel");
        sections = List.copyOf(sections);
        quantities = List.copyOf(quantities);
        mentions = List.copyOf(mentions);
        villageIncomes = List.copyOf(villageIncomes);
    }

    /** Whether the full text was submitted (and is to be extracted). */
    public boolean hasText() {
        return !document.text().isBlank();
    }

    /** One village's collective economic income for the year, in 元, and the sentence stating it ({@code ""} if none). */
    public record VillageIncome(String village, double incomeYuan, String quote) {
        public VillageIncome {
            Objects.requireNonNull(village, "village");
            Objects.requireNonNull(quote, "quote");
        }
    }
}
