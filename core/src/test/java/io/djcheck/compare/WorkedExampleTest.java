package io.djcheck.compare;

import io.djcheck.Checker;
import io.djcheck.model.Report;
import io.djcheck.model.SectionKind;
import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The worked example of examples/compare: 2023/gebi-zhen.txt is sample report 001, 2024/gebi-zhen.txt
 * the "next year" report written for it, which rectifies one problem, names two again, leaves three
 * unmentioned, delivers two promises, repeats one and drops one, and copies one paragraph whole.
 */
class WorkedExampleTest {

    private static Comparison comparison;

    @BeforeAll
    static void compareThePair() {
        Checker checker = Checker.builder().rulePack(Corpus.defaultPack()).build();
        Path dir = Corpus.root().resolve("examples/compare");
        Report last = checker.extract(dir.resolve("2023/gebi-zhen.txt"));
        Report current = checker.extract(dir.resolve("2024/gebi-zhen.txt"));
        comparison = YearOverYear.compare(last, current);
    }

    @Test
    void eachProblemOfLastYearEndsAsPlanted() {
        assertThat(statuses(comparison.problems())).containsExactly(
                entry("组织生活质量不高", ItemStatus.ADDRESSED),
                entry("党员教育管理不够严格", ItemStatus.DROPPED),
                entry("集体经济发展的可持续性不强", ItemStatus.REPEATED),
                entry("压力责任传导不到位", ItemStatus.REPEATED),
                entry("党员管理教育不严格", ItemStatus.DROPPED),
                entry("缺乏创新和高质量发展的意识", ItemStatus.DROPPED));
    }

    @Test
    void eachPromiseOfLastYearEndsAsPlanted() {
        assertThat(statuses(comparison.promises())).containsExactly(
                entry("加强政治建设", ItemStatus.DELIVERED),
                entry("强化组织建设", ItemStatus.DELIVERED),
                entry("党建引领产业发展", ItemStatus.STILL_PROMISED),
                entry("努力提升基层治理水平", ItemStatus.DROPPED));
    }

    @Test
    void theCopiedParagraphAndTheRepeatedFiguresAreFound() {
        assertThat(comparison.reusedPassages()).filteredOn(ReusedPassage::paragraph).singleElement()
                .satisfies(p -> {
                    assertThat(p.current().quote()).startsWith("4.服务发展大局").endsWith("新建、维修加固隐患住房86户。");
                    assertThat(p.last().quote()).startsWith("3.服务发展大局");
                });
        assertThat(comparison.reusedShare()).isBetween(0.25, 0.45);
        assertThat(comparison.repeatedFigures()).extracting(RepeatedFigure::concept)
                .contains("committee.dj_sessions", "training.persons", "villages.total")
                .doesNotContain("dangke.sessions", "training.sessions", "research.dj", "talks.admonition");
        assertThat(comparison.verdict()).contains("已整改1个", "仍存在2个", "未再提及3个", "已兑现2项", "仍在承诺1项");
    }

    @Test
    void evidenceOfBothYearsPointsIntoTheirTexts() {
        for (CarriedItem i : comparison.problems()) {
            assertThat(comparison.last().text().substring(i.last().start(), i.last().end())).isEqualTo(i.last().quote());
            if (i.current() != null) {
                assertThat(comparison.current().text().substring(i.current().start(), i.current().end()))
                        .isEqualTo(i.current().quote());
            }
        }
        assertThat(comparison.problems()).filteredOn(i -> i.status() == ItemStatus.REPEATED)
                .allSatisfy(i -> assertThat(i.current().section()).isEqualTo(SectionKind.PROBLEMS));
    }

    private static Map<String, ItemStatus> statuses(java.util.List<CarriedItem> items) {
        Map<String, ItemStatus> out = new LinkedHashMap<>();
        items.forEach(i -> out.put(i.headline(), i.status()));
        return out;
    }
}
