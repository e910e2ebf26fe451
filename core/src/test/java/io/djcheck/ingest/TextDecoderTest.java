package io.djcheck.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextDecoderTest {

    private static final String REPORT = "一、履职情况\n全年发展党员12名，党委会专题研究党建工作6次，“三会一课”落实到位。\n";
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset GBK = Charset.forName("GBK");

    private final TextDecoder decoder = new TextDecoder();

    private static byte[] bom(byte[] bom, byte[] body) {
        byte[] out = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    static Stream<Arguments> encodings() {
        byte[] utf8 = REPORT.getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("UTF-8", utf8, "UTF-8"),
                Arguments.of("UTF-8 with BOM", bom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8), "UTF-8"),
                Arguments.of("UTF-16LE with BOM", bom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                        REPORT.getBytes(StandardCharsets.UTF_16LE)), "UTF-16LE"),
                Arguments.of("UTF-16BE with BOM", bom(new byte[] {(byte) 0xFE, (byte) 0xFF},
                        REPORT.getBytes(StandardCharsets.UTF_16BE)), "UTF-16BE"),
                Arguments.of("UTF-32LE with BOM", bom(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
                        REPORT.getBytes(Charset.forName("UTF-32LE"))), "UTF-32LE"),
                Arguments.of("GB18030", REPORT.getBytes(GB18030), "GB18030"),
                Arguments.of("GBK (Windows 记事本 ANSI)", REPORT.getBytes(GBK), "GB18030"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void decodesEveryEncodingChineseWindowsWrites(String name, byte[] bytes, String charset) {
        TextDecoder.Decoded d = decoder.decode("r.txt", bytes);
        assertThat(d.text()).isEqualTo(REPORT);
        assertThat(d.charset().name()).isEqualTo(charset);
    }

    @Test
    void utf8CutOffMidCharacterIsStillUtf8NotMojibake() {
        byte[] utf8 = (REPORT + REPORT + REPORT).getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(utf8, utf8.length - 2);     // the last character loses two of its three bytes
        TextDecoder.Decoded d = decoder.decode("cut.txt", cut);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).startsWith(REPORT + REPORT).endsWith("\uFFFD");
    }

    @Test
    void bytesThatAreNoTextAreRefused() {
        byte[] latin1 = "Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e, na\u00efve fa\u00e7ade".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> decoder.decode("latin.txt", latin1)).isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("neither UTF-8 nor GB18030/GBK");
        byte[] withNul = "报告\u0000正文".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> decoder.decode("nul.txt", withNul)).isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("not a text document");
        byte[] badBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xC3, 0x28};
        assertThatThrownBy(() -> decoder.decode("bom.txt", badBom)).isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("byte-order mark");
    }

    @Test
    void gb18030IsKeptOnlyWhenItReadsAsChinese() {
        assertThat(TextDecoder.looksChinese(REPORT)).isTrue();
        String privateUse = new String(new char[] {'\uE000', '\uE001', '\uE002', '报'});
        assertThat(TextDecoder.looksChinese(privateUse)).isFalse();
        assertThat(TextDecoder.looksChinese("only ascii")).isFalse();
    }

    @Test
    void countsGoodAndBrokenUtf8Sequences() {
        assertThat(TextDecoder.Utf8Stats.of("党建ab".getBytes(StandardCharsets.UTF_8))).isEqualTo(new TextDecoder.Utf8Stats(2, 0));
        byte[] gbk = "党建工作".getBytes(GBK);
        assertThat(TextDecoder.Utf8Stats.of(gbk).bad()).isGreaterThan(TextDecoder.Utf8Stats.of(gbk).good());
        assertThat(TextDecoder.Utf8Stats.of(new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0x80}).bad()).isPositive(); // overlong
        assertThat(TextDecoder.Utf8Stats.of(ByteBuffer.allocate(0).array()).good()).isZero();
    }
}
