package io.djcheck.model;

/** The part of a report a section belongs to. */
public enum SectionKind {
    /** 工作成效, 履职情况: what was done. */
    ACHIEVEMENTS,
    /** 存在问题, 不足, 差距. */
    PROBLEMS,
    /** 原因分析, 究其原因. */
    CAUSES,
    /** 下一步, 下阶段, 工作打算, 整改措施. */
    NEXT_STEPS,
    OTHER
}
