package io.djcheck.result;

import io.djcheck.score.ScoreCard;

import java.util.List;

/**
 * A result read back from its JSON form ({@link ResultJsonReader}): a line of a batch's
 * {@code results.jsonl}, or an element of {@code --format json}'s array. Everything the JSON
 * holds comes back whole, and writing it again gives the same JSON; the report's text and facts,
 * which the JSON does not keep, are not here, so it cannot be explained.
 */
public record StoredResult(String schemaVersion, String source, String sha256, ReportInfo reportInfo,
                           RulesetInfo ruleset, ScoreCard scoreCard, boolean complete, List<Finding> findings,
                           Timings timings) implements ResultView {

    public StoredResult {
        findings = List.copyOf(findings);
    }
}
