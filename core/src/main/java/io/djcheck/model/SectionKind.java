package io.djcheck.model;

/** The part of a report a section belongs to; {@link #label()} names it as reviewers do. */
public enum SectionKind {
    /** 工作成效, 履职情况: what was done. */
    ACHIEVEMENTS("工作成效"),
    /** 存在问题, 不足, 差距. */
    PROBLEMS("存在问题"),
    /** 原因分析, 究其原因. */
    CAUSES("原因分析"),
    /** 下一步, 下阶段, 工作打算, 整改措施. */
    NEXT_STEPS("下一步打算"),
    OTHER("其他");

    private final String label;

    SectionKind(String label) {
        this.label = label;
    }

    /** The Chinese name of the part: 存在问题. */
    public String label() {
        return label;
    }
}
