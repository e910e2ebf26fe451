package io.djcheck.cli;

import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A county's rule editor from nothing: init a copy, edit it, lint, test for CI, and see what the edit changes. */
class RulesAuthoringTest {

    @Test
    void initEditLintTestAndDiffOnTheSampleReports(@TempDir Path dir) throws Exception {
        Path mine = dir.resolve("county-2026");
        Cli.Run init = Cli.run("rules", "init", mine.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(Files.readString(mine.resolve("pack.yaml"))).contains("id: county-2026", "version: 0.1.0",
                "basedOn: djcheck-default 1.0.0", "changelog:");

        Path params = mine.resolve("params.yaml");
        Files.writeString(params, Files.readString(params).replace("committee_dj_sessions_min: 4 ", "committee_dj_sessions_min: 6 "));
        assertThat(Cli.run("rules", "lint", mine.toString()).out()).startsWith("OK");

        Cli.Run junit = Cli.run("rules", "test", "--format", "junit", mine.toString());
        assertThat(junit.exitCode()).as("the default case expecting 低于要求的4 now fails").isEqualTo(1);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(junit.out().getBytes(StandardCharsets.UTF_8)));
        int cases = doc.getElementsByTagName("testcase").getLength();
        assertThat(cases).as("every case of the pack's 9 test files").isGreaterThan(60);
        assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo(String.valueOf(cases));
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("1");
        assertThat(doc.getElementsByTagName("testsuite").getLength()).isEqualTo(9);
        assertThat(doc.getElementsByTagName("failure").item(0).getTextContent()).contains("tests/zeren.yaml", "ZR-01");

        Cli.Run zh = Cli.runWithEnv(java.util.Map.of(), "", "rules", "test", mine.toString());   // the default language
        assertThat(zh.out()).contains("ZR-01 党委会专题研究党建工作：预期提示语包含“低于要求的4”")
                .doesNotContain("expected", ", got");

        Cli.Run diff = Cli.run("rules", "diff", "default", mine.toString(), Corpus.seeds().toString());
        assertThat(diff.exitCode()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("param committee_dj_sessions_min: 4 → 6", "pack id: djcheck-default → county-2026",
                "000_9c5ce89756f0e5ee.txt  64.5 一般 → 59.5 差", "~ ZR-01 党委会专题研究党建工作  PASS → FAIL",
                "1 of 5 reports change");
    }

    @Test
    void initRefusesAFolderThatHoldsFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "x");
        Cli.Run run = Cli.run("rules", "init", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("already exists and is not empty");
    }

    @Test
    void oneTestFileRunsAloneAndJsonSaysTheCoverage() {
        Cli.Run run = Cli.run("rules", "test", "--file", "tests/zeren.yaml", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"cases\" : 6", "\"failed\" : 0", "\"ruleId\" : \"ZZ-03\"");
        Cli.Run missing = Cli.run("rules", "test", "--file", "tests/nope.yaml");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("has no such test file", "tests/zeren.yaml");
    }

    @Test
    void minCoverageFailsAPackWhoseRulesAreNotTestedBothWays(@TempDir Path dir) throws IOException {
        Path mine = dir.resolve("p");
        assertThat(Cli.run("rules", "init", mine.toString()).exitCode()).isZero();
        Files.delete(mine.resolve("tests/zuzhi.yaml"));
        Cli.Run run = Cli.run("rules", "test", "--min-coverage", "90", mine.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("is below the required 90");
        assertThat(Cli.run("rules", "test", "--min-coverage", "50", mine.toString()).exitCode()).isZero();
    }

    @Test
    void listShowsWhatAProfileSwitches(@TempDir Path dir) throws IOException {
        Path mine = dir.resolve("p");
        assertThat(Cli.run("rules", "init", mine.toString()).exitCode()).isZero();
        Path params = mine.resolve("params.yaml");
        Files.writeString(params, Files.readString(params) + """
                  county-2026:
                    rules:
                      ZZ-02: {enabled: false}
                      ZR-01: {severity: CRITICAL}
                """);
        Cli.Run list = Cli.run("rules", "list", "--profile", "county-2026", mine.toString());
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("[county-2026: off]").containsPattern("ZR-01 +CRITICAL");
        assertThat(Cli.run("rules", "list", "--profile", "nope", mine.toString()).exitCode()).isEqualTo(2);
    }

    /** Issue 19: a rule a profile switches off is a change of the pack, and of every report checked with it. */
    @Test
    void diffShowsAProfileSwitchingARuleOffAndTheReportsItChanges(@TempDir Path dir) throws IOException {
        Path before = dir.resolve("before");
        Path after = dir.resolve("after");
        for (Path pack : new Path[] {before, after}) {
            assertThat(Cli.run("rules", "init", pack.toString()).exitCode()).isZero();
        }
        String profile = """
                  county-2026:
                    committee_dj_sessions_min: 6
                """;
        Files.writeString(before.resolve("params.yaml"), Files.readString(before.resolve("params.yaml")) + profile);
        Files.writeString(after.resolve("params.yaml"), Files.readString(after.resolve("params.yaml")) + profile
                + "    rules:\n      ZR-01: {enabled: false}\n");

        Cli.Run diff = Cli.run("rules", "diff", "--profile", "county-2026", before.toString(), after.toString(),
                Corpus.seeds().toString());

        assertThat(diff.exitCode()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("profile county-2026 rule ZR-01: added (off)",
                "- ZR-01 党委会专题研究党建工作", "5 of 5 reports change");
    }
}
