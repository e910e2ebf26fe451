package io.djcheck.model;

/** What kind of document a report is. */
public enum Genre {
    /** 述职报告: a secretary reports on his or her own performance of duties. */
    DUTY_REPORT,
    /** 交流发言: an experience-sharing speech. */
    SPEECH,
    /** 工作汇报 / 工作总结: an organisation's work report. */
    WORK_REPORT,
    UNKNOWN
}
