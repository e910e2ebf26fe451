package io.djcheck.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A single X joined to a number by a plus sign is a variable (10+X), not a mask; the scan decides it without a regex. */
class PlaceholderFormulaTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            推行“1+X”工作模式，每月开展主题党日活动。         | true
            构建10＋X服务体系                                | true
            实行X+N清单管理                                  | true
            全年发展党员X名，召开会议XX次。                   | false
            # a Latin word is no X: Xi+1, AX+N, 10+Xin
            函数Xi+1的取值                                   | false
            指标AX+N                                         | false
            开通10+Xin平台                                   | false
            # a plus sign at either end of the text
            +X                                               | false
            X+                                               | false
            """)
    void findsAFormulaX(String text, boolean formula) {
        assertThat(PlaceholderScanner.hasFormulaX(text)).isEqualTo(formula);
    }

    /** The regex the scan used before, as the oracle: the loop must agree with it on any text. */
    private static final Pattern FORMULA_X =
            Pattern.compile("[0-9A-Za-z][+＋][Xx](?![A-Za-z])|(?<![A-Za-z])[Xx][+＋][0-9A-Za-z]");

    @Test
    void agreesWithTheRegexOnRandomTexts() {
        String alphabet = "Xx+＋1aZ党 ，";
        Random random = new Random(16);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(9); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = b.toString();
            assertThat(PlaceholderScanner.hasFormulaX(t)).as(t).isEqualTo(FORMULA_X.matcher(t).find());
        }
    }
}
