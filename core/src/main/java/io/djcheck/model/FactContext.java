package io.djcheck.model;

/** Whether a fact is stated as done, as a shortcoming, or as a plan. */
public enum FactContext {
    /** Done or achieved. */
    AFFIRMED,
    /** Inside a problems or causes section, or negated (未, 没有, 不够, 不到位 ...). */
    PROBLEM,
    /** In the next steps, or a target (将, 要, 力争, 确保, 计划 ...). */
    PLANNED
}
