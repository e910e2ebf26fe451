package io.djcheck.compare;

/**
 * What this year's report makes of a problem or promise of last year's. Problems end ADDRESSED,
 * REPEATED or DROPPED; promises DELIVERED, STILL_PROMISED or DROPPED.
 */
public enum ItemStatus {
    /** A problem this year's report says was rectified (整改, 解决, 改善 …), or affirms as done. */
    ADDRESSED("已整改"),
    /** A problem named again this year. */
    REPEATED("仍存在"),
    /** A promise this year's report affirms as done. */
    DELIVERED("已兑现"),
    /** A promise made again in this year's next steps, not reported done. */
    STILL_PROMISED("仍在承诺"),
    /** Not a word of it this year: neither rectified nor named again. */
    DROPPED("未再提及");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    /** The Chinese name reviewers use: 已整改. */
    public String label() {
        return label;
    }
}
