package io.djcheck.model;

/** A defect in the form of the text. */
public enum FormatIssueKind {
    /** An enumeration repeats a number: 一是 … 二是 … 二是. */
    ORDINAL_DUPLICATE,
    /** An enumeration skips a number: 一、 … 三、. */
    ORDINAL_GAP,
    /** A quote or bracket is never closed, closed without opening, or reversed (”…“). */
    QUOTE_UNBALANCED
}
