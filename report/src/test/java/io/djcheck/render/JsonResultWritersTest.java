package io.djcheck.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.djcheck.result.CheckResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** JSON (one document) and JSONL (one line per input), results and failed inputs in input order. */
class JsonResultWritersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String write(ResultFormat format, boolean single, List<CheckResult> results, String failed)
            throws IOException {
        StringWriter out = new StringWriter();
        Seeds.feed(format.open(out, new ResultFormat.Options(false, single)), results, failed, failed + ": empty");
        return out.toString();
    }

    @Test
    void severalInputsMakeOneArrayInInputOrderWithFailuresInPlace() throws IOException {
        String json = write(ResultFormat.JSON, false, Seeds.results(), "broken.pdf");
        JsonNode array = JSON.readTree(json);
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(6);
        for (int i = 0; i < 5; i++) {
            assertThat(array.get(i).get("source").asText()).isEqualTo(Seeds.results().get(i).source());
            assertThat(array.get(i).get("score").asDouble()).isEqualTo(Seeds.results().get(i).score());
        }
        assertThat(array.get(5).get("source").asText()).isEqualTo("broken.pdf");
        assertThat(array.get(5).get("error").asText()).isEqualTo("broken.pdf: empty");
        assertThat(array.get(5).has("score")).isFalse();
    }

    @Test
    void oneInputIsOneObjectAndNoInputAnEmptyArray() throws IOException {
        JsonNode one = JSON.readTree(write(ResultFormat.JSON, true, List.of(Seeds.result("002")), null));
        assertThat(one.isObject()).isTrue();
        assertThat(one.get("gradeLabel").asText()).isEqualTo(Seeds.result("002").gradeLabel());
        assertThat(write(ResultFormat.JSON, false, List.of(), null)).isEqualTo("[]\n");
        assertThatThrownBy(() -> write(ResultFormat.JSON, true, Seeds.results(), null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("one result");
    }

    @Test
    void jsonLinesHasOneCompleteDocumentPerLine() throws IOException {
        String jsonl = write(ResultFormat.JSONL, false, Seeds.results(), "gone.txt");
        List<String> lines = jsonl.lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(jsonl).endsWith("\n");
        for (int i = 0; i < 5; i++) {
            JsonNode r = JSON.readTree(lines.get(i));
            assertThat(r.get("source").asText()).isEqualTo(Seeds.results().get(i).source());
            assertThat(r.get("findings")).hasSize(27);
        }
        assertThat(JSON.readTree(lines.get(5)).get("error").asText()).isEqualTo("gone.txt: empty");
    }

    @Test
    void binaryAndPageFormatsRefuseACharacterStream() {
        for (ResultFormat f : List.of(ResultFormat.CSV, ResultFormat.XLSX, ResultFormat.HTML)) {
            assertThat(f.needsFile()).isTrue();
            assertThatThrownBy(() -> f.open(new StringWriter(), ResultFormat.Options.DEFAULT))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a file");
        }
    }

    @Test
    void textShowsEachReportAndEachFailure() throws IOException {
        String text = write(ResultFormat.TEXT, false, List.of(Seeds.result("001")), "scan.pdf");
        assertThat(text).contains("001_a6f31e7c84c24bc8.txt", "得分 79 / 100", "✗ JJ-01", "━━ scan.pdf ━━",
                "无法检查：scan.pdf: empty").doesNotContain("\u001B[");
    }
}
