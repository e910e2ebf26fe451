package io.djcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.djcheck.result.CheckResult;
import io.djcheck.result.ResultJson;
import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CheckResult JSON of the five sample reports, timings aside, is exactly the committed one
 * (src/test/resources/expected-results, written by the CLI before the layout step): moving code
 * between packages or modules must not change a single finding, quote, deduction or message.
 * When a change is meant to alter results, regenerate the files and say why in the commit.
 */
class SampleResultsUnchangedTest {

    private static Checker checker;

    @BeforeAll
    static void build() {
        checker = Checker.builder().rulePack(Corpus.defaultPack()).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_9c5ce89756f0e5ee", "001_a6f31e7c84c24bc8", "002_ff416a81c317345d",
            "003_63944fab751146e4", "004_6de2acf763e16f43"})
    void theResultIsTheCommittedOne(String name) throws IOException {
        Path file = Corpus.seeds().resolve(name + ".txt");
        CheckResult r = checker.check(Files.readAllBytes(file), "examples/reports/" + name + ".txt");
        // parsed back from its text, so that numbers compare as the JSON has them (5, not 5L or 5.0)
        ObjectNode actual = (ObjectNode) ResultJson.mapper().readTree(ResultJson.toJson(r));
        actual.remove("timings");
        // the pack's content hash changes with any edit of its files (params.yaml gained incomeLevels
        // in the layout step), which is a change of the pack, not of what the code does with it
        ((ObjectNode) actual.get("ruleset")).remove("sha256");
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream("/expected-results/" + name + ".json")) {
            expected = ResultJson.mapper().readTree(in);
        }
        ((ObjectNode) expected.get("ruleset")).remove("sha256");
        assertThat(actual).isEqualTo(expected);
    }
}
