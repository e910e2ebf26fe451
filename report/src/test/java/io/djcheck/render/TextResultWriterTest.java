package io.djcheck.render;

import io.djcheck.model.Status;
import io.djcheck.result.CheckResult;
import io.djcheck.result.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The console output of the five seeds as a reviewer scans it: legend first, each report, a closing table. */
class TextResultWriterTest {

    private static String text(boolean brief, List<CheckResult> results, String failedSource) throws IOException {
        StringWriter out = new StringWriter();
        Seeds.feed(ResultFormat.TEXT.open(out, new ResultFormat.Options(false, false, brief)), results, failedSource,
                failedSource + ": 文件是空的；请检查文件");
        return out.toString();
    }

    /** The lines of the closing table: from its heading to the end. */
    private static List<String> table(String text) {
        return text.substring(text.indexOf("汇总（")).lines().toList();
    }

    @Test
    void theLegendComesFirstAndEveryReportIsNamedByOrganisationWithChineseLabels() throws IOException {
        String text = text(false, Seeds.results(), null);
        assertThat(text.lines().findFirst().orElseThrow()).isEqualTo("图例：✓ 合格  ✗ 不合格  ? 未体现  ! 出错（规则执行出错）");
        assertThat(text).contains("━━ " + Seeds.result("003").source() + " ━━\n单位 **镇党委\n得分 44.5")   // 003 names itself
                .contains("层级 乡镇", "文种 述职报告", "✓ 合格 ", "✗ 不合格 ", "? 未体现 ")
                .doesNotContain("TOWNSHIP", "DUTY_REPORT", "(FAIR)", "(POOR)", "通过 / 不合格");
    }

    @Test
    void theClosingTableRanksEveryReportWithOrganisationScoreGradeAndFailedRequirements() throws IOException {
        List<CheckResult> seeds = Seeds.results();
        List<String> table = table(text(false, seeds, "missing.docx"));
        assertThat(table.get(0)).isEqualTo("汇总（6 份，按得分从高到低）");
        assertThat(table.get(1)).startsWith("名次").contains("单位", "得分", "等次", "不合格要求");
        List<CheckResult> ranked = seeds.stream().sorted(Comparator.comparingDouble(CheckResult::score).reversed()).toList();
        for (int i = 0; i < ranked.size(); i++) {
            CheckResult r = ranked.get(i);
            String line = table.get(2 + i);
            assertThat(line).startsWith(String.format("%4d  ", i + 1)).contains(Names.organisation(r), r.gradeLabel(),
                    io.djcheck.engine.MessageTemplate.format(r.score()));
            for (Finding f : r.findings()) {
                if (f.status() == Status.FAIL) {
                    assertThat(line).contains(f.ruleId() + " " + f.title());
                } else {
                    assertThat(line).doesNotContain(f.ruleId() + " ");
                }
            }
        }
        assertThat(table.get(2 + ranked.size())).startsWith("-").contains("missing.docx", "无法检查：missing.docx: 文件是空的");
        assertThat(table).hasSize(2 + ranked.size() + 1);
        // the columns line up in a terminal: every score ends in the same cell, names Chinese or not
        List<Integer> scoreEnds = new java.util.ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            String line = table.get(2 + i);
            String score = io.djcheck.engine.MessageTemplate.format(ranked.get(i).score());
            int at = line.indexOf(score + "  " + ranked.get(i).gradeLabel());
            scoreEnds.add(RankingTable.width(line.substring(0, at + score.length())));
        }
        assertThat(scoreEnds).containsOnly(scoreEnds.get(0));
    }

    @Test
    void briefPrintsOnlyTheTable() throws IOException {
        String brief = text(true, Seeds.results(), null);
        assertThat(brief).startsWith("汇总（5 份").doesNotContain("图例", "━━", "整改建议");
        assertThat(brief.lines()).hasSize(2 + 5);
        assertThat(text(true, List.of(Seeds.result("001")), null).lines()).hasSize(3);   // one report: still its line
    }

    @Test
    void oneReportGetsNoClosingTable() throws IOException {
        String one = text(false, List.of(Seeds.result("001")), null);
        assertThat(one).startsWith("图例").contains("━━").doesNotContain("汇总（");
    }

    @ParameterizedTest(name = "{0} → {1} cells")
    @CsvSource({"abc,3", "镇党委,6", "**镇党委,8", "１２,4", "'a，b',4"})
    void widthCountsWideCharactersTwice(String s, int cells) {
        assertThat(RankingTable.width(s)).isEqualTo(cells);
    }

    @Test
    void longNamesAreCutToTheColumnWithAnEllipsis() {
        String name = "某某县某某镇某某村党支部委员会第一党小组";
        String clipped = RankingTable.clip(name, RankingTable.NAME_WIDTH);
        assertThat(RankingTable.width(clipped)).isLessThanOrEqualTo(RankingTable.NAME_WIDTH);
        assertThat(clipped).endsWith("…").startsWith("某某县某某镇");
        assertThat(RankingTable.clip("短名", RankingTable.NAME_WIDTH)).isEqualTo("短名");
    }
}
