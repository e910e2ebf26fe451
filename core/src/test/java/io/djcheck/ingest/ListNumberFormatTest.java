package io.djcheck.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ListNumberFormatTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "chineseCounting|1|一",
            "chineseCounting|10|十",
            "chineseCounting|11|十一",
            "chineseCounting|20|二十",
            "chineseCounting|99|九十九",
            "chineseCountingThousand|100|一百",
            "chineseCountingThousand|105|一百零五",
            "chineseCountingThousand|110|一百一十",
            "chineseCountingThousand|1010|一千零一十",
            "taiwaneseCounting|3|三",
            "chineseLegalSimplified|3|叁",
            "chineseLegalSimplified|10|壹拾",
            "chineseLegalSimplified|12|壹拾贰",
            "ideographLegalTraditional|2|貳",
            "ideographDigital|10|一〇",
            "ideographTraditional|1|甲",
            "ideographTraditional|10|癸",
            "ideographTraditional|11|甲",
            "ideographZodiac|2|丑",
            "decimal|7|7",
            "decimalZero|7|07",
            "decimalZero|12|12",
            "decimalFullWidth|12|１２",
            "decimalEnclosedCircle|3|③",
            "decimalEnclosedCircleChinese|20|⑳",
            "decimalEnclosedCircle|21|21",
            "decimalEnclosedParen|2|⑵",
            "decimalEnclosedFullstop|2|⒉",
            "ideographEnclosedCircle|1|㈠",
            "upperRoman|4|IV",
            "lowerRoman|14|xiv",
            "upperLetter|3|C",
            "lowerLetter|28|bb",
            "someFutureFormat|5|5",
    })
    void formatsACounterAsWordDoes(String format, int n, String expected) {
        assertThat(ListNumberFormat.ofOoxml(format).format(n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "nfc {0} is {1}")
    @CsvSource({"0, DECIMAL", "37, CHINESE_COUNTING", "39, CHINESE_COUNTING_THOUSAND", "38, CHINESE_LEGAL_SIMPLIFIED",
            "30, IDEOGRAPH_TRADITIONAL", "23, BULLET", "255, NONE", "200, DECIMAL"})
    void readsTheCodesOfDocFiles(int nfc, ListNumberFormat expected) {
        assertThat(ListNumberFormat.ofNfc(nfc)).isEqualTo(expected);
    }
}
