package io.djcheck.rules;

/** The outcome of one rule on one report. */
public enum Status {
    PASS,
    FAIL,
    /** The report does not say: never scored as a pass. */
    NOT_EVIDENCED,
    /** The rule itself failed (threw, or fired without end): the report is not graded as compliant. */
    ERROR
}
