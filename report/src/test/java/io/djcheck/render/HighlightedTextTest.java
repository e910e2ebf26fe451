package io.djcheck.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Marking evidence in report text: overlapping spans cut into pieces, the most serious status wins, all escaped. */
class HighlightedTextTest {

    private static HighlightedText.Span ev(int start, int end, String id, int rank) {
        return new HighlightedText.Span(start, end, id, rank, "s" + rank, null);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("abc", List.of(), "abc"),
                Arguments.of("abcdef", List.of(ev(1, 3, "e1", 1)), "a<mark class=\"ev s1\" data-ev=\"e1\">bc</mark>def"),
                Arguments.of("abcdef", List.of(ev(0, 4, "e1", 1), ev(2, 6, "e2", 3)),
                        "<mark class=\"ev s1\" data-ev=\"e1\">ab</mark><mark class=\"ev s3\" data-ev=\"e1 e2\">cd</mark>"
                                + "<mark class=\"ev s3\" data-ev=\"e2\">ef</mark>"),
                Arguments.of("abcdef", List.of(ev(0, 6, "e1", 2), ev(2, 3, "e2", 1)),
                        "<mark class=\"ev s2\" data-ev=\"e1\">ab</mark><mark class=\"ev s2\" data-ev=\"e1 e2\">c</mark>"
                                + "<mark class=\"ev s2\" data-ev=\"e1\">def</mark>"),
                Arguments.of("abc", List.of(ev(1, 2, "e1", 1), ev(1, 2, "e1", 3)),
                        "a<mark class=\"ev s3\" data-ev=\"e1\">b</mark>c"),
                Arguments.of("x<y>&z", List.of(new HighlightedText.Span(0, 6, null, 0, "q", "a=\"1\"")),
                        "<span class=\"q\" title=\"a=&quot;1&quot;\">x&lt;y&gt;&amp;z</span>"),
                Arguments.of("ab", List.of(ev(1, 9, "e1", 1), ev(5, 7, "e2", 1), ev(1, 1, "e3", 1)),
                        "a<mark class=\"ev s1\" data-ev=\"e1\">b</mark>"),
                Arguments.of("<script>", List.of(ev(0, 8, "e1", 1)),
                        "<mark class=\"ev s1\" data-ev=\"e1\">&lt;script&gt;</mark>"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void marksEveryPieceOnceNamingEverySpanOverIt(String text, List<HighlightedText.Span> spans, String html) {
        assertThat(HighlightedText.render(text, spans)).isEqualTo(html);
    }
}
