package io.djcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {

    @Test
    void jsonHoldsTheReportWithEveryFactAndEvidencePointingIntoItsText() throws IOException {
        Cli.Run run = Cli.run("extract", "--format", "json", Corpus.seed("004").toString());
        assertThat(run.exitCode()).isZero();
        JsonNode r = new ObjectMapper().readTree(run.out());
        for (String f : new String[] {"source", "sha256", "genre", "year", "orgLevel", "sections", "quantities",
                "mentions", "placeholders", "formatIssues", "text"}) {
            assertThat(r.has(f)).as(f).isTrue();
        }
        String text = r.get("text").asText();
        for (String kind : new String[] {"quantities", "mentions", "placeholders"}) {
            for (JsonNode fact : r.get(kind)) {
                JsonNode ev = fact.get("evidence");
                assertThat(text.substring(ev.get("start").asInt(), ev.get("end").asInt()))
                        .isEqualTo(ev.get("quote").asText());
            }
        }
        boolean perYear = false;
        for (JsonNode q : r.get("quantities")) {
            if (q.get("concept").asText().equals("committee.dj_sessions")) {
                perYear = q.get("perYear").asInt() == 12 && q.get("qualifier").asText().equals("AT_LEAST");
            }
        }
        assertThat(perYear).as("每月…至少…1次 is 12 a year at least").isTrue();
    }

    @Test
    void textListsSectionsAndFacts() {
        Cli.Run run = Cli.run("extract", Corpus.seed("001").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("PROBLEMS", "CAUSES", "NEXT_STEPS", "villages.income_at_or_above", "practice.sanhui_yike");
    }
}
