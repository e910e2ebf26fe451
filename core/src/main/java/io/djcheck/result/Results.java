package io.djcheck.result;

import io.djcheck.engine.RuleOutcome;
import io.djcheck.model.Internal;
import io.djcheck.model.Report;
import io.djcheck.score.ScoreCard;

import java.util.List;

/** Makes a {@link CheckResult} from what the pipeline found; only djcheck's checker makes results. */
@Internal
public final class Results {

    private Results() {
    }

    public static CheckResult checked(String source, String sha256, Report report, RulesetInfo ruleset,
                                      ScoreCard scoreCard, boolean complete, List<Finding> findings, Timings timings,
                                      List<RuleOutcome> outcomes) {
        return new CheckResult(source, sha256, report, ruleset, scoreCard, complete, findings, timings, outcomes);
    }
}
