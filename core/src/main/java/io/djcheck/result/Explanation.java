package io.djcheck.result;

import io.djcheck.model.Evidence;
import io.djcheck.engine.MessageTemplate;
import io.djcheck.model.Severity;
import io.djcheck.model.Status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why one rule came out as it did on one report: its status and deduction, what each part of its
 * check looked at (the facts, with their quotes), the parameters in force and the comparison that
 * decided it ({@code committee.dj_sessions perYear 4 >= committee_dj_sessions_min 4 → PASS}).
 * Built from the rule's leaf results, never from its message.
 *
 * <pre>{@code
 * Explanation e = checker.check(Path.of("report.txt")).explain("ZR-01").orElseThrow();
 * System.out.println(e.toText());
 * e.steps().get(0).why();    // "committee.dj_sessions perYear 12 >= committee_dj_sessions_min 4 → PASS"
 * }</pre>
 *
 * @param deduction     what the finding deducted
 * @param fullDeduction what a FAIL of the rule costs
 * @param notEvidencedFraction the part of it a NOT_EVIDENCED finding costs (scoring.yaml)
 * @param definedAt     where the rule is defined in its pack: {@code rules/zeren.yaml:3:5}
 * @param check         the rule's check as a formula of its steps: {@code [1]}, {@code all([1], [2])}
 * @param params        the parameters the rule uses, with the values in force
 */
public record Explanation(
        String ruleId,
        String title,
        String category,
        Severity severity,
        Status status,
        String message,
        double deduction,
        double fullDeduction,
        double notEvidencedFraction,
        boolean vetoed,
        String definedAt,
        String basis,
        String suggestion,
        String check,
        List<Step> steps,
        Map<String, Double> params) {

    /**
     * One part (leaf) of the rule's check.
     *
     * @param number 1-based, as {@link #check()} names it
     * @param checks what this part checks: {@code quantity committee.dj_sessions perYear >= committee_dj_sessions_min}
     * @param why    the values compared and the status they gave
     * @param facts  the facts of the report this part looked at (those that decided its status)
     */
    public record Step(int number, String checks, Status status, String why, List<FactSeen> facts) {
        public Step {
            facts = List.copyOf(facts);
        }
    }

    /** A fact a rule looked at, described ({@code committee.dj_sessions = 12 场次 AFFIRMED}), with its evidence. */
    public record FactSeen(String description, Evidence evidence) {
    }

    public Explanation {
        steps = List.copyOf(steps);
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The explanation as plain text, as {@code djcheck explain} prints it. */
    public String toText() {
        StringBuilder sb = new StringBuilder(1024);
        sb.append(ruleId).append(' ').append(title).append(": ").append(status).append('\n');
        sb.append("  category ").append(category).append(" · severity ").append(severity).append(" · ")
                .append(deductionText()).append(" · defined at ").append(definedAt).append('\n');
        if (vetoed) {
            sb.append("  一票否决: this failure caps the grade\n");
        }
        sb.append("  message: ").append(message).append('\n');
        sb.append("check: ").append(check).append('\n');
        for (Step s : steps) {
            sb.append("  [").append(s.number()).append("] ").append(s.checks()).append('\n');
            sb.append("      why: ").append(s.why()).append('\n');
            if (!s.facts().isEmpty()) {
                sb.append("      facts looked at:\n");
                for (FactSeen f : s.facts()) {
                    sb.append("        ").append(f.description()).append("  「").append(f.evidence().quote())
                            .append("」 @").append(f.evidence().start()).append('-').append(f.evidence().end())
                            .append('\n');
                }
            }
        }
        if (!params.isEmpty()) {
            sb.append("parameters:\n");
            params.forEach((k, v) -> sb.append("  ").append(k).append(" = ").append(MessageTemplate.format(v)).append('\n'));
        }
        if (!basis.isBlank()) {
            sb.append("basis: ").append(basis).append('\n');
        }
        if (status != Status.PASS && !suggestion.isBlank()) {
            sb.append("suggestion: ").append(suggestion).append('\n');
        }
        return sb.toString();
    }

    private String deductionText() {
        String full = MessageTemplate.format(fullDeduction);
        return switch (status) {
            case PASS -> "deducted 0 (a FAIL costs " + full + ")";
            case NOT_EVIDENCED -> "deducted " + MessageTemplate.format(deduction) + " of " + full
                    + " (NOT_EVIDENCED costs " + MessageTemplate.format(notEvidencedFraction) + " of a FAIL)";
            case FAIL, ERROR -> "deducted " + MessageTemplate.format(deduction);
        };
    }
}
