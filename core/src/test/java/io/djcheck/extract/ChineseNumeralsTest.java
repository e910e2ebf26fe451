package io.djcheck.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseNumeralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "一, 1", "两, 2", "十, 10", "十二, 12", "二十, 20", "二十五, 25", "一百, 100", "一百零五, 105",
            "三百二十, 320", "一千零一, 1001", "一万, 10000", "三千二百万, 32000000", "一亿二千万, 120000000",
            "二〇二三, 2023", "二三, 23", "〇, 0", "零, 0", "五十万, 500000"
    })
    void parses(String text, long value) {
        assertThat(ChineseNumerals.parse(text)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({"''", "二三x"})
    void rejectsWhatIsNotANumeral(String text) {
        assertThat(ChineseNumerals.parse(text)).isEqualTo(-1);
    }

    @ParameterizedTest(name = "{0} = {1}..{2}")
    @CsvSource({"两三, 2, 3", "三四, 3, 4", "一两, 1, 2", "三五, 3, 5", "十二三, 12, 13", "二三十, 20, 30",
            "一百二三十, 120, 130", "七八, 7, 8"})
    void readsApproximateNumerals(String text, long lower, long upper) {
        assertThat(ChineseNumerals.parseApproximate(text)).containsExactly(lower, upper);
    }

    @ParameterizedTest
    @CsvSource({"十二", "二〇二三", "三七", "二十", "五三"})
    void exactNumeralsAreNotApproximate(String text) {
        assertThat(ChineseNumerals.parseApproximate(text)).isNull();
    }
}
