package io.djcheck.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The syntax of a structured submission, told from report text by its content alone: every plain
 * text is tested, so this loads no parser (a report's text never reaches Jackson).
 */
enum SubmissionSyntax {
    JSON, YAML;

    private static final Pattern YAML_KEY = Pattern.compile("([A-Za-z_$][\\w$-]*)\\s*:(?:\\s.*)?");

    /**
     * Whether {@code text} is a submission and in which syntax, or {@code null} for report text: a
     * JSON object or array, or YAML whose first key (after comments, a {@code ---} or a
     * {@code %YAML} line) is a top-level key of the schema.
     */
    static SubmissionSyntax of(String text) {
        String t = text.strip();
        if (t.startsWith("{") || (t.startsWith("[") && t.endsWith("]"))) {
            return JSON;
        }
        for (String line : (Iterable<String>) t.lines()::iterator) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || l.equals("---") || l.startsWith("%YAML")) {
                continue;
            }
            Matcher m = YAML_KEY.matcher(l);
            return m.matches() && SubmissionSchema.topLevelKeys().contains(m.group(1)) ? YAML : null;
        }
        return null;
    }
}
