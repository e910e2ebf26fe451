package io.djcheck.compare;

import io.djcheck.model.Evidence;
import io.djcheck.model.Report;
import io.djcheck.model.Section;
import io.djcheck.model.SectionKind;

import java.util.EnumSet;
import java.util.Set;

/** Which parts of a report an offset lies in (a merged 问题及原因 part is PROBLEMS and CAUSES at once). */
final class SectionIndex {

    private final Report report;

    SectionIndex(Report report) {
        this.report = report;
    }

    Set<SectionKind> kindsAt(int offset) {
        Set<SectionKind> out = EnumSet.noneOf(SectionKind.class);
        for (Section s : report.sections()) {
            if (s.contains(offset)) {
                out.add(s.kind());
            }
        }
        return out;
    }

    /** The first part that holds the offset, as evidence names it; OTHER outside every part. */
    SectionKind kindAt(int offset) {
        for (Section s : report.sections()) {
            if (s.contains(offset)) {
                return s.kind();
            }
        }
        return SectionKind.OTHER;
    }

    Evidence evidence(TextSpan span) {
        return new Evidence(span.start(), span.end(), span.text(), kindAt(span.start()));
    }

    Evidence evidence(int start, int end) {
        return new Evidence(start, end, report.text().substring(start, end), kindAt(start));
    }

    /** Where a sentence sits for the purpose of comparing: shortcomings, plans, or what was done. */
    Place placeOf(TextSpan span) {
        Set<SectionKind> kinds = kindsAt(span.start());
        if (kinds.contains(SectionKind.PROBLEMS) || kinds.contains(SectionKind.CAUSES)) {
            return Place.SHORTCOMINGS;
        }
        return kinds.contains(SectionKind.NEXT_STEPS) ? Place.PLANS : Place.DONE;
    }

    enum Place { SHORTCOMINGS, PLANS, DONE }
}
