package io.djcheck;

import io.djcheck.ingest.TestDocx;
import io.djcheck.model.Report;
import io.djcheck.model.SectionKind;
import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Word numbers headings itself: the seed report 001 rebuilt so that "一、" and "1." come from Word's
 * list numbering rather than typed text still reads as the same report, with the same sections and
 * facts — in .docx, and in the .doc LibreOffice made from it (test resource
 * formats/001_numbered_headings.doc).
 */
class NumberedHeadingsTest {

    private static final Pattern HEADING = Pattern.compile("[一二三四五六七八九十]+、(.*)");
    private static final Pattern ITEM = Pattern.compile("\\d{1,2}\\.(.*)");

    private static Checker checker;

    @BeforeAll
    static void build() {
        checker = Checker.builder().rulePack(Corpus.defaultPack()).build();
    }

    @Test
    void numberedDocxReadsLikeTheTypedText() {
        Report typed = checker.extract(Corpus.seed("001"));
        Report numbered = checker.extract(numberedDocx(Corpus.seed("001")), "001_numbered_headings.docx");
        assertSameReport(numbered, typed);
    }

    @Test
    void numberedDocReadsLikeTheTypedText() {
        Report typed = checker.extract(Corpus.seed("001"));
        Report numbered = checker.extract(FormatsTest.resource("formats/001_numbered_headings.doc"));
        assertSameReport(numbered, typed);
    }

    private static void assertSameReport(Report numbered, Report typed) {
        assertThat(numbered.text()).contains("一、履职工作特色和亮点", "二、存在的问题及原因分析", "三、下一步工作思路和主要措施",
                "1.聚焦主业主责", "5.推进融合发展");
        assertThat(numbered.text().strip()).isEqualTo(typed.text().strip());      // the seed ends with a blank line
        assertThat(numbered.sections()).extracting(s -> s.kind() + " " + s.heading() + " " + s.start())
                .isEqualTo(typed.sections().stream().map(s -> s.kind() + " " + s.heading() + " " + s.start()).toList());
        assertThat(numbered.sections()).extracting(s -> s.kind()).contains(SectionKind.PROBLEMS, SectionKind.NEXT_STEPS);
        assertThat(numbered.quantities()).isEqualTo(typed.quantities());
        assertThat(numbered.mentions()).isEqualTo(typed.mentions());
    }

    /** The seed as .docx: "一、" headings on a chineseCounting level, "1." items on a decimal level. */
    static byte[] numberedDocx(Path seed) {
        try (TestDocx d = new TestDocx()) {
            BigInteger list = d.list(new String[] {"chineseCounting", "%1、"}, new String[] {"decimal", "%2."});
            d.headingStyle("Heading1", list, 0);
            for (String line : Corpus.read(seed).split("\n")) {
                Matcher h = HEADING.matcher(line);
                Matcher i = ITEM.matcher(line);
                if (h.matches()) {
                    d.styled("Heading1", h.group(1));
                } else if (i.matches()) {
                    d.item(list, 1, i.group(1));
                } else {
                    d.text(line);
                }
            }
            return d.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
