package io.djcheck.extract;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.djcheck.Checker;
import io.djcheck.ingest.LimitExceededException;
import io.djcheck.model.Report;
import io.djcheck.testing.Corpus;
import io.djcheck.testing.ResultInvariants;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Any text is extracted into a report whose evidence lies inside it, and checked into a consistent
 * result (or refused past the fact limit): no exception, no figure that is not a number. The input
 * is UTF-8; one starting with a zero byte is raw UTF-16, so lone surrogates and every char occur
 * too. Inputs: {@code ExtractorFuzzTestInputs/} (seed excerpts, fragments, past findings).
 */
class ExtractorFuzzTest {

    private static final Checker CHECKER = Checker.builder().rulePack(Corpus.defaultPack()).acceptAnyText(true).build();
    private static final int RULES = CHECKER.check("述职报告", "probe.txt").findings().size();

    @FuzzTest
    void anyText(byte[] input) {
        String text = text(input);
        Report report = CHECKER.extract(text, "fuzz.txt");
        ResultInvariants.assertConsistent(report);
        try {
            ResultInvariants.assertConsistent(CHECKER.check(text, "fuzz.txt"), RULES);
        } catch (LimitExceededException tooManyFacts) {
            // a documented refusal: more facts than ReadLimits.maxFacts
        }
    }

    static String text(byte[] input) {
        if (input.length == 0 || input[0] != 0) {
            return new String(input, StandardCharsets.UTF_8);
        }
        ByteBuffer units = ByteBuffer.wrap(input, 1, input.length - 1).order(ByteOrder.LITTLE_ENDIAN);
        StringBuilder s = new StringBuilder();
        while (units.remaining() >= 2) {
            s.append(units.getChar());
        }
        return s.toString();
    }
}
