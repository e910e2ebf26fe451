package io.djcheck.result;

import io.djcheck.model.Genre;
import io.djcheck.model.OrgLevel;
import io.djcheck.model.Report;
import io.djcheck.model.Section;

import java.util.List;

/**
 * What a result says of the report itself — genre, year, level, sections and the name of the
 * reporting organisation (null when the report does not give it; added in v2) — the part of the
 * report its JSON form keeps (the text and the facts are in {@code djcheck extract}'s JSON).
 */
public record ReportInfo(Genre genre, Integer year, OrgLevel orgLevel, List<Section> sections, String organisation) {

    public ReportInfo {
        sections = List.copyOf(sections);
    }

    /** Without the organisation's name (the v1 form). */
    public ReportInfo(Genre genre, Integer year, OrgLevel orgLevel, List<Section> sections) {
        this(genre, year, orgLevel, sections, null);
    }

    static ReportInfo of(Report r) {
        return new ReportInfo(r.genre(), r.year(), r.orgLevel(), r.sections(),
                r.organisation() == null ? null : r.organisation().name());
    }
}
