package io.djcheck.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ContainerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "%PDF-1.7|PDF",
            "junk before the header %PDF-1.4|PDF",
            "PK\u0003\u0004rest|ZIP",
            "{\\rtf1\\ansi}|RTF",
            "GIF89a|IMAGE",
            "<html><body>报告</body></html>|WEB_PAGE",
            "  <!DOCTYPE html><html>|WEB_PAGE",
            "MIME-Version: 1.0|WEB_PAGE",
            "<?xml version=\"1.0\"?><w:wordDocument xmlns:w=\"x\">|WORD_XML",
            "一、履职情况|PLAIN",
            "{\"report\": {}}|PLAIN",
            "report:|PLAIN",
    })
    void theFirstBytesSayWhatKindOfFileItIs(String head, Container expected) {
        assertThat(Container.of(head.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"D0CF11E0A1B11AE1, OLE2", "89504E470D0A1A0A, IMAGE", "FFD8FFE0, IMAGE", "49492A00, IMAGE", "504B0506, ZIP"})
    void binaryMagicNumbers(String hex, Container expected) {
        byte[] b = java.util.HexFormat.of().parseHex(hex);
        assertThat(Container.of(b)).isEqualTo(expected);
    }
}
