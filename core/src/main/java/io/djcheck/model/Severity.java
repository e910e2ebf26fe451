package io.djcheck.model;

/** How much a failed rule matters; scoring.yaml gives each its deduction. {@link #label()} names it as reviewers do. */
public enum Severity {
    INFO("提示"), MINOR("一般"), MAJOR("严重"), CRITICAL("特别严重"),
    /** 一票否决: a failure sets the grade to the veto floor whatever the score. */
    VETO("一票否决");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The Chinese word reviewers read (一般, 严重); JSON keeps the enum name. */
    public String label() {
        return label;
    }
}
