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

    /**
     * The words {@link #toText(Labels)} puts around an explanation's values, so that an application
     * (the CLI's Chinese console) can word them in its own language. {@code say} gets one of the keys
     * below with its values as {0}, {1}, …; {@link #ENGLISH} is the library's own wording.
     *
     * <p>Keys: {@code rule} (id, title, status), {@code meta} (category, severity, deduction, where
     * defined), {@code deducted-pass} (full), {@code deducted-not-evidenced} (deducted, full, fraction),
     * {@code deducted} (deducted), {@code veto}, {@code message}, {@code check}, {@code why},
     * {@code facts}, {@code params}, {@code basis}, {@code suggestion}.
     */
    public interface Labels {

        String status(Status status);

        String severity(Severity severity);

        String say(String key, Object... values);

        Labels ENGLISH = new Labels() {
            private static final Map<String, String> WORDS = Map.ofEntries(
                    Map.entry("rule", "{0} {1}: {2}"),
                    Map.entry("meta", "  category {0} · severity {1} · {2} · defined at {3}"),
                    Map.entry("deducted-pass", "deducted 0 (a FAIL costs {0})"),
                    Map.entry("deducted-not-evidenced", "deducted {0} of {1} (NOT_EVIDENCED costs {2} of a FAIL)"),
                    Map.entry("deducted", "deducted {0}"),
                    Map.entry("veto", "  一票否决: this failure caps the grade"),
                    Map.entry("message", "  message: {0}"),
                    Map.entry("check", "check: {0}"),
                    Map.entry("why", "      why: {0}"),
                    Map.entry("facts", "      facts looked at:"),
                    Map.entry("params", "parameters:"),
                    Map.entry("basis", "basis: {0}"),
                    Map.entry("suggestion", "suggestion: {0}"));
            private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{(\\d)}");

            @Override
            public String status(Status status) {
                return status.name();
            }

            @Override
            public String severity(Severity severity) {
                return severity.name();
            }

            @Override
            public String say(String key, Object... values) {
                // one pass, so that a value holding "{1}" (a quote) is never filled in again
                java.util.regex.Matcher m = PLACEHOLDER.matcher(WORDS.get(key));
                StringBuilder out = new StringBuilder();
                while (m.find()) {
                    m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                            String.valueOf(values[m.group(1).charAt(0) - '0'])));
                }
                return m.appendTail(out).toString();
            }
        };
    }

    /** The explanation as plain text, as {@code djcheck explain --lang en} prints it. */
    public String toText() {
        return toText(Labels.ENGLISH);
    }

    /** The explanation as plain text with {@code labels}' words around its values; one line per item. */
    public String toText(Labels labels) {
        StringBuilder sb = new StringBuilder(1024);
        line(sb, labels.say("rule", ruleId, title, labels.status(status)));
        line(sb, labels.say("meta", category, labels.severity(severity), deductionText(labels), definedAt));
        if (vetoed) {
            line(sb, labels.say("veto"));
        }
        line(sb, labels.say("message", message));
        line(sb, labels.say("check", check));
        for (Step s : steps) {
            line(sb, "  [" + s.number() + "] " + s.checks());
            line(sb, labels.say("why", s.why()));
            if (!s.facts().isEmpty()) {
                line(sb, labels.say("facts"));
                for (FactSeen f : s.facts()) {
                    line(sb, "        " + f.description() + "  「" + f.evidence().quote() + "」 @" + f.evidence().start()
                            + "-" + f.evidence().end());
                }
            }
        }
        if (!params.isEmpty()) {
            line(sb, labels.say("params"));
            params.forEach((k, v) -> line(sb, "  " + k + " = " + MessageTemplate.format(v)));
        }
        if (!basis.isBlank()) {
            line(sb, labels.say("basis", basis));
        }
        if (status != Status.PASS && !suggestion.isBlank()) {
            line(sb, labels.say("suggestion", suggestion));
        }
        return sb.toString();
    }

    private String deductionText(Labels labels) {
        String full = MessageTemplate.format(fullDeduction);
        return switch (status) {
            case PASS -> labels.say("deducted-pass", full);
            case NOT_EVIDENCED -> labels.say("deducted-not-evidenced", MessageTemplate.format(deduction), full,
                    MessageTemplate.format(notEvidencedFraction));
            case FAIL, ERROR -> labels.say("deducted", MessageTemplate.format(deduction));
        };
    }

    private static void line(StringBuilder sb, String text) {
        sb.append(text).append('\n');
    }
}
