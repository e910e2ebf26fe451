package io.djcheck.similar;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What the duplicate search compares: one row per case, the text and what is left of it. */
class MaskedTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "全年发展党员12名，培训3,200人次。                  | 全年发展党员#名培训#人次",
            "2023年召开党委会4.5次                              | #年召开党委会#次",
            "二〇二三年开展十二次主题党日                       | #年开展#次主题党日",
            "召开会议XX次，占比X%                               | 召开会议#次占比#",
            "张家村党支部和李家庄村党支部                       | @村党支部和@村党支部",
            "王建国同志主持会议                                 | @同志主持会议",
            "“三会一课”  制度，（落实）                       | #会#课制度落实",
    })
    void masksFiguresAndNamesAndDropsPunctuation(String text, String compared) {
        assertThat(MaskedText.of(text, null).text()).isEqualTo(compared.strip());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "中共城东街道工委 | 中共城东街道工委2024年党建工作述职报告。城东街道工委坚持… | @#年党建工作述职报告@坚持",
    })
    void masksTheReportsOwnOrganisation(String organisation, String text, String compared) {
        assertThat(MaskedText.of(text, organisation).text()).isEqualTo(compared.strip());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"全年发展党员12名，培训3,200人次。", "张家村党支部"})
    void everyComparedCharacterPointsBackIntoTheOriginal(String text) {
        MaskedText m = MaskedText.of(text, null);
        for (int i = 0; i < m.length(); i++) {
            assertThat(m.originalStart(i)).isLessThan(m.originalEnd(i));
            assertThat(m.originalEnd(i)).isLessThanOrEqualTo(text.length());
            if (m.text().charAt(i) != MaskedText.FIGURE && m.text().charAt(i) != MaskedText.NAME) {
                assertThat(text.charAt(m.originalStart(i))).isEqualTo(m.text().charAt(i));
            }
        }
    }
}
