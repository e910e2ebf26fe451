package io.djcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code djcheck compare LAST THIS} and {@code check --out DIR --previous LASTDIR} on the worked example. */
class CompareCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLE = Corpus.root().resolve("examples/compare");
    private static final String LAST = EXAMPLE.resolve("2023/gebi-zhen.txt").toString();
    private static final String THIS = EXAMPLE.resolve("2024/gebi-zhen.txt").toString();

    @Test
    void textNamesEachProblemAndPromiseWithItsStatusAndTheVerdict() {
        Cli.Run run = Cli.run("compare", LAST, THIS);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("结论：上年查摆问题6个：已整改1个，仍存在2个，未再提及3个",
                "[已整改] 组织生活质量不高", "[仍存在] 集体经济发展的可持续性不强", "[未再提及] 党员教育管理不够严格",
                "[已兑现] 加强政治建设", "[仍在承诺] 党建引领产业发展", "[未再提及] 努力提升基层治理水平",
                "整段 338字");
    }

    @Test
    void jsonFollowsThePublishedSchema() throws IOException {
        Cli.Run run = Cli.run("compare", "--format", "json", LAST, THIS);
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = JSON.readTree(run.out());
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(JSON.readTree(Files.readString(Corpus.root().resolve("docs/schema/comparison.schema.json"))));
        assertThat(schema.validate(doc)).isEmpty();
        List<String> statuses = new ArrayList<>();
        doc.get("problems").forEach(p -> statuses.add(p.get("status").asText()));
        assertThat(statuses).containsExactly("ADDRESSED", "DROPPED", "REPEATED", "REPEATED", "DROPPED", "DROPPED");
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("problems").get(0)).put("status", "DELIVERED");
        assertThat(schema.validate(doc)).as("a problem cannot be DELIVERED").isNotEmpty();
    }

    @Test
    void htmlShowsBothReportsSideBySideEscaped(@TempDir Path dir) throws IOException {
        Path last = dir.resolve("last.txt");
        Files.writeString(last, Files.readString(Path.of(LAST)).replace("根据会议安排", "根据<script>alert(1)</script>会议安排"));
        Path html = dir.resolve("对比.html");
        Cli.Run run = Cli.run("compare", "--out", html.toString(), last.toString(), THIS);
        assertThat(run.exitCode()).as(run.err()).isZero();
        String page = Files.readString(html);
        assertThat(page).contains("Content-Security-Policy", "class=\"sides\"", "上年 last.txt", "本年 gebi-zhen.txt",
                "&lt;script&gt;alert(1)&lt;/script&gt;", "已整改", "class=\"reused\"")
                .doesNotContain("<script>");
    }

    @Test
    void aBatchComparesEachReportWithLastYearsOfTheSameName(@TempDir Path out) throws IOException {
        Cli.Run run = Cli.run("check", "--out", out.toString(), "--format", "csv", "--previous",
                EXAMPLE.resolve("2023").toString(), EXAMPLE.resolve("2024").toString(), Corpus.seed("004").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(out.resolve("comparisons.jsonl"));
        assertThat(lines).hasSize(1);
        JsonNode c = JSON.readTree(lines.get(0));
        assertThat(c.at("/last/source").asText()).endsWith("2023/gebi-zhen.txt");
        assertThat(c.at("/current/source").asText()).endsWith("2024/gebi-zhen.txt");
        assertThat(Files.readString(out.resolve("comparisons.txt"))).contains("[已整改] 组织生活质量不高");
        assertThat(run.out()).contains("compared with last year: 1", "no report of last year: 1");
    }

    @Test
    void previousNeedsABatch() {
        Cli.Run run = Cli.run("check", "--previous", EXAMPLE.resolve("2023").toString(), THIS);
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--previous works with --out DIR");
    }

    @Test
    void reversedYearsAreWarnedOf() {
        Cli.Run run = Cli.run("compare", THIS, LAST);
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("warning: " + THIS + " is of 2024 and " + LAST + " of 2023; give last year's report first");
    }

    @Test
    void anUnreadableReportIsOneLineAndExitThree(@TempDir Path dir) {
        Cli.Run run = Cli.run("compare", dir.resolve("missing.txt").toString(), THIS);
        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("missing.txt");
    }
}
