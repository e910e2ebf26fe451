package io.djcheck.compare;

import io.djcheck.Checker;
import io.djcheck.model.Report;
import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Each way a problem or promise can end, on two short reports written for it. */
class SmallReportsTest {

    private static Checker checker;

    @BeforeAll
    static void checker() {
        checker = Checker.builder().rulePack(Corpus.defaultPack()).acceptAnyText(true).build();
    }

    private static Comparison compare(String last, String current) {
        Report a = checker.extract(last, "2023.txt");
        Report b = checker.extract(current, "2024.txt");
        return YearOverYear.compare(a, b);
    }

    @Test
    void aProblemNamedOutsideTheProblemsPartIsFollowedToo() {
        Comparison c = compare("""
                一、工作开展情况
                全镇坚持“三会一课”制度，但仍有个别支部“三会一课”未按时开展。
                二、存在的问题
                一是党员教育管理不够严格。二是村级活动阵地建设滞后。
                三、下一步打算
                一是加强村级活动阵地建设。二是规范党员教育管理。
                """, """
                一、工作开展情况
                各支部“三会一课”全部按时开展。针对村级活动阵地建设滞后的问题，新建改建村级活动阵地5个，整改到位。
                二、存在的问题
                一是党员教育管理仍不够严格。
                三、下一步打算
                一是规范党员教育管理。
                """);
        assertThat(statuses(c.problems())).containsExactly(
                entry("党员教育管理不够严格", ItemStatus.REPEATED),
                entry("村级活动阵地建设滞后", ItemStatus.ADDRESSED),
                entry("全镇坚持“三会一课”制度，但仍有个别支部“三会一课”未按时开展", ItemStatus.ADDRESSED));
        assertThat(statuses(c.promises())).containsExactly(
                entry("加强村级活动阵地建设", ItemStatus.DELIVERED),
                entry("规范党员教育管理", ItemStatus.STILL_PROMISED));
    }

    @Test
    void aSentenceOnTheTopicWithoutAWordOfRectificationDoesNotAddressIt() {
        Comparison c = compare("""
                二、存在的问题
                一是村级活动阵地建设滞后。
                """, """
                一、工作开展情况
                村级活动阵地建设滞后，群众多有反映。
                """);
        assertThat(statuses(c.problems())).containsExactly(entry("村级活动阵地建设滞后", ItemStatus.DROPPED));
    }

    @Test
    void theCausesOfTheirOwnPartAreProblemsToo() {
        Comparison c = compare("""
                二、存在的问题
                一是理论学习不够深入。
                三、原因分析
                一是思想认识不到位。
                """, """
                二、存在的问题
                一是思想认识仍不到位。
                """);
        assertThat(statuses(c.problems())).containsExactly(
                entry("理论学习不够深入", ItemStatus.DROPPED),
                entry("思想认识不到位", ItemStatus.REPEATED));
    }

    private static Map<String, ItemStatus> statuses(List<CarriedItem> items) {
        Map<String, ItemStatus> out = new LinkedHashMap<>();
        items.forEach(i -> out.put(i.headline(), i.status()));
        return out;
    }
}
