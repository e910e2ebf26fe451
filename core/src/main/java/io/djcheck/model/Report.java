package io.djcheck.model;

import java.util.List;
import java.util.Objects;

/**
 * A report mapped onto the domain: its kind, year and level, its sections and every fact found in
 * it. Offsets in sections and evidence point into {@link #text()}, the normalised text.
 * {@code organisation} (the reporting organisation's name, or null) and {@code genreEvidence} (the
 * sentence that told the genre, or null) were added in v2.
 */
public record Report(
        String source,
        String sha256,
        String text,
        Genre genre,
        Integer year,
        OrgLevel orgLevel,
        List<Section> sections,
        List<Quantity> quantities,
        List<Mention> mentions,
        List<Placeholder> placeholders,
        List<FormatIssue> formatIssues,
        Organisation organisation,
        Evidence genreEvidence) {

    /** A report without organisation and genre evidence (the v1 form). */
    public Report(String source, String sha256, String text, Genre genre, Integer year, OrgLevel orgLevel,
                  List<Section> sections, List<Quantity> quantities, List<Mention> mentions,
                  List<Placeholder> placeholders, List<FormatIssue> formatIssues) {
        this(source, sha256, text, genre, year, orgLevel, sections, quantities, mentions, placeholders, formatIssues,
                null, null);
    }

    public Report {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(genre, "genre");
        Objects.requireNonNull(orgLevel, "orgLevel");
        sections = List.copyOf(sections);
        quantities = List.copyOf(quantities);
        mentions = List.copyOf(mentions);
        placeholders = List.copyOf(placeholders);
        formatIssues = List.copyOf(formatIssues);
    }

    public boolean hasSection(SectionKind kind) {
        for (Section s : sections) {
            if (s.kind() == kind) {
                return true;
            }
        }
        return false;
    }
}
