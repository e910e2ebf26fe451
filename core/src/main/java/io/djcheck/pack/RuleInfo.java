package io.djcheck.pack;

import io.djcheck.engine.RuleDefinition;
import io.djcheck.model.Severity;

/**
 * What a pack says of one of its rules, whatever format it is written in: the metadata a reviewer
 * or a rule list shows, and where the rule is defined.
 *
 * @param deduction points a FAIL costs when the rule sets its own, else null (scoring.yaml's for its severity)
 * @param format    {@code yaml} or {@code drl}
 * @param where     the place of its definition: {@code rules/zuzhi.yaml:14:3}
 */
public record RuleInfo(String id, String title, String category, Severity severity, String basis, String suggestion,
                       Double deduction, String format, String where) {

    static RuleInfo of(RuleDefinition r) {
        return new RuleInfo(r.id(), r.title(), r.category(), r.severity(), r.basis(), r.suggestion(), r.deduction(),
                r.isDrl() ? "drl" : "yaml", r.where());
    }
}
