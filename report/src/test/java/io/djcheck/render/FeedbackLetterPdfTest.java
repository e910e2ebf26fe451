package io.djcheck.render;

import io.djcheck.result.CheckResult;
import io.djcheck.result.Finding;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The letter as a reader gets it: one seed's letter rendered to PDF by LibreOffice
 * ({@code soffice --headless --convert-to pdf}, Debian's libreoffice-writer-nogui) and its text read
 * with PDFBox: the title, the addressee, the score and every problem's title, first quote and
 * 整改建议 are on the A4 pages. Each run uses a fresh LibreOffice profile, so parallel runs do not
 * share one. The files stay in {@code report/target/letter-pdf-test/} to look at.
 *
 * <p>Without soffice the test is skipped on a developer machine and fails in CI (environment
 * variable {@code CI} set, as {@code .ci/run} runs, or {@code -Ddjcheck.soffice=required}):
 * {@code apt-get install libreoffice-writer-nogui fonts-noto-cjk}.
 */
class FeedbackLetterPdfTest {

    private static final Path OUT = Path.of("target", "letter-pdf-test");
    private static final String MISSING = "the Word letter's PDF test needs LibreOffice's soffice on the PATH; install it "
            + "with: apt-get install libreoffice-writer-nogui fonts-noto-cjk";

    /** soffice on the PATH, or null; fails where the test must run. */
    private static Path soffice() {
        Path found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(d -> !d.isEmpty()).map(d -> Path.of(d, "soffice")).filter(Files::isExecutable)
                .findFirst().orElse(null);
        if (found == null && (System.getenv("CI") != null || "required".equals(System.getProperty("djcheck.soffice")))) {
            fail(MISSING + " (CI installs it in .ci/run)");
        }
        return found;
    }

    /** Text without whitespace: LibreOffice breaks the lines of a table cell where it likes. */
    private static String squeezed(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void theLetterRenderedByLibreOfficeHoldsEveryProblemOnA4Pages() throws IOException, InterruptedException {
        Path soffice = soffice();
        Assumptions.assumeTrue(soffice != null, MISSING + " (skipped on this machine; CI runs it)");
        Files.createDirectories(OUT);
        CheckResult r = Seeds.result("003");
        Path docx = OUT.resolve("letter-003.docx").toAbsolutePath();
        Seeds.feed(new DocxFeedbackWriter(Files.newOutputStream(docx), FeedbackLetterTest.DATE), List.of(r), null, null);
        Path pdf = OUT.resolve("letter-003.pdf").toAbsolutePath();
        Files.deleteIfExists(pdf);

        Path profile = Files.createTempDirectory("djcheck-soffice-profile");
        try {
            Path log = OUT.resolve("soffice.log");
            Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                    "--norestore", "--convert-to", "pdf", "--outdir", pdf.getParent().toString(), docx.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("soffice finished").isTrue();
            assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        } finally {
            try (Stream<Path> walk = Files.walk(profile)) {
                walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        assertThat(pdf).as("soffice wrote the PDF").isRegularFile();

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);           // the order LibreOffice draws: cell by cell, as the table reads
            String text = squeezed(stripper.getText(doc));
            String org = Addressee.of(r);
            assertThat(text).as("the Chinese text of the PDF (none at all: install a CJK font, fonts-noto-cjk)")
                    .contains("关于" + squeezed(org) + "基层党建工作述职报告的反馈意见", squeezed(org) + "：",
                    "得分" + Addressee.score(r.score()) + "分", "2025年1月15日");
            List<Finding> problems = FeedbackLetterTest.problems(r);
            assertThat(problems).hasSizeGreaterThan(3);
            for (Finding f : problems) {
                assertThat(text).as(f.ruleId()).contains(squeezed(f.title()), squeezed(f.suggestion()));
                if (!f.evidence().isEmpty()) {
                    assertThat(text).as(f.ruleId()).contains(squeezed(f.evidence().get(0).quote()));
                }
            }
        }
    }
}
