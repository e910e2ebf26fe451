package io.djcheck.testing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.djcheck.model.Evidence;
import io.djcheck.model.Fact;
import io.djcheck.model.Report;
import io.djcheck.model.Section;
import io.djcheck.result.CheckResult;
import io.djcheck.result.Finding;
import io.djcheck.result.ResultJson;
import io.djcheck.model.Status;
import io.djcheck.score.ScoreCard;
import org.assertj.core.data.Offset;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every result and report must satisfy whatever the input: fuzz tests and the reload stress
 * test assert these on each one, so that "no exception" never hides a result that is wrong inside.
 */
public final class ResultInvariants {

    /** Strict JSON: a NaN or Infinity token (Jackson writes them only when told to) fails to parse. */
    private static final ObjectMapper STRICT = new ObjectMapper().disable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);

    private ResultInvariants() {
    }

    /** One finding per rule of the pack, a score that adds up, evidence inside the text, valid JSON. */
    public static void assertConsistent(CheckResult r, int rules) {
        assertThat(r.findings()).as("one finding per rule").hasSize(rules);
        Set<String> ids = new HashSet<>();
        for (Finding f : r.findings()) {
            assertThat(ids.add(f.ruleId())).as("rule %s reported once", f.ruleId()).isTrue();
            assertThat(f.status()).isNotNull();
            assertThat(f.message()).isNotNull();
            assertThat(f.deduction()).isFinite().isGreaterThanOrEqualTo(0);
            f.evidence().forEach(e -> assertInside(e, r.report().text()));
        }
        assertThat(r.complete()).as("complete unless a rule ended in ERROR")
                .isEqualTo(r.findings().stream().noneMatch(f -> f.status() == Status.ERROR));
        assertThat(r.score()).isBetween(0.0, 100.0);
        double sum = r.categories().stream().mapToDouble(ScoreCard.CategoryScore::score).sum();
        assertThat(r.score()).as("the score is the sum of the categories").isCloseTo(sum, Offset.offset(1e-6));
        assertThat(r.ruleset().sha256()).hasSize(64);
        assertConsistent(r.report());
        try {
            STRICT.readTree(ResultJson.toJson(r));
        } catch (JsonProcessingException e) {
            throw new AssertionError("the result's JSON is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The JSON of a result without its timings, which differ from run to run: one pack checking one report gives one. */
    public static String stableJson(CheckResult r) {
        ObjectNode tree = ResultJson.tree(r);
        tree.remove("timings");
        return tree.toString();
    }

    /** Every fact's evidence and every section lies inside the report's text, and every figure is finite. */
    public static void assertConsistent(Report report) {
        String text = report.text();
        for (Section s : report.sections()) {
            assertThat(s.end()).as("section %s ends inside the text", s).isLessThanOrEqualTo(text.length());
        }
        Stream.of(report.quantities(), report.mentions(), report.placeholders(), report.formatIssues())
                .flatMap(List::stream)
                .map(Fact::evidence)
                .forEach(e -> assertInside(e, text));
        report.quantities().forEach(q -> {
            if (q.value() != null) {
                assertThat(q.value()).as("value of %s", q).isFinite();
            }
        });
    }

    /** Evidence lies inside the text; a submitted fact not found in the text stands at 0–0. */
    private static void assertInside(Evidence e, String text) {
        assertThat(e.start()).as("evidence %s", e).isBetween(0, e.end());
        assertThat(e.end()).as("evidence %s", e).isLessThanOrEqualTo(text.length());
    }
}
