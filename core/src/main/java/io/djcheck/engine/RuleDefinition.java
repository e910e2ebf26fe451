package io.djcheck.engine;

import io.djcheck.model.Internal;
import io.djcheck.model.Severity;
import io.djcheck.model.Status;

import java.util.Map;
import java.util.Objects;

/**
 * A rule of a pack with its metadata, whatever format it was written in.
 *
 * @param deduction  points a FAIL costs; null to use the deduction scoring.yaml gives its severity
 * @param messages   message template per status, with {actual} {expected} {quote} style placeholders
 * @param check      what the rule checks ({@link DrlLeaf} for DRL rules)
 * @param file       pack file it was defined in
 * @param line       line of its definition in that file
 */
@Internal
public record RuleDefinition(
        String id,
        String title,
        String category,
        Severity severity,
        String basis,
        String suggestion,
        Double deduction,
        Map<Status, String> messages,
        CheckNode check,
        String file,
        int line,
        int column) {

    /** What a rule id may be: letters, digits and dashes, e.g. ZZ-06. */
    public static final String ID_PATTERN = "[A-Za-z][A-Za-z0-9_]*(-[A-Za-z0-9_]+)*";

    public RuleDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(check, "check");
        messages = Map.copyOf(messages);
        basis = basis == null ? "" : basis;
        suggestion = suggestion == null ? "" : suggestion;
    }

    public boolean isDrl() {
        return check instanceof DrlLeaf;
    }

    /** Where the rule is defined: {@code rules/zuzhi.yaml:14:3}. */
    public String where() {
        return file + ":" + line + ":" + column;
    }
}
