package io.djcheck.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DocReaderTest {

    static Stream<Arguments> fields() {
        return Stream.of(
                Arguments.of("no field", "no field"),
                Arguments.of("第\u0013 PAGE \u00143\u0015页", "第3页"),
                Arguments.of("\u0013 HYPERLINK \"http://x\" \u0014党建网\u0015和\u0013 PAGE \u00142\u0015", "党建网和2"),
                Arguments.of("\u0013 IF \u0013 PAGE \u00141\u0015 = 1 \u0014结果\u0015", "结果"),
                Arguments.of("\u0013 TOC \u0015正文", "正文"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("fields")
    void fieldResultsStayAndFieldCodesGo(String raw, String expected) {
        assertThat(DocReader.stripFieldCodes(raw)).isEqualTo(expected);
    }

    static Stream<Arguments> specialCharacters() {
        return Stream.of(
                Arguments.of("发展党员12名。\r", "发展党员12名。"),
                Arguments.of("单元格\u0007", "单元格"),
                Arguments.of("第一行\u000B第二行\r", "第一行\n第二行"),
                Arguments.of("图\u0001片\u0008", "图片"),
                Arguments.of("不\u001E间断\u001F连字", "不-间断连字"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("specialCharacters")
    void wordsSpecialCharactersBecomeText(String raw, String expected) {
        assertThat(DocReader.clean(raw)).isEqualTo(expected);
    }
}
