package io.djcheck.compare;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How a part splits into points: one row per numbering style, the text and the headlines side by side. */
class PointsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "一是组织生活质量不高。个别支部不规范。二是党员管理不严。三是集体经济薄弱。 | 组织生活质量不高/党员管理不严/集体经济薄弱",
            "（一）责任落实不到位。一是谋划不够。二是督导不够。\\n（二）作风建设有差距。 | 责任落实不到位/作风建设有差距",
            "1.学习不够深入。\\n2.创新意识不强。 | 学习不够深入/创新意识不强",
            "从严治党有差距。少数党员意识淡薄。 | 从严治党有差距/少数党员意识淡薄",
            "主要是：一是压力传导不够；二是制度执行不严。 | 压力传导不够/制度执行不严",
    })
    void splitsAPartByTheNumberingThatOpensIt(String text, String headlines) {
        String t = text.replace("\\n", "\n");
        List<String> got = Points.inPart(t, 0, t.length()).stream().map(Points.Point::headline).toList();
        assertThat(String.join("/", got)).isEqualTo(headlines);
    }
}
