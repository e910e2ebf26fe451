package io.djcheck.model;

/** A statement found in a report, with the evidence that proves it. */
public sealed interface Fact permits Quantity, Mention, Placeholder, FormatIssue {
    Evidence evidence();
}
