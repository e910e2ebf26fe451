package io.djcheck.extract;

import com.hankcs.hanlp.HanLP;
import io.djcheck.model.Quantity;
import io.djcheck.model.Report;
import io.djcheck.model.Section;
import io.djcheck.testing.Corpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five seeds written four other ways a real submission arrives: in Traditional characters,
 * with full-width digits, with the spaces PDF extraction leaves around numbers, and cut into lines
 * at a page width as text copied out of a PDF is. Each variant
 * must give exactly the facts, sections and metadata of the seed itself.
 */
class SeedVariantsTest {

    static Stream<Path> seeds() {
        return Corpus.seedFiles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void traditionalCharactersGiveTheSameFacts(Path seed) {
        String text = Corpus.read(seed);
        assertSameFacts(text, HanLP.convertToTraditionalChinese(text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void fullWidthDigitsGiveTheSameFacts(Path seed) {
        String text = Corpus.read(seed);
        StringBuilder wide = new StringBuilder();
        for (char c : text.toCharArray()) {
            wide.append(c >= '0' && c <= '9' ? (char) (c + 0xFEE0) : c == '%' ? '％' : c);
        }
        assertSameFacts(text, wide.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void pdfSpacingGivesTheSameFacts(Path seed) {
        String text = Corpus.read(seed);
        // a space on each side of every run of digits, as PDF text extraction leaves them
        assertSameFacts(text, text.replaceAll("(?<=[\\u4e00-\\u9fff])(\\d[\\d.]*)(?=[\\u4e00-\\u9fff%])", " $1 "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void hardWrappedLinesGiveTheSameFacts(Path seed) {
        String text = Corpus.read(seed);
        StringBuilder wrapped = new StringBuilder();
        for (String line : text.split("\n")) {
            wrapped.append(line.length() > 30 ? TextNormalizerTest.wrap(line, 60) : line).append('\n');
        }
        assertSameFacts(text, wrapped.toString());
    }

    private static void assertSameFacts(String original, String variant) {
        Report a = Extraction.extract(original);
        Report b = Extraction.extract(variant);
        assertThat(b.genre()).isEqualTo(a.genre());
        assertThat(b.year()).isEqualTo(a.year());
        assertThat(b.orgLevel()).isEqualTo(a.orgLevel());
        assertThat(b.sections().stream().map(Section::kind).toList()).isEqualTo(a.sections().stream().map(Section::kind).toList());
        assertThat(facts(b)).isEqualTo(facts(a));
        assertThat(b.mentions().stream().map(m -> m.concept() + "/" + m.context()).toList())
                .isEqualTo(a.mentions().stream().map(m -> m.concept() + "/" + m.context()).toList());
        assertThat(b.placeholders().size()).isEqualTo(a.placeholders().size());
        assertThat(b.formatIssues().stream().map(f -> f.kind()).toList()).isEqualTo(a.formatIssues().stream().map(f -> f.kind()).toList());
        for (Quantity q : b.quantities()) {
            assertThat(b.text().substring(q.evidence().start(), q.evidence().end())).isEqualTo(q.evidence().quote());
        }
    }

    private static List<String> facts(Report r) {
        return r.quantities().stream().map(q -> q.concept() + " " + q.value() + " " + q.upper() + " " + q.qualifier()
                + " " + q.unit() + " " + q.perYear() + " " + q.context() + " " + q.thresholdYuan()).toList();
    }
}
