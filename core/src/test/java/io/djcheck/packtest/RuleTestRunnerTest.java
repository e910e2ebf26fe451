package io.djcheck.packtest;

import io.djcheck.Checker;
import io.djcheck.pack.PackProblem;
import io.djcheck.pack.RulePack;
import io.djcheck.pack.RulePackException;
import io.djcheck.model.Status;
import io.djcheck.testing.Packs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rule tests of a pack: cases run through the checker's engine, mismatches and coverage reported. */
class RuleTestRunnerTest {

    /** The default pack with its own tests replaced by {@code tests}. */
    static RulePack packWithTests(String tests) {
        Map<String, String> edits = new HashMap<>();
        Packs.defaultFiles().keySet().stream().filter(p -> p.startsWith("tests/")).forEach(p -> edits.put(p, null));
        edits.put("tests/cases.yaml", tests);
        return Packs.defaultWith(edits);
    }

    @Test
    void casesPassOrFailWithWhatWasExpectedAndWhatCame() {
        RuleTestReport report = RuleTestRunner.run(packWithTests("""
                cases:
                  - name: 党委会研究次数够了
                    text: 全年党委会专题研究党建工作6次。
                    expect: {ZR-01: PASS}
                  - name: 期望写错了
                    text: 全年党委会专题研究党建工作6次。
                    expect:
                      ZR-01: FAIL
                      DY-01: {status: NOT_EVIDENCED, message: 发展党员}
                  - name: 消息不含期望的文字
                    text: 全年党委会专题研究党建工作6次。
                    expect:
                      ZR-01: {status: PASS, message: 低于}
                  - name: 直接给出事实
                    params: {committee_dj_sessions_min: 7}
                    facts:
                      quantities:
                        - {concept: committee.dj_sessions, value: 6, quote: 研究党建工作6次}
                    expect: {ZR-01: {status: FAIL, message: 低于要求的7}}
                """));

        assertThat(report.cases()).hasSize(4);
        assertThat(report.passed()).isEqualTo(2);
        assertThat(report.allPassed()).isFalse();
        assertThat(report.failures()).extracting(c -> c.testCase().name()).containsExactly("期望写错了", "消息不含期望的文字");

        RuleTestReport.CaseResult wrong = report.failures().get(0);
        assertThat(wrong.testCase().where()).isEqualTo("tests/cases.yaml:5");
        assertThat(wrong.mismatches()).singleElement().satisfies(m -> {
            assertThat(m.summary()).isEqualTo("ZR-01 党委会专题研究党建工作: expected FAIL, got PASS");
            assertThat(m.actual().message()).contains("为6");
            assertThat(m.actual().evidence()).extracting(e -> e.quote()).contains("全年党委会专题研究党建工作6次");
        });
        assertThat(report.failures().get(1).mismatches()).singleElement()
                .satisfies(m -> assertThat(m.summary()).contains("expected the message to contain \"低于\""));

        // coverage: ZR-01 has both a PASS and a FAIL case, DY-01 only NOT_EVIDENCED, the rest none
        assertThat(report.gaps()).hasSize(26);
        assertThat(report.gaps()).filteredOn(g -> g.rule().id().equals("DY-01")).singleElement()
                .satisfies(g -> assertThat(g.summary()).isEqualTo("no case expecting PASS"));
        assertThat(report.gaps()).filteredOn(g -> g.rule().id().equals("SZ-01")).singleElement()
                .satisfies(g -> assertThat(g.summary()).isEqualTo("no case"));
    }

    /** Issue 19: coverage per part of an all/any — ZZ-03 is all(组织生活会, 民主评议党员). */
    @Test
    void branchCoverageCountsThePartsOfACompoundCheckEachCaseExercised() {
        String both = """
                  - name: 两项都开展
                    text: 全年召开组织生活会1次，开展民主评议党员1次。
                    expect: {ZZ-03: PASS, ZR-01: NOT_EVIDENCED}
                """;
        String onlyOne = """
                  - name: 只开了组织生活会
                    text: 全年召开组织生活会1次。
                    expect: {ZZ-03: NOT_EVIDENCED}
                """;
        String neither = """
                  - name: 两项都未提
                    text: 全年党委会专题研究党建工作6次。
                    expect: {ZZ-03: NOT_EVIDENCED, ZR-01: PASS}
                """;
        RuleTestReport half = RuleTestRunner.run(packWithTests("cases:\n" + both + onlyOne));
        assertThat(half.cases()).allSatisfy(c -> assertThat(c.steps().get("ZZ-03")).hasSize(2));
        assertThat(half.cases().get(0).steps().get("ZZ-03")).containsExactly(Status.PASS, Status.PASS);
        assertThat(branches(half, "ZZ-03")).satisfies(b -> {
            assertThat(b.parts()).isEqualTo(2);
            assertThat(b.covered()).as("only the 民主评议党员 part was seen both ways").isEqualTo(1);
            assertThat(b.complete()).isFalse();
        });
        RuleTestReport full = RuleTestRunner.run(packWithTests("cases:\n" + both + onlyOne + neither));
        assertThat(branches(full, "ZZ-03").covered()).isEqualTo(2);
        assertThat(branches(full, "ZZ-03").complete()).isTrue();
        assertThat(branches(full, "ZR-01")).satisfies(b -> {
            assertThat(b.parts()).as("a simple check is one part").isEqualTo(1);
            assertThat(b.covered()).isEqualTo(1);
        });
        assertThat(branches(full, "SZ-01").covered()).as("a rule no case names").isZero();
    }

