package io.djcheck.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The one table the character scans read: which characters may start what. */
class CharKindsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # char | kept as is | enumerator | placeholder | clause end
            党     | true  | false | false | false
            第     | true  | true  | false | false
            三     | true  | true  | false | false
            两     | true  | true  | false | false
            十     | true  | true  | false | false
            〇     | true  | false | false | false
            百     | true  | false | false | false
            ②     | true  | true  | false | false
            某     | true  | false | true  | false
            X      | true  | false | true  | false
            ×      | true  | false | true  | false
            （     | true  | false | true  | false
            ，     | true  | false | false | true
            .      | true  | false | false | true
            １     | false | false | false | false
            ％     | false | false | false | false
            """)
    void marksWhatEachScanLooksAt(char c, boolean kept, boolean enumerator, boolean placeholder, boolean clauseEnd) {
        assertThat(CharKinds.is(c, CharKinds.KEPT_AS_IS)).isEqualTo(kept);
        assertThat(CharKinds.is(c, CharKinds.ENUMERATOR)).isEqualTo(enumerator);
        assertThat(CharKinds.is(c, CharKinds.PLACEHOLDER)).isEqualTo(placeholder);
        assertThat(CharKinds.is(c, CharKinds.CLAUSE_END)).isEqualTo(clauseEnd);
    }

    @Test
    void spacesLineBreaksAndInvisibleCharactersAreNotKeptAsTheyAre() {
        for (char c : " \t\u3000\u00A0\r\n\u200B\uFEFF\u00AD".toCharArray()) {
            assertThat(CharKinds.is(c, CharKinds.KEPT_AS_IS)).as("U+%04X", (int) c).isFalse();
        }
    }

    /** The table keeps exactly the characters the normaliser leaves alone between two Chinese characters (but the line break). */
    @Test
    void agreesWithTheNormaliserOnEveryCharacterBelowCjk() {
        TextNormalizer normalizer = new TextNormalizer();
        for (char c = 0; c < '\u4E00'; c++) {
            if (Character.isSurrogate(c) || TraditionalChinese.isTraditionalOnly(c)) {
                continue;
            }
            String in = "党" + c + "建";
            boolean unchanged = normalizer.normalize(in).text().equals(in);
            if (CharKinds.is(c, CharKinds.KEPT_AS_IS)) {
                assertThat(unchanged).as("U+%04X kept as is", (int) c).isTrue();
            } else if (c != '\n') {                                 // a line break is kept, through the slow path
                assertThat(unchanged).as("U+%04X changed", (int) c).isFalse();
            }
        }
    }
}
