package io.djcheck;

import io.djcheck.model.Severity;
import io.djcheck.pack.PackProblem;
import io.djcheck.result.CheckResult;
import io.djcheck.result.Finding;
import io.djcheck.result.ResultJson;
import io.djcheck.testing.Corpus;
import io.djcheck.testing.Packs;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A profile switches rules as it changes thresholds: a county's own rule replaces a default one
 * without deducting twice for one shortfall, or a rule weighs more in one region.
 */
class ProfileRuleSwitchesTest {

    private static final String PROFILE = """
              county-2026:
                description: 某县 2026 年口径
                rules:
                  ZZ-02: {enabled: false}
                  ZR-01: {severity: CRITICAL}
                  DY-02: {deduction: 4}
            """;

    private static Map<String, String> withProfile() {
        String params = Packs.defaultFiles().get("params.yaml");
        return Map.of("params.yaml", params + PROFILE);
    }

    @Test
    void aProfileSwitchesARuleOffAndChangesSeverityAndDeduction() {
        Checker base = Checker.builder().rulePack(Packs.defaultWith(withProfile())).build();
        Checker county = base.withParams("county-2026", Map.of());
        CheckResult plain = base.check(Corpus.seed("002"));
        CheckResult r = county.check(Corpus.seed("002"));

        assertThat(plain.finding("ZZ-02")).isPresent();
        assertThat(r.finding("ZZ-02")).as("switched off: no finding, no deduction").isEmpty();
        assertThat(r.scoreCard().rule("ZZ-02")).isNull();
        Finding zr01 = r.finding("ZR-01").orElseThrow();
        assertThat(zr01.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(r.scoreCard().rule("ZR-01").full()).isEqualTo(10);      // scoring.yaml's CRITICAL deduction
        assertThat(r.scoreCard().rule("DY-02").full()).isEqualTo(4);
        assertThat(r.ruleset().rules()).containsEntry("ZZ-02", "off").containsEntry("ZR-01", "severity CRITICAL")
                .containsEntry("DY-02", "deduction 4");
        assertThat(ResultJson.toJson(r)).contains("\"rules\" : {", "\"ZZ-02\" : \"off\"");
        assertThat(ResultJson.toJson(plain)).doesNotContain("\"rules\"");
        double zz02 = plain.scoreCard().rule("ZZ-02").applied();
        assertThat(zz02).as("002 does not show monthly 主题党日, so ZZ-02 costs points by default").isPositive();
        assertThat(deduction(r, "组织生活")).isEqualTo(deduction(plain, "组织生活") - zz02);
    }

    private static double deduction(CheckResult r, String category) {
        return r.categories().stream().filter(c -> c.name().equals(category)).findFirst().orElseThrow().deduction();
    }

    @Test
    void aSwitchOfAnUnknownRuleOrSeverityIsReportedWithItsPlace() {
        String params = Packs.defaultFiles().get("params.yaml") + """
                  county-2026:
                    rules:
                      ZZ-20: {enabled: false}
                      ZR-01: {severity: HIGH}
                """;
        List<PackProblem> problems = Checker.validate(Packs.defaultWith(Map.of("params.yaml", params)));
        assertThat(problems).extracting(PackProblem::code).containsExactlyInAnyOrder("unknown-rule", "unknown-severity");
        assertThat(problems.toString()).contains("switches rule 'ZZ-20'", "did you mean ZZ-0");
    }
}
