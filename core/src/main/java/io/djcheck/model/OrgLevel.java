package io.djcheck.model;

/** The level of the organisation that reports; {@link #label()} names it as reviewers do. */
public enum OrgLevel {
    COUNTY("县级"), TOWNSHIP("乡镇"), VILLAGE("村"), COMMUNITY("社区"), UNKNOWN("未知");

    private final String label;

    OrgLevel(String label) {
        this.label = label;
    }

    /** The Chinese word reviewers read (乡镇, 村); JSON keeps the enum name. */
    public String label() {
        return label;
    }
}
