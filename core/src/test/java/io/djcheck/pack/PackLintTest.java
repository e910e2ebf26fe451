package io.djcheck.pack;

import io.djcheck.testing.Packs;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rules lint}'s warnings (issue 19): a pack that loads but is probably not what its editor meant. */
class PackLintTest {

    private static final RulePack BUNDLED = Packs.defaultWith(Map.of());

    private static List<String> places(List<PackProblem> problems) {
        return problems.stream().map(p -> p.file() + ":" + p.line() + ":" + p.column() + ": " + p.code()).toList();
    }

    @Test
    void theDefaultPackHasNoWarnings() {
        PackLint.Result lint = PackLint.lint(BUNDLED, BUNDLED);
        assertThat(lint.errors()).isEmpty();
        assertThat(lint.warnings()).isEmpty();
    }

    @Test
    void theDuplicateSearchsThresholdIsAParameterDjcheckReadsItself() {
        // the duplicate search reads it by this name: a rename there must be followed here
        assertThat(PackLint.READ_OUTSIDE_RULES).contains(io.djcheck.similar.DuplicateFinder.SIMILARITY_PARAM);
    }

    @Test
    void aParameterNoRuleReadsIsAWarning() {
        String params = Packs.defaultFiles().get("params.yaml")
                .replace("  new_members_min: 1 ", "  new_members_min: 1\n  new_member_min: 2 ");
        PackLint.Result lint = PackLint.lint(Packs.defaultWith(Map.of("params.yaml", params,
                "pack.yaml", "id: county\nversion: 1\n")), BUNDLED);
        assertThat(lint.errors()).isEmpty();
        assertThat(places(lint.warnings())).containsExactly("params.yaml:7:3: unused-param");
        assertThat(lint.warnings().get(0).message()).startsWith("参数 new_member_min 没有规则使用").contains("read by no rule");
        assertThat(lint.warnings().get(0).params()).as("for an application that words it").containsEntry("param", "new_member_min");
    }

    @Test
    void twoRulesCheckingTheSameThingAreAWarning() {
        String copy = """
                rules:
                  - id: XX-01
                    title: 党委会研究党建工作次数
                    category: 责任落实
                    severity: MINOR
                    check:
                      quantity: {concept: committee.dj_sessions, annual: true, op: ">=", param: committee_dj_sessions_min}
                  - id: XX-02
                    title: 党委会研究党建工作次数（按季度）
                    category: 责任落实
                    severity: MINOR
                    check:
                      quantity: {concept: committee.dj_sessions, annual: false, op: ">=", param: committee_dj_sessions_min}
                """;
        PackLint.Result lint = PackLint.lint(Packs.defaultWith(Map.of("rules/xx.yaml", copy,
                "pack.yaml", "id: county\nversion: 1\n")), BUNDLED);
        assertThat(lint.errors()).isEmpty();
        // files in name order: rules/xx.yaml comes before rules/zeren.yaml, so ZR-01 is the second of the pair
        assertThat(places(lint.warnings())).as("XX-02 reads the figure differently: not the same check")
                .containsExactly("rules/zeren.yaml:4:5: same-check");
        assertThat(lint.warnings().get(0).message()).startsWith("规则 ZR-01 与 XX-01（rules/xx.yaml:2:5）检查的内容完全相同");
    }

    @Test
    void anEditedCopyThatKeepsTheDefaultIdAndVersionIsAWarning() {
        String params = Packs.defaultFiles().get("params.yaml")
                .replace("committee_dj_sessions_min: 4 ", "committee_dj_sessions_min: 6 ");
        PackLint.Result edited = PackLint.lint(Packs.defaultWith(Map.of("params.yaml", params)), BUNDLED);
        assertThat(places(edited.warnings())).containsExactly("pack.yaml:3:5: unchanged-copy");
        assertThat(edited.warnings().get(0).message()).startsWith("这个规则包改过内容，但 id 和 version 仍是内置默认规则包的（djcheck-default 1.0.0）").doesNotEndWith("…");

        String ownId = Packs.defaultFiles().get("pack.yaml").replace("id: djcheck-default", "id: county-2025");
        assertThat(PackLint.lint(Packs.defaultWith(Map.of("params.yaml", params, "pack.yaml", ownId)), BUNDLED).warnings())
                .isEmpty();
        assertThat(PackLint.lint(Packs.defaultWith(Map.of("params.yaml", params)), null).warnings())
                .as("nothing to compare with").isEmpty();
    }

    @Test
    void aPackWithErrorsGetsItsErrorsOnly() {
        PackLint.Result lint = PackLint.lint(Packs.defaultWith(Map.of("rules/xx.yaml", "rules: [\n")), BUNDLED);
        assertThat(lint.errors()).isNotEmpty();
        assertThat(lint.warnings()).isEmpty();
    }
}
