package io.djcheck.model;

/** What kind of document a report is; {@link #label()} names it as reviewers do. */
public enum Genre {
    /** 述职报告: a secretary reports on his or her own performance of duties. */
    DUTY_REPORT("述职报告"),
    /** 交流发言: an experience-sharing speech. */
    SPEECH("交流发言"),
    /** 工作汇报 / 工作总结: an organisation's work report. */
    WORK_REPORT("工作汇报"),
    /** 工作计划 / 工作要点: what is to be done, not what was done (added in v2). */
    PLAN("工作计划"),
    /**
     * A Party document of another genre: 对照检查材料, 发言提纲, a news item, a notice, 事迹材料
     * (added in v2); {@link Report#genreEvidence()} quotes the words that name it.
     */
    OTHER("其他文种"),
    UNKNOWN("未知类型");

    private final String label;

    Genre(String label) {
        this.label = label;
    }

    /** The Chinese name of the genre: 述职报告. */
    public String label() {
        return label;
    }
}
