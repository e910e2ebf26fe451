package io.djcheck.model;

import java.util.Objects;

/**
 * Where a fact was found: {@code [start, end)} in the normalised report text, the clause or
 * sentence quoted from it, and the kind of section it sits in.
 */
public record Evidence(int start, int end, String quote, SectionKind section) {
    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("evidence span [" + start + ", " + end + ") is not a span");
        }
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(section, "section");
    }
}
