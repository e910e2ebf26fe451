package io.djcheck.cli;

import io.djcheck.model.Severity;
import io.djcheck.model.Status;
import io.djcheck.result.Explanation;

/**
 * An {@link Explanation} as {@code djcheck explain} prints it, labelled in the console's language:
 * the library's English wording for English; for Chinese the bundle's words, with the statuses and
 * severities under their reviewers' names (不合格, 严重). The steps' formulas (concepts, operators,
 * parameters) are the rule's own terms and stay as they are.
 */
final class ExplanationText {

    private ExplanationText() {
    }

    static String render(Explanation e, Messages m) {
        return e.toText(m.lang() == Lang.EN ? Explanation.Labels.ENGLISH : chinese(m));
    }

    private static Explanation.Labels chinese(Messages m) {
        return new Explanation.Labels() {
            @Override
            public String status(Status status) {
                return status.label();
            }

            @Override
            public String severity(Severity severity) {
                return severity.label();
            }

            @Override
            public String say(String key, Object... values) {
                return m.get("explain." + key, values);
            }
        };
    }
}
