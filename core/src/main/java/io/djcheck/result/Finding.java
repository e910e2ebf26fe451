package io.djcheck.result;

import io.djcheck.model.Evidence;
import io.djcheck.model.Severity;
import io.djcheck.model.Status;

import java.util.List;

/**
 * One rule's finding on one report, as reviewers read it: the status, the points it cost, a
 * message naming what was found, the regulation behind the rule, what to do about it (整改建议)
 * and the sentences that prove it.
 */
public record Finding(
        String ruleId,
        String title,
        String category,
        Severity severity,
        Status status,
        double deduction,
        String message,
        String suggestion,
        String basis,
        List<Evidence> evidence) {

    public Finding {
        evidence = List.copyOf(evidence);
    }
}
