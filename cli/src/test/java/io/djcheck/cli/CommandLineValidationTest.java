package io.djcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.djcheck.result.ResultJson;
import io.djcheck.testing.Corpus;
import io.djcheck.testing.Packs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values the command line used to take silently or report as the wrong kind of error: each is now a
 * usage error (exit 2) with one line naming the option, what is wrong and what to do.
 */
class CommandLineValidationTest {

    private static final String REPORT = Corpus.seed("001").toString();

    @Test
    void failUnderIsAScoreFrom0To100() {
        for (String bad : new String[] {"150", "-1", "100.5"}) {
            Cli.Run run = Cli.run("check", "--fail-under", bad, REPORT);
            assertThat(run.exitCode()).as(bad).isEqualTo(2);
            assertThat(run.errLines()).singleElement().asString()
                    .startsWith("djcheck: --fail-under " + bad + ": a score is from 0 to 100");
        }
        assertThat(Cli.run("check", "--fail-under", "100", REPORT).exitCode()).isEqualTo(1);
        assertThat(Cli.run("check", "--fail-under", "0", REPORT).exitCode()).isZero();
    }

    @Test
    void aParameterOutsideItsRangeInParamsYamlIsRefusedOnTheCommandLine() {
        Cli.Run negative = Cli.run("check", "--param", "committee_dj_sessions_min=-3", REPORT);
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.errLines()).singleElement().asString().isEqualTo("djcheck: --param committee_dj_sessions_min=-3: "
                + "parameter 'committee_dj_sessions_min' must be at least 0 (params.yaml: a whole number from 0 to 365), got -3");

        Cli.Run fraction = Cli.run("check", "--param", "committee_dj_sessions_min=4.5", REPORT);
        assertThat(fraction.exitCode()).isEqualTo(2);
        assertThat(fraction.err()).contains("must be a whole number");

        Cli.Run fine = Cli.run("explain", "--param", "committee_dj_sessions_min=6", REPORT, "--rule", "ZR-01");
        assertThat(fine.exitCode()).as(fine.err()).isZero();
        assertThat(fine.out()).contains("committee_dj_sessions_min = 6");
    }

    @Test
    void rangesInParamsYamlAreCheckedWhenThePackLoads(@TempDir Path dir) throws IOException {
        Path pack = Packs.copyDefault(dir.resolve("pack"));
        Path params = pack.resolve("params.yaml");
        String original = Files.readString(params);
        Files.writeString(params, original.replace("new_members_min: 1 ", "new_members_min: -2 ")
                .replace("  - {param: min_quantified_facts, min: 0, max: 1000, type: integer}",
                        "  - {param: min_quantified_facts, min: 10, max: 1, type: integer}\n  - {param: new_member_min, min: 0}"));
        Cli.Run lint = Cli.run("rules", "lint", pack.toString());
        assertThat(lint.exitCode()).isEqualTo(4);
        assertThat(lint.out() + lint.err()).contains(
                "params.yaml:6:20: out-of-range: the default of parameter 'new_members_min' is -2 but must be at least 0",
                ": bad-range: parameter 'min_quantified_facts' has min 10 above max 1; swap them",
                ": unknown-param: a range names 'new_member_min', which has no default in 'defaults' (did you mean new_members_min?)");

        // a plain number without a range takes any value, as before ranges existed
        Files.writeString(params, original.replaceAll("(?m)^ranges:\\n(  - .*\\n)+", ""));
        assertThat(Cli.run("rules", "lint", pack.toString()).exitCode()).isZero();
        assertThat(Cli.run("check", "-q", "--rules", pack.toString(), "--param", "committee_dj_sessions_min=-3", REPORT)
                .exitCode()).isIn(0, 1);
    }

    @Test
    void aMissingRulesFolderIsAUsageErrorNotAnInvalidPack(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing");
        Cli.Run run = Cli.run("check", "--rules", missing.toString(), REPORT);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().isEqualTo("djcheck: --rules " + missing
                + ": no such folder; give the folder that holds pack.yaml (or leave it out for the built-in pack)");
        assertThat(run.err()).doesNotContain(":0:0:");

        Path file = Files.writeString(dir.resolve("pack.yaml"), "id: x\n");
        Cli.Run lint = Cli.run("rules", "lint", file.toString());
        assertThat(lint.exitCode()).isEqualTo(2);
        assertThat(lint.err()).contains("rule pack folder " + file + ": not a folder");
    }

    @Test
    void aFormatThatDisagreesWithTheOutSuffixIsRefused(@TempDir Path dir) {
        Path xlsx = dir.resolve("r.xlsx");
        Cli.Run run = Cli.run("check", "--format", "csv", "--out", xlsx.toString(), REPORT);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().isEqualTo("djcheck: --format csv and --out " + xlsx
                + " disagree: the file would hold csv under a .xlsx name; drop --format, or name the file .csv");
        assertThat(xlsx).doesNotExist();

        assertThat(Cli.run("check", "--format", "csv", "--out", dir.resolve("r.csv").toString(), REPORT).exitCode()).isZero();
        assertThat(Cli.run("check", "--out", dir.resolve("r2.xlsx").toString(), REPORT).exitCode()).isZero();
    }

    @Test
    void aMistypedCommandSuggestsTheRightOne() {
        Cli.Run run = Cli.run("chek", REPORT);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).startsWith("djcheck: ").endsWith("; did you mean check?");

        Cli.Run option = Cli.run("check", "--fail-undr", "60", REPORT);
        assertThat(option.exitCode()).isEqualTo(2);
        assertThat(option.errLines().get(0)).contains("did you mean --fail-under");
    }

    @Test
    void noDrlSkipsTheDrlRulesOfThePackWithOneWarningEach() {
        Cli.Run run = Cli.run("check", "--no-drl", "--format", "json", REPORT);
        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        assertThat(run.errLines()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("djcheck: warning: --no-drl: rule JJ-0")
                .contains("of rules/jiti.drl is DRL and is not run"));
        JsonNode result = json(run.out());
        assertThat(result.get("complete").asBoolean()).isFalse();
        for (JsonNode f : result.get("findings")) {
            if (f.get("ruleId").asText().startsWith("JJ-")) {
                assertThat(f.get("status").asText()).isEqualTo("ERROR");
                assertThat(f.get("message").asText()).startsWith("未运行：").contains("（--no-drl）");
                assertThat(f.get("deduction").asDouble()).isZero();
            }
        }
        assertThat(result.get("findings").findValuesAsText("ruleId")).contains("JJ-01", "JJ-02");

        Cli.Run text = Cli.run("check", "--no-drl", REPORT);
        assertThat(text.out()).contains("JJ-01").contains("未运行：DRL 规则本次不运行（--no-drl）").contains("结果不完整");
    }

    private static JsonNode json(String text) {
        try {
            return ResultJson.mapper().readTree(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
