package io.djcheck.cli;

import io.djcheck.testing.Corpus;
import io.djcheck.testing.Packs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a rule editor does, end to end through the command line and with no build step: copy the
 * default pack, add a YAML rule and its tests, set a threshold in a new profile, lint, test and
 * check with it.
 */
class RulePackEndToEndTest {

    @Test
    void anEditedCopyOfTheDefaultPackChecksWithTheNewRuleAndTheNewThreshold(@TempDir Path dir) throws IOException {
        Path pack = Packs.copyDefault(dir.resolve("my-rules"));
        Files.writeString(pack.resolve("rules/dangfei.yaml"), """
                rules:
                  - id: ZZ-07
                    title: 按月交纳党费
                    category: 组织生活
                    severity: MINOR
                    basis: 《中国共产党章程》；《中国共产党党员教育管理工作条例》（2019）第十六条
                    check:
                      mention: practice.dangfei
                    messages:
                      FAIL: 报告指出党费收缴存在问题：“{quote}”
                    suggestion: 督促党员按月足额交纳党费，支部每季度公示党费收缴情况。
                """);
        Path params = pack.resolve("params.yaml");
        Files.writeString(params, Files.readString(params) + """
                  gansu-2025:
                    description: 党委会每年专题研究党建工作不少于 15 次
                    committee_dj_sessions_min: 15
                """);
        Files.writeString(pack.resolve("tests/dangfei.yaml"), """
                cases:
                  - name: 党费按月交纳
                    text: 各支部按月收缴党费。
                    expect: {ZZ-07: PASS}
                  - name: 党费收缴不严格
                    text: |
                      二、存在问题
                      党费收缴制度执行不够严格。
                    expect: {ZZ-07: FAIL}
                """);

        assertThat(Cli.run("rules", "lint", pack.toString()).exitCode()).isZero();
        Cli.Run tests = Cli.run("rules", "test", "--require-coverage", pack.toString());
        assertThat(tests.exitCode()).as(tests.out()).isZero();
        assertThat(tests.out()).contains("COVERAGE: 28/28");

        Cli.Run run = Cli.run("check", "--rules", pack.toString(), "--profile", "gansu-2025",
                Corpus.seed("001").toString(), Corpus.seed("003").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] reports = run.out().split("━━ ");
        String r001 = reports[1];
        String r003 = reports[2];
        assertThat(r001).contains("001_").contains("✗ ZR-01 党委会专题研究党建工作")
                .contains("党委会专题研究党建工作次数（按年计）为12，低于要求的15（参数 committee_dj_sessions_min）")
                .contains("? ZZ-07 按月交纳党费");
        assertThat(r003).contains("003_").contains("✗ ZZ-07 按月交纳党费")
                .contains("报告指出党费收缴存在问题：“").contains("督促党员按月足额交纳党费");

        // the same files without the profile: the default threshold, under which 12 passes
        Cli.Run defaults = Cli.run("check", "--rules", pack.toString(), Corpus.seed("001").toString());
        assertThat(defaults.out()).contains("✓ ZR-01 党委会专题研究党建工作").contains("ZZ-07");
    }
}
