package io.djcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CheckCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonOfOneFileIsOneCheckResultWithEveryContractField() throws IOException {
        Path seed = Corpus.seed("001");
        Cli.Run run = Cli.run("check", "--format", "json", seed.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode r = JSON.readTree(run.out());
        assertThat(r.isObject()).isTrue();
        for (String field : List.of("schemaVersion", "source", "sha256", "report", "ruleset", "score", "grade",
                "gradeLabel", "categories", "findings", "timings")) {
            assertThat(r.has(field)).as(field).isTrue();
        }
        assertThat(r.get("sha256").asText()).hasSize(64);
        assertThat(r.at("/ruleset/sha256").asText()).hasSize(64);
        assertThat(r.at("/ruleset/id").asText()).isEqualTo("djcheck-default");
        assertThat(r.at("/report/genre").asText()).isEqualTo("DUTY_REPORT");
        assertThat(r.at("/report/year").asInt()).isEqualTo(2023);
        assertThat(r.at("/report/sections").size()).isGreaterThan(2);
        assertThat(r.get("gradeLabel").asText()).isIn("好", "较好", "一般", "差");
        assertThat(r.at("/timings/totalMicros").asLong()).isPositive();
        assertThat(r.get("categories").size()).isEqualTo(7);
        JsonNode jj = null;
        for (JsonNode f : r.get("findings")) {
            for (String field : List.of("ruleId", "title", "category", "severity", "status", "deduction", "message",
                    "suggestion", "basis", "evidence")) {
                assertThat(f.has(field)).as(field + " of " + f.get("ruleId")).isTrue();
            }
            if (f.get("ruleId").asText().equals("JJ-01")) {
                jj = f;
            }
        }
        assertThat(jj).isNotNull();
        assertThat(jj.get("status").asText()).isEqualTo("FAIL");
        assertThat(jj.get("message").asText()).contains("7");
        JsonNode ev = jj.get("evidence").get(0);
        String text = Files.readString(seed);
        assertThat(text).contains(ev.get("quote").asText());
        assertThat(ev.get("end").asInt()).isGreaterThan(ev.get("start").asInt());
    }

    @Test
    void textReportOfAFolderCoversEverySeedGroupedByCategory() {
        Cli.Run run = Cli.run("check", Corpus.seeds().toString());
        assertThat(run.exitCode()).isZero();
        for (Path seed : Corpus.seedFiles()) {
            assertThat(run.out()).contains(seed.getFileName().toString());
        }
        assertThat(run.out()).contains("述职规范", "组织生活", "集体经济", "得分", "等次", "✗ SZ-01", "「");
        assertThat(run.out()).startsWith("图例：✓ 合格  ✗ 不合格  ? 未体现  ! 出错");
        List<String> table = run.out().substring(run.out().indexOf("汇总（5 份，按得分从高到低）")).lines().toList();
        assertThat(table).hasSize(2 + 5);
        assertThat(String.join("\n", table)).contains("**镇党委", "JJ-01 村集体经济收入全部达到强村标准");
    }

    @Test
    void briefPrintsOnlyTheClosingTableOneLinePerReport() {
        Cli.Run run = Cli.run("check", "--brief", Corpus.seeds().toString());
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2 + 5);
        assertThat(lines.get(0)).isEqualTo("汇总（5 份，按得分从高到低）");
        assertThat(lines.get(2)).startsWith("   1  ").contains("001_a6f31e7c84c24bc8.txt", "79", "一般",
                "DY-03 党员无违纪违法；JJ-01 村集体经济收入全部达到强村标准");
        assertThat(lines.get(6)).startsWith("   5  ").contains("**镇党委", "44.5", "差");
        assertThat(run.out()).doesNotContain("━━", "整改建议", "图例");
    }

    @Test
    void briefIsForTheTextOutputOnly(@TempDir Path dir) {
        String seed = Corpus.seed("001").toString();
        Cli.Run json = Cli.run("check", "--brief", "--format", "json", seed);
        assertThat(json.exitCode()).isEqualTo(2);
        assertThat(json.err()).contains("--brief shortens the text output", "--format json");
        Cli.Run batch = Cli.run("check", "--brief", "--out", dir.resolve("out").toString(), seed);
        assertThat(batch.exitCode()).isEqualTo(2);
        assertThat(batch.err()).contains("--brief shortens the text output", "--out DIR");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void missingFileIsOneLineAndExitCode3() {
        Cli.Run run = Cli.run("check", "no/such/report.txt");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("no/such/report.txt").contains("no such file");
    }

    @Test
    void emptyFileIsOneLineAndExitCode3(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Cli.Run run = Cli.run("check", empty.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).singleElement().asString().contains("empty.txt").contains("empty");
    }

    @Test
    void unreadableFileIsOneLineAndExitCode3(@TempDir Path dir) throws IOException {
        Path binary = Files.write(dir.resolve("scan.txt"), new byte[] {0x00, 0x13, 0x37, (byte) 0xFE, 0x00, 0x42});
        Cli.Run run = Cli.run("check", binary.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).singleElement().asString().contains("scan.txt").contains("not a text document");
    }

    @Test
    void folderWithoutReportsIsOneLineAndExitCode3(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.md"), "nothing to check");
        Cli.Run run = Cli.run("check", dir.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).singleElement().asString().contains("no reports found").contains(dir.toString());
    }

    @Test
    void aBadFileAmongGoodOnesIsReportedAndTheRestChecked(@TempDir Path dir) throws IOException {
        Files.copy(Corpus.seed("000"), dir.resolve("a.txt"));
        Files.writeString(dir.resolve("b.txt"), "");
        Files.copy(Corpus.seed("004"), dir.resolve("c.txt"));
        Cli.Run run = Cli.run("check", "--format", "json", dir.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).singleElement().asString().contains("b.txt");
        assertThat(run.out()).contains("a.txt").contains("c.txt");
    }

    @Test
    void failUnderExitsWith1() {
        Cli.Run run = Cli.run("check", "--fail-under", "99", Corpus.seed("002").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("below --fail-under 99");
        assertThat(Cli.run("check", "--fail-under", "10", Corpus.seed("002").toString()).exitCode()).isZero();
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(Cli.run("check", "--frobnicate", "x.txt").exitCode()).isEqualTo(2);
        assertThat(Cli.run("check").exitCode()).isEqualTo(2);
        Cli.Run profile = Cli.run("check", "--profile", "atlantis", Corpus.seed("000").toString());
        assertThat(profile.exitCode()).isEqualTo(2);
        assertThat(profile.errLines()).singleElement().asString().contains("unknown profile 'atlantis'");
    }

    @Test
    void anInvalidPackExitsWith4ListingEveryProblem(@TempDir Path dir) throws IOException {
        copyPack(dir);
        Files.writeString(dir.resolve("rules/broken.yaml"), """
                rules:
                  - id: XX-01
                    title: broken
                    category: 组织生活
                    severity: HUGE
                    check:
                      mention: practice.sanhui
                """);
        Cli.Run run = Cli.run("check", "--rules", dir.toString(), Corpus.seed("000").toString());
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("rules/broken.yaml:5:").contains("unknown-severity")
                .contains("rules/broken.yaml:7:").contains("did you mean practice.sanhui_yike");
        assertThat(run.out()).isEmpty();
    }

    static void copyPack(Path dir) throws IOException {
        Path src = Corpus.defaultPackDir();
        try (var walk = Files.walk(src)) {
            for (Path p : walk.toList()) {
                Path target = dir.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
