package io.djcheck.result;

import io.djcheck.Checker;
import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Results read back from JSON (a batch's results.jsonl) are the results that were written. */
class ResultJsonReaderTest {

    @Test
    void everySeedResultReadBackWritesTheSameJson() {
        Checker checker = Checker.builder().rulePack(Corpus.defaultPack()).build();
        for (Path seed : Corpus.seedFiles()) {
            CheckResult original = checker.check(seed);
            String line = ResultJson.toJsonLine(original);
            ResultJsonReader.Record rec = ResultJsonReader.read(line);
            assertThat(rec.failed()).isFalse();
            assertThat(rec.source()).isEqualTo(seed.toString());
            assertThat(rec.sha256()).isEqualTo(original.sha256());
            assertThat(ResultJson.toJsonLine(rec.result())).isEqualTo(line);
            assertThat(rec.result().score()).isEqualTo(original.score());
            assertThat(rec.result().gradeLabel()).isEqualTo(original.gradeLabel());
            assertThat(rec.result().findings()).isEqualTo(original.findings());
        }
    }

    @Test
    void failureRecordsKeepTheirHashWhenTheyHaveOne() {
        ResultJsonReader.Record with = ResultJsonReader.read(ResultJson.failureJsonLine("a.docx", "ab".repeat(32), "a.docx: damaged"));
        assertThat(with.failed()).isTrue();
        assertThat(with.sha256()).isEqualTo("ab".repeat(32));
        assertThat(with.error()).isEqualTo("a.docx: damaged");
        ResultJsonReader.Record without = ResultJsonReader.read(ResultJson.failureJsonLine("b.txt", "b.txt: no such file"));
        assertThat(without.sha256()).isNull();
        assertThat(without.result()).isNull();
    }

    @Test
    void aTruncatedOrForeignLineIsRefusedWithTheReason() {
        String line = ResultJson.failureJsonLine("a.txt", "a.txt: empty");
        assertThatThrownBy(() -> ResultJsonReader.read(line.substring(0, line.length() - 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a JSON object");
        assertThatThrownBy(() -> ResultJsonReader.read("{\"schemaVersion\":\"9.9\",\"source\":\"a\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9.9");
        assertThatThrownBy(() -> ResultJsonReader.read("{\"schemaVersion\":\"1.0\",\"source\":\"a\",\"sha256\":\"x\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'report'");
    }
}
