package io.djcheck;

import io.djcheck.result.CheckResult;
import io.djcheck.packtest.RuleTestReport;
import io.djcheck.packtest.RuleTestRunner;
import io.djcheck.model.Status;
import io.djcheck.testing.Corpus;
import io.djcheck.testing.Packs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples of docs/rules.md work as written: the parameters and profiles, the YAML rule, the DRL
 * rule and the test cases are taken from the guide's code blocks, put into a copy of the default
 * pack, linted, tested and checked.
 */
class RulesGuideExamplesTest {

    private static List<String> blocks;

    @BeforeAll
    static void readGuide() throws IOException {
        String guide = Files.readString(Corpus.root().resolve("docs/rules.md"));
        blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```[a-z]*\\n(.*?)```", Pattern.DOTALL).matcher(guide);
        while (m.find()) {
            blocks.add(m.group(1));
        }
    }

    private static String block(String startsWith) {
        return blocks.stream().filter(b -> b.startsWith(startsWith)).findFirst()
                .orElseThrow(() -> new AssertionError("docs/rules.md has no code block starting with " + startsWith));
    }

    /** The default pack plus the guide's rule, DRL and test cases, without the pack's own tests. */
    private static Map<String, String> guidePack() {
        Map<String, String> edits = new HashMap<>();
        Packs.defaultFiles().keySet().stream().filter(p -> p.startsWith("tests/")).forEach(p -> edits.put(p, null));
        edits.put("rules/dangfei.yaml", block("rules:\n  # ZZ-07"));
        edits.put("rules/mine.drl", block("package djcheck.mine;"));
        edits.put("tests/guide.yaml", block("cases:"));
        return edits;
    }

    @Test
    void theParametersAndProfilesOfTheGuideMakeAValidParamsFile() {
        Map<String, String> edits = new HashMap<>();
        // the pack's own tests use its strict-monthly profile, which the guide's example leaves out
        Packs.defaultFiles().keySet().stream().filter(p -> p.startsWith("tests/")).forEach(p -> edits.put(p, null));
        edits.put("params.yaml", block("defaults:") + block("profiles:"));
        assertThat(Checker.validate(Packs.defaultWith(edits))).isEmpty();
        Checker gansu = Checker.builder().rulePack(Packs.defaultWith(edits)).profile("gansu-2025").build();
        assertThat(gansu.params()).containsEntry("committee_dj_sessions_min", 6.0);
    }

    @Test
    void theGuidesRulesLintAndItsTestCasesPass() {
        assertThat(Checker.validate(Packs.defaultWith(guidePack()))).isEmpty();
        RuleTestReport report = RuleTestRunner.run(Packs.defaultWith(guidePack()));
        assertThat(report.cases()).hasSize(4);
        assertThat(report.failures()).as(() -> report.failures().toString()).isEmpty();
        assertThat(report.rules()).extracting(r -> r.id()).contains("ZZ-07", "DY-04");
    }

    @Test
    void theGuidesDrlRuleComparesTwoFigures() {
        Checker checker = Checker.builder().rulePack(Packs.defaultWith(guidePack())).acceptAnyText(true).build();
        CheckResult fail = checker.check("全年发展党员12名，现有入党积极分子8人。", "t.txt");
        assertThat(fail.finding("DY-04").orElseThrow().status()).isEqualTo(Status.FAIL);
        assertThat(fail.finding("DY-04").orElseThrow().message()).isEqualTo("发展党员12名，多于入党积极分子8名：“全年发展党员12名”");
        CheckResult pass = checker.check("全年发展党员5名，现有入党积极分子30人。", "t.txt");
        assertThat(pass.finding("DY-04").orElseThrow().status()).isEqualTo(Status.PASS);
        assertThat(checker.check("全年发展党员5名。", "t.txt").finding("DY-04").orElseThrow().status())
                .isEqualTo(Status.NOT_EVIDENCED);
    }
}
