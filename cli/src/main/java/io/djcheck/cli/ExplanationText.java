package io.djcheck.cli;

import io.djcheck.engine.MessageTemplate;
import io.djcheck.model.Status;
import io.djcheck.result.Explanation;

/**
 * An {@link Explanation} as {@code djcheck explain} prints it, labelled in the console's language:
 * in Chinese the statuses and severities carry their reviewers' names (不合格, 严重); in English
 * it reads as {@link Explanation#toText()} does. The steps' formulas (concepts, operators,
 * parameters) are the rule's own terms and stay as they are.
 */
final class ExplanationText {

    private ExplanationText() {
    }

    static String render(Explanation e, Messages m) {
        boolean zh = m.lang() == Lang.ZH;
        StringBuilder sb = new StringBuilder(1024);
        line(sb, m.get("explain.rule", e.ruleId(), e.title(), status(e.status(), zh)));
        line(sb, m.get("explain.meta", e.category(), zh ? e.severity().label() : e.severity().name(), deduction(e, m),
                e.definedAt()));
        if (e.vetoed()) {
            line(sb, m.get("explain.veto"));
        }
        line(sb, m.get("explain.message", e.message()));
        line(sb, m.get("explain.check", e.check()));
        for (Explanation.Step s : e.steps()) {
            line(sb, "  [" + s.number() + "] " + s.checks());
            line(sb, m.get("explain.why", s.why()));
            if (!s.facts().isEmpty()) {
                line(sb, m.get("explain.facts"));
                for (Explanation.FactSeen f : s.facts()) {
                    line(sb, "        " + f.description() + "  「" + f.evidence().quote() + "」 @" + f.evidence().start()
                            + "-" + f.evidence().end());
                }
            }
        }
        if (!e.params().isEmpty()) {
            line(sb, m.get("explain.params"));
            e.params().forEach((k, v) -> line(sb, "  " + k + " = " + MessageTemplate.format(v)));
        }
        if (!e.basis().isBlank()) {
            line(sb, m.get("explain.basis", e.basis()));
        }
        if (e.status() != Status.PASS && !e.suggestion().isBlank()) {
            line(sb, m.get("explain.suggestion", e.suggestion()));
        }
        return sb.toString();
    }

    private static String status(Status s, boolean zh) {
        return zh ? s.label() : s.name();
    }

    private static String deduction(Explanation e, Messages m) {
        String full = MessageTemplate.format(e.fullDeduction());
        return switch (e.status()) {
            case PASS -> m.get("explain.deducted-pass", full);
            case NOT_EVIDENCED -> m.get("explain.deducted-not-evidenced", MessageTemplate.format(e.deduction()), full,
                    MessageTemplate.format(e.notEvidencedFraction()));
            case FAIL, ERROR -> m.get("explain.deducted", MessageTemplate.format(e.deduction()));
        };
    }

    private static void line(StringBuilder sb, String s) {
        sb.append(s).append('\n');
    }
}
