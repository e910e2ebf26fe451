package io.djcheck.model;

/** How much a failed rule matters; scoring.yaml gives each its deduction. */
public enum Severity {
    INFO, MINOR, MAJOR, CRITICAL,
    /** 一票否决: a failure sets the grade to the veto floor whatever the score. */
    VETO
}
