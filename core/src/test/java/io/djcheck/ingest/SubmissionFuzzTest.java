package io.djcheck.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.djcheck.Checker;
import io.djcheck.result.CheckResult;
import io.djcheck.testing.Corpus;
import io.djcheck.testing.ResultInvariants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JSON or YAML submission, however malformed, is checked into a consistent result or refused with
 * a {@link DocumentException} (an {@link InvalidSubmissionException} listing its problems). Inputs:
 * {@code SubmissionFuzzTestInputs/} (the test submissions and variants).
 */
class SubmissionFuzzTest {

    private static final Checker CHECKER = Checker.builder().rulePack(Corpus.defaultPack()).acceptAnyText(true).build();
    private static final int RULES = CHECKER.check("述职报告", "probe.txt").findings().size();

    @FuzzTest
    void anySubmission(byte[] input) {
        try {
            CheckResult r = CHECKER.check(input, "fuzz.yaml");
            ResultInvariants.assertConsistent(r, RULES);
        } catch (DocumentException expected) {
            assertThat(expected.getMessage()).startsWith("fuzz.yaml: ").doesNotContain("\n");
        }
    }
}
