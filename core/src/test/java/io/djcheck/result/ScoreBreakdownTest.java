package io.djcheck.result;

import com.fasterxml.jackson.databind.JsonNode;
import io.djcheck.Checker;
import io.djcheck.pack.RulePack;
import io.djcheck.model.Status;
import io.djcheck.model.Grade;
import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Every result carries its score breakdown: per category, per finding, the model and what vetoed. */
class ScoreBreakdownTest {

    /** The default pack plus a VETO rule with its own deduction: no placeholder may be left. */
    private static RulePack packWithVeto() {
        RulePack base = Corpus.defaultPack();
        Map<String, String> files = new HashMap<>();
        for (String p : base.paths()) {
            files.put(p, base.text(p));
        }
        files.put("rules/veto.yaml", """
                rules:
                  - id: VT-01
                    title: 不得以占位符代替真实数据
                    category: 述职规范
                    severity: VETO
                    deduction: 3
                    basis: 测试用一票否决规则
                    check:
                      absent: placeholders
                    suggestion: 填写真实数据。
                """);
        return RulePack.of("veto-pack", files);
    }

    @Test
    void aFailedVetoRuleCapsTheGradeAndIsNamedInTheResult() {
        Checker checker = Checker.builder().rulePack(packWithVeto()).build();
        Path seed = Corpus.seed("004");                       // leaves XX placeholders in the text
        CheckResult r = checker.check(seed);
        Finding veto = r.finding("VT-01").orElseThrow();
        assertThat(veto.status()).isEqualTo(Status.FAIL);
        assertThat(veto.deduction()).isEqualTo(3);
        assertThat(r.vetoed()).isTrue();
        assertThat(r.scoreCard().vetoedBy()).containsExactly("VT-01");
        assertThat(r.score()).isGreaterThan(60);              // a 一般 score ...
        assertThat(r.grade()).isEqualTo(Grade.POOR);          // ... capped at the veto grade 差
        assertThat(r.gradeLabel()).isEqualTo("差");

        JsonNode json = ResultJson.tree(r);
        assertThat(json.at("/scoring/vetoedBy/0").asText()).isEqualTo("VT-01");
        assertThat(json.at("/scoring/vetoGrade").asText()).isEqualTo("POOR");
        assertThat(json.get("vetoed").asBoolean()).isTrue();
    }

    @Test
    void theJsonBreakdownAddsUpCategoryByCategoryAndFindingByFinding() {
        Checker checker = Checker.builder().rulePack(Corpus.defaultPack()).build();
        for (Path seed : Corpus.seedFiles()) {
            JsonNode json = ResultJson.tree(checker.check(seed));
            assertThat(json.at("/scoring/notEvidencedFraction").asDouble()).isEqualTo(0.5);
            assertThat(json.at("/scoring/grades").size()).isEqualTo(4);
            Map<String, Double> deducted = new HashMap<>();
            for (JsonNode f : json.get("findings")) {
                double d = f.get("deduction").asDouble();
                double full = f.get("fullDeduction").asDouble();
                switch (f.get("status").asText()) {
                    case "PASS" -> assertThat(d).isZero();
                    case "NOT_EVIDENCED" -> assertThat(d).isCloseTo(full * 0.5, within(0.05));
                    default -> assertThat(d).isEqualTo(full);
                }
                deducted.merge(f.get("category").asText(), d, Double::sum);
            }
            double total = 0;
            for (JsonNode c : json.get("categories")) {
                double d = deducted.getOrDefault(c.get("name").asText(), 0.0);
                assertThat(c.get("deduction").asDouble()).as(seed + " " + c).isCloseTo(d, within(0.05));
                assertThat(c.get("score").asDouble()).isCloseTo(Math.max(0, c.get("weight").asDouble() - d), within(0.05));
                total += c.get("score").asDouble();
            }
            assertThat(json.get("score").asDouble()).isCloseTo(total, within(0.05));
        }
    }
}
