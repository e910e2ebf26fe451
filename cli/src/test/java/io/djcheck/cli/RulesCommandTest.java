package io.djcheck.cli;

import io.djcheck.testing.Packs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code djcheck rules lint | test | list} on the default pack and on broken copies of it. */
class RulesCommandTest {

    private static final Pattern PROBLEM_LINE = Pattern.compile(".+\\.(yaml|drl):\\d+:\\d+: [a-z-]+: .+");

    @Test
    void lintOfTheDefaultPackIsOneOkLine() {
        Cli.Run run = Cli.run("rules", "lint");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().toList()).singleElement().asString().startsWith("OK: ").contains("no problems");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void lintListsBrokenYamlAnUnknownConceptAndADrlSyntaxErrorAndExits4(@TempDir Path dir) throws IOException {
        Packs.copyDefault(dir);
        Files.writeString(dir.resolve("rules/broken.yaml"), "rules:\n  - id: XX-01\n    title: [不闭合\n");
        Path zuzhi = dir.resolve("rules/zuzhi.yaml");
        Files.writeString(zuzhi, Files.readString(zuzhi).replace("practice.sanhui_yike", "practice.sanhui"));
        Path jiti = dir.resolve("rules/jiti.drl");
        String drl = Files.readString(jiti);
        String good = "$total : Quantity(concept == \"villages.total\", value != null)\n    $count";
        int editedLine = (int) drl.substring(0, drl.indexOf(good)).chars().filter(c -> c == '\n').count() + 1;
        Files.writeString(jiti, drl.replace(good, "$total : Quantity(concept == \"villages.total\" value != null)\n    $count"));

        Cli.Run run = Cli.run("rules", "lint", dir.toString());

        assertThat(run.exitCode()).isEqualTo(4);
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo((lines.size() - 1) + " errors occurred:");
        assertThat(lines.subList(1, lines.size())).allMatch(l -> PROBLEM_LINE.matcher(l).matches(), "file:line:column: code: message");
        assertThat(run.out()).contains(dir.resolve("rules/broken.yaml") + ":3:12: yaml-syntax: the [ opened here is not closed")
                .contains(dir.resolve("rules/zuzhi.yaml") + ":10:16: unknown-concept: 'practice.sanhui'")
                .contains("did you mean practice.sanhui_yike?")
                .contains(dir.resolve("rules/jiti.drl") + ":" + editedLine + ":").contains("drl-compile: ");
    }

