package io.djcheck.model;

import java.util.Objects;

/** A defect in the form of the text, with the place it occurs. */
public record FormatIssue(FormatIssueKind kind, String detail, Evidence evidence) implements Fact {
    public FormatIssue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(evidence, "evidence");
    }
}
