package io.djcheck.model;

/** The grade of a report, as organisation departments grade 述职: 好 / 较好 / 一般 / 差. */
public enum Grade {
    EXCELLENT("好"), GOOD("较好"), FAIR("一般"), POOR("差");

    private final String defaultLabel;

    Grade(String defaultLabel) {
        this.defaultLabel = defaultLabel;
    }

    /** The Chinese label unless scoring.yaml names it otherwise. */
    public String defaultLabel() {
        return defaultLabel;
    }
}