    @Test
    void lintWarnsOfAnUnusedParameterAndAnEditedCopyStillNamedDefaultButExits0(@TempDir Path dir) throws IOException {
        Packs.copyDefault(dir);
        Path params = dir.resolve("params.yaml");
        Files.writeString(params, Files.readString(params).replace("  new_members_min: 1 ", "  new_members_min: 1\n  new_member_min: 2 "));

        Cli.Run run = Cli.run("rules", "lint", dir.toString());

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out().lines().toList()).containsExactly(
                "warning: " + dir.resolve("pack.yaml") + ":3:5: unchanged-copy: edited, but keeps the default pack's id and "
                        + "version (djcheck-default 1.0.0), so results would name the default pack: give it its own id and version "
                        + "(djcheck rules init writes a new id)",
                "warning: " + dir.resolve("params.yaml") + ":7:3: unused-param: parameter new_member_min is read by no rule, "
                        + "so changing it changes no result: check the rules' spelling of it, or delete it",
                "OK: " + dir + ": no errors, 2 warnings (9 rule files, " + dir.resolve("tests").toFile().list().length + " test files)");
        // in Chinese (the default) the same warnings say what to do in Chinese first
        assertThat(Cli.runWithEnv(java.util.Map.of(), "", "rules", "lint", dir.toString()).out())
                .contains("参数 new_member_min 没有规则使用，改它不会改变任何结果", "这个规则包改过内容，但“id”和“version”仍是内置默认规则包的");
    }

    @Test
    void lintWithoutDrlRefusesTheDrlFile() {
        Cli.Run run = Cli.run("rules", "lint", "--no-drl");
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.out()).contains("1 error occurred:").contains("rules/jiti.drl:0:0: drl-disabled");
    }

    @Test
    void testWithoutDrlRefusesTheDrlFileToo() {
        Cli.Run run = Cli.run("rules", "test", "--no-drl");
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.out() + run.err()).contains("rules/jiti.drl:0:0: drl-disabled").doesNotContain("PASS  tests/");
    }

    @Test
    void testOfTheDefaultPackPassesWithFullCoverage() {
        Cli.Run run = Cli.run("rules", "test");
        assertThat(run.exitCode()).as(run.out()).isZero();
        List<String> lines = run.out().lines().toList();
        long cases = lines.stream().filter(l -> l.startsWith("PASS  tests/")).count();
        assertThat(cases).isGreaterThanOrEqualTo(25);
        assertThat(lines).doesNotContain("FAILURES").contains("SUMMARY", "PASS: " + cases + "/" + cases,
                "COVERAGE: 27/27 rules tested both ways (a PASS case and a FAIL or NOT_EVIDENCED case)");
    }

    @Test
    void aWrongExpectationFailsWithAReadableDiff(@TempDir Path dir) throws IOException {
        Packs.copyDefault(dir);
        Path zeren = dir.resolve("tests/zeren.yaml");
        Files.writeString(zeren, Files.readString(zeren).replace("""
                      ZR-01: {status: FAIL, message: 低于要求的4}""", """
                      ZR-01: PASS"""));

        Cli.Run run = Cli.run("rules", "test", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        String out = run.out();
        assertThat(out).contains("FAIL  tests/zeren.yaml:10  专题研究次数不够");
        String failures = out.substring(out.indexOf("FAILURES"), out.indexOf("SUMMARY"));
        assertThat(failures).contains("tests/zeren.yaml:10: 专题研究次数不够")
                .contains("ZR-01 党委会专题研究党建工作: expected PASS, got FAIL")
                .contains("- expected: PASS")
                .contains("+ actual:   FAIL  党委会专题研究党建工作次数（按年计）为3，低于要求的4")
                .contains("evidence: 「全年先后3次召开党委会专题研究党建工作」");
        assertThat(out).containsPattern("PASS: (\\d+)/\\d+").contains("FAIL: 1/");
    }

    @Test
    void coverageGapsAreListedAndCanBeRequired(@TempDir Path dir) throws IOException {
        Packs.copyDefault(dir);
        Files.delete(dir.resolve("tests/lianzheng.yaml"));
        Cli.Run run = Cli.run("rules", "test", dir.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("COVERAGE: 25/27").contains("  LZ-01 落实党风廉政建设责任: no case")
                .contains("  LZ-02 运用监督执纪“四种形态”: no case");
        assertThat(Cli.run("rules", "test", "--require-coverage", dir.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void anInvalidTestFileExits4WithItsPlace(@TempDir Path dir) throws IOException {
        Packs.copyDefault(dir);
        Files.writeString(dir.resolve("tests/bad.yaml"), "cases:\n  - name: x\n    text: y\n    expect: {ZZ-1: PASS}\n");
        Cli.Run run = Cli.run("rules", "test", dir.toString());
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("tests/bad.yaml:4:14: unknown-rule: 'ZZ-1' is not a rule of this pack (did you mean ZZ-01?)");
        assertThat(Cli.run("rules", "lint", dir.toString()).out()).contains("tests/bad.yaml:4:14: unknown-rule");
    }

    @Test
    void listShowsEveryRuleWithItsMetadata() {
        Cli.Run run = Cli.run("rules", "list");
        assertThat(run.exitCode()).isZero();
        List<String> rules = run.out().lines().filter(l -> !l.startsWith(" ")).toList();
        assertThat(rules).hasSize(27);
        assertThat(run.out()).contains("ZR-01   MAJOR    责任落实  党委会专题研究党建工作  (rules/zeren.yaml:")
                .contains("JJ-01   MAJOR    集体经济  村集体经济收入全部达到强村标准  (rules/jiti.drl:")
                .contains("        basis: 《党委（党组）落实全面从严治党主体责任规定》（2020）");
    }

    @Test
    void rulesWithoutASubcommandSaysWhichExist() {
        Cli.Run run = Cli.run("rules");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("lint, test or list");
    }
}
