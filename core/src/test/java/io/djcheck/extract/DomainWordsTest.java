package io.djcheck.extract;

import io.djcheck.model.Document;
import io.djcheck.model.InputFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The distinct domain words the extraction counts from its own scan, which decide whether a text is a report. */
class DomainWordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            红烧肉的做法：五花肉切块，冷水下锅焯水，加入冰糖炒出糖色。      | 0 | false
            # the same word three times is one word
            党员，党员，党员。                                           | 1 | false
            村党支部认真落实三会一课制度，组织党员开展主题党日活动。          | 4 | true
            # 团支书 and 团支部 are another domain, and hide the 支书 inside 团支书
            作为团支书，我组织班级团支部开展主题团日活动，现将述职报告如下。 | 1 | false
            某镇党委书记述职报告¶全年发展党员12名。                        | 3 | true
            """)
    void countsDistinctDomainWords(String text, int words, boolean isReport) {
        Extractor.Result r = Extraction.EXTRACTOR.extractCounting(
                new Document("test.txt", "0", text.replace('¶', '\n'), InputFormat.TEXT));
        assertThat(r.domainTerms()).isEqualTo(words);
        assertThat(r.isPartyBuildingReport()).isEqualTo(isReport);
        assertThat(r.report()).isEqualTo(Extraction.extract(text.replace('¶', '\n')));
    }
}