    private static RuleTestReport.BranchCoverage branches(RuleTestReport report, String ruleId) {
        return report.branches().stream().filter(b -> b.rule().id().equals(ruleId)).findFirst().orElseThrow();
    }

    @Test
    void caseParametersAndProfilesApplyToThatCaseOnly() {
        RuleTestReport report = RuleTestRunner.run(packWithTests("""
                cases:
                  - {name: 严格, profile: strict-monthly, text: 全年党委会专题研究党建工作6次。, expect: {ZR-01: FAIL}}
                  - {name: 默认, text: 全年党委会专题研究党建工作6次。, expect: {ZR-01: PASS}}
                  - {name: 参数, params: {committee_dj_sessions_min: 6}, profile: strict-monthly,
                     text: 全年党委会专题研究党建工作6次。, expect: {ZR-01: PASS}}
                """));
        assertThat(report.allPassed()).as(report.failures().toString()).isTrue();
        assertThat(report.cases().get(0).findings().get("ZR-01").status()).isEqualTo(Status.FAIL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown rule id         | {ZZ-1: PASS}                                    | tests/cases.yaml:4:14: unknown-rule    | did you mean ZZ-01
            unknown status          | {ZZ-01: PASSED}                                 | tests/cases.yaml:4:21: unknown-status  | did you mean PASS
            bad field               | {ZZ-01: {status: PASS, messages: x}}            | tests/cases.yaml:4:36: unknown-field   | did you mean message
            """)
    void badExpectationsAreReportedWhereTheyStand(String what, String expect, String place, String hint) {
        RulePack pack = packWithTests("""
                cases:
                  - name: 一个用例
                    text: 认真落实“三会一课”制度。
                    expect: %s
                """.formatted(expect.strip()));
        assertProblem(pack, place, hint);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown profile         | profile: zhejiang        | tests/cases.yaml:3:14: unknown-profile  | did you mean zhejiang-2024
            unknown parameter       | params: {new_member: 2}  | tests/cases.yaml:3:14: unknown-param    | did you mean new_members_min
            misspelt case field     | expected: {ZZ-01: PASS}  | tests/cases.yaml:3:5: unknown-field     | did you mean expect
            """)
    void badCaseFieldsAreReportedWhereTheyStand(String what, String line, String place, String hint) {
        RulePack pack = packWithTests("""
                cases:
                  - name: 一个用例
                    %s
                    text: 认真落实“三会一课”制度。
                    expect: {ZZ-01: PASS}
                """.formatted(line.strip()));
        assertProblem(pack, place, hint);
    }

    @Test
    void aCaseGivesTextOrFactsAndTheFactsAreChecked() {
        RulePack pack = packWithTests("""
                cases:
                  - name: 两样都给
                    text: 认真落实“三会一课”制度。
                    facts: {genre: DUTY_REPORT}
                    expect: {ZZ-01: PASS}
                  - name: 事实写错
                    facts:
                      genre: SPEECHES
                      mentions: [{concept: practice.sanhui, context: DONE}]
                      quantities: [{concept: members.new}]
                  - name: 没有期望
                    text: x
                """);
        List<String> places = problems(pack).stream().map(p -> p.file() + ":" + p.line() + ":" + p.column() + ": " + p.code())
                .toList();
        assertThat(places).containsExactlyInAnyOrder(
                "tests/cases.yaml:2:5: schema",
                "tests/cases.yaml:8:14: unknown-genre",
                "tests/cases.yaml:9:28: unknown-concept",
                "tests/cases.yaml:9:54: unknown-context",
                "tests/cases.yaml:10:20: missing-field",
                "tests/cases.yaml:6:5: missing-field",
                "tests/cases.yaml:11:5: missing-field");
    }

    @Test
    void lintListsTestFileProblemsWithThePacks() {
        List<PackProblem> problems = Checker.validate(packWithTests("cases:\n  - name: x\n    text: y\n    expect: {XX-01: PASS}\n"));
        assertThat(problems).extracting(PackProblem::code).containsExactly("unknown-rule");
    }

    private static List<PackProblem> problems(RulePack pack) {
        try {
            RuleTestRunner.run(pack);
        } catch (RulePackException e) {
            return e.problems();
        }
        throw new AssertionError("the tests of " + pack + " were expected to be refused");
    }

    private static void assertProblem(RulePack pack, String place, String hint) {
        assertThatThrownBy(() -> RuleTestRunner.run(pack)).isInstanceOf(RulePackException.class)
                .satisfies(e -> assertThat(((RulePackException) e).problems()).extracting(PackProblem::toString)
                        .singleElement().asString().startsWith(place.strip() + ":").contains(hint.strip()));
    }
}
