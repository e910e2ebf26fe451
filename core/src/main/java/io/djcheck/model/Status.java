package io.djcheck.model;

/**
 * The outcome of one rule on one report. Statuses have one precedence order, {@code NOT_EVIDENCED
 * < PASS < FAIL < ERROR}: when several facts give one check different statuses the stronger wins
 * ({@link #stronger}) — one failing fact fails the check, an error overrides everything — and where
 * several findings quote one sentence, the strongest colours it.
 */
public enum Status {
    PASS(1, "合格"),
    FAIL(2, "不合格"),
    /** The report does not say: never scored as a pass. */
    NOT_EVIDENCED(0, "未体现"),
    /** The rule itself failed (threw, or fired without end): the report is not graded as compliant. */
    ERROR(3, "出错");

    private final int precedence;
    private final String label;

    Status(int precedence, String label) {
        this.precedence = precedence;
        this.label = label;
    }

    /** The Chinese word reviewers read (合格 / 不合格 / 未体现 / 出错); JSON keeps the enum name. */
    public String label() {
        return label;
    }

    /** This status's place in the precedence order, from 0 (NOT_EVIDENCED) to 3 (ERROR). */
    public int precedence() {
        return precedence;
    }

    /** The status of higher precedence. */
    public static Status stronger(Status a, Status b) {
        return b.precedence > a.precedence ? b : a;
    }
}
