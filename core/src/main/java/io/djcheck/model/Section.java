package io.djcheck.model;

import java.util.Objects;

/**
 * A part of the report: {@code [start, end)} in the normalised text. {@code heading} is the heading
 * line, or the inline lead-in (究其原因, 下一步) where the part has no heading of its own.
 */
public record Section(SectionKind kind, String heading, int start, int end) {
    public Section {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("section span [" + start + ", " + end + ") is not a span");
        }
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
