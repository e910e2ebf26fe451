package io.djcheck;

import io.djcheck.ingest.InvalidSubmissionException;
import io.djcheck.ingest.SubmissionProblem;
import io.djcheck.model.Evidence;
import io.djcheck.model.FactContext;
import io.djcheck.model.Qualifier;
import io.djcheck.model.Quantity;
import io.djcheck.model.SectionKind;
import io.djcheck.result.CheckResult;
import io.djcheck.result.ResultJson;
import io.djcheck.engine.MessageTemplate;
import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A run of 400 nines before 次 was read as the figure Infinity, and writing the finding's message
 * threw NumberFormatException out of {@code Checker.check}. Figures past any count are not numbers
 * now, a submitted 1e400 is refused by path, and nothing non-finite reaches a result.
 */
class HugeFiguresAreNotCountsTest {

    private static Checker checker;

    @BeforeAll
    static void build() {
        checker = Checker.builder().rulePack(Corpus.defaultPack()).acceptAnyText(true).build();
    }

    @Test
    void digitsPastAnyCountAreNoFigure() {
        CheckResult r = checker.check("全年召开" + "9".repeat(400) + "次党委会专题研究党建工作。", "nines.txt");

        assertThat(r.report().quantities()).isEmpty();
        assertThat(ResultJson.toJson(r)).doesNotContain("Infinity");
    }

    @Test
    void aMultiplierTakingAFigurePastAnyCountLeavesNoFigure() {
        CheckResult r = checker.check("全年召开999999999999999亿万次党委会专题研究党建工作，另召开6次。", "multiplied.txt");

        assertThat(r.report().quantities()).extracting(Quantity::value).containsExactly(6.0);
    }

    @Test
    void theLargestRealFiguresStillCount() {
        CheckResult r = checker.check("全县村集体经济总收入达到3.5亿元。", "big.txt");

        assertThat(r.report().quantities()).extracting(Quantity::value).containsExactly(3.5e8);
    }

    @Test
    void aSubmittedNumberTooLargeForADoubleIsRefusedByPath() {
        String json = "{\"report\": {\"organisation\": \"某某镇党委\", \"level\": \"TOWNSHIP\", \"year\": 2023},"
                + " \"facts\": {\"quantities\": [{\"concept\": \"members.new\", \"value\": 1e400, \"unit\": \"人\"}]}}";

        assertThatThrownBy(() -> checker.check(json.getBytes(StandardCharsets.UTF_8), "huge.json"))
                .isInstanceOf(InvalidSubmissionException.class)
                .satisfies(e -> assertThat(((InvalidSubmissionException) e).problems())
                        .extracting(SubmissionProblem::path).containsExactly("/facts/quantities/0/value"));
    }

    @Test
    void noQuantityHoldsANumberThatIsNotFinite() {
        Evidence at = new Evidence(0, 0, "", SectionKind.OTHER);
        assertThatThrownBy(() -> new Quantity("members.new", Double.POSITIVE_INFINITY, null, Qualifier.EXACT, "人", null,
                FactContext.AFFIRMED, Map.of(), at)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
        assertThatThrownBy(() -> Checker.builder().param("new_members_min", Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("parameter new_members_min must be a finite number, got NaN");
    }

    @Test
    void aMessageStillPrintsANumberItCannotWritePlainly() {
        assertThat(MessageTemplate.render("{actual}次", Map.of("actual", Double.POSITIVE_INFINITY))).isEqualTo("Infinity次");
    }
}
