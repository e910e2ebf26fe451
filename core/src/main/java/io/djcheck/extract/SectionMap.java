package io.djcheck.extract;

import io.djcheck.model.Section;
import io.djcheck.model.SectionKind;

import java.util.List;

/** The sections of a report, and the kind of section any offset falls in. */
final class SectionMap {

    private final List<Section> sections;

    SectionMap(List<Section> sections) {
        this.sections = List.copyOf(sections);
    }

    List<Section> sections() {
        return sections;
    }

    /** The innermost classified section holding {@code offset}; OTHER outside all of them. */
    SectionKind kindAt(int offset) {
        Section best = null;
        for (Section s : sections) {
            if (s.kind() != SectionKind.OTHER && s.contains(offset)
                    && (best == null || s.end() - s.start() < best.end() - best.start())) {
                best = s;
            }
        }
        return best == null ? SectionKind.OTHER : best.kind();
    }

    /** Whether {@code offset} lies in a section of {@code kind}, however nested. */
    boolean within(int offset, SectionKind kind) {
        for (Section s : sections) {
            if (s.kind() == kind && s.contains(offset)) {
                return true;
            }
        }
        return false;
    }
}
