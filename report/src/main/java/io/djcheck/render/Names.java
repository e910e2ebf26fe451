package io.djcheck.render;

import io.djcheck.model.Status;
import io.djcheck.result.Finding;
import io.djcheck.result.ResultView;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How every writer names a report and a rule to a reviewer: a report by its organisation (the name
 * the report gives, else its file name), a rule by its id and title. The Chinese words for statuses,
 * severities, levels and genres are on the enums ({@code Status.label()} ...), shared the same way.
 */
final class Names {

    private Names() {
    }

    /** The reporting organisation (草市镇党委), else the report's file name (003.txt). */
    static String organisation(ResultView r) {
        String org = r.reportInfo().organisation();
        return org == null || org.isBlank() ? fileName(r.source()) : org;
    }

    /** The last part of a path or URL-like source: {@code reports/2024/003.txt} → {@code 003.txt}. */
    static String fileName(String source) {
        if (source == null) {
            return "";
        }
        int cut = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return cut >= 0 && cut < source.length() - 1 ? source.substring(cut + 1) : source;
    }

    /** {@code ZR-01 党委会专题研究党建工作}: a rule as reviewers read it. */
    static String rule(Finding f) {
        return f.title() == null || f.title().isBlank() ? f.ruleId() : f.ruleId() + " " + f.title();
    }

    /** ✓ ✗ ? !: the symbol of a status, on the console and the HTML page alike. */
    static String symbol(Status s) {
        return switch (s) {
            case PASS -> "✓";
            case FAIL -> "✗";
            case NOT_EVIDENCED -> "?";
            case ERROR -> "!";
        };
    }

    /** The findings with one of the statuses, in the result's order. */
    static List<Finding> withStatus(ResultView r, Status... statuses) {
        List<Status> wanted = List.of(statuses);
        return r.findings().stream().filter(f -> wanted.contains(f.status())).toList();
    }

    /** The rules with one of the statuses, id and title, joined by {@code separator}. */
    static String rules(ResultView r, String separator, Status... statuses) {
        return withStatus(r, statuses).stream().map(Names::rule).collect(Collectors.joining(separator));
    }
}
