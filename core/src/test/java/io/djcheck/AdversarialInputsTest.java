package io.djcheck;

import io.djcheck.ingest.CorruptDocumentException;
import io.djcheck.ingest.InvalidSubmissionException;
import io.djcheck.ingest.LimitExceededException;
import io.djcheck.ingest.ReadLimits;
import io.djcheck.model.FormatIssueKind;
import io.djcheck.result.CheckResult;
import io.djcheck.pack.PackProblem;
import io.djcheck.model.Status;
import io.djcheck.testing.Corpus;
import io.djcheck.testing.HostileFiles;
import io.djcheck.testing.Packs;
import io.djcheck.testing.ResultInvariants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Inputs made to cost time or memory, each checked into a consistent result or refused by a
 * documented limit, never a hang (a generous timeout guards each, as a hang guard only; the
 * timings are in bench/: AdversarialBench) and never the heap (the tests run in the build's 1 GB).
 * Before the fixes they guard, the 20 MB line took 120 s, a page tree 10,000 deep overflowed the
 * stack and a PDF understating its pages was read page by page.
 */
class AdversarialInputsTest {

    private static final Duration HANG = Duration.ofSeconds(120);

    private static Checker checker;
    private static int rules;

    @BeforeAll
    static void build() {
        checker = Checker.builder().rulePack(Corpus.defaultPack()).acceptAnyText(true).build();
        rules = checker.check("述职报告", "probe.txt").findings().size();
    }

    private static <T> T guarded(ThrowingSupplier<T> work) {
        return assertTimeoutPreemptively(HANG, work);
    }

    private static Checker with(ReadLimits limits) {
        return Checker.builder().rulePack(Corpus.defaultPack()).limits(limits).acceptAnyText(true).build();
    }

    /** The seeds' text on one line, repeated to {@code bytes} of UTF-8. */
    private static String oneLine(int bytes) {
        String seeds = String.join("", Corpus.seedFiles().stream().map(Corpus::read).toList()).replaceAll("\\s+", "");
        int each = seeds.getBytes(StandardCharsets.UTF_8).length;
        return seeds.repeat(bytes / each);
    }

    @Test
    void aTwentyMegabyteLineIsReadAndExtractedThenRefusedForItsFacts() {
        byte[] line = oneLine(20_000_000).getBytes(StandardCharsets.UTF_8);
        assertThat(line.length).isBetween(19_000_000, (int) ReadLimits.defaults().maxBytes());

        LimitExceededException e = guarded(() -> catchLimit(() -> checker.check(line, "line.txt")));

        assertThat(e.getMessage()).startsWith("line.txt: the report holds ").contains("facts")
                .contains("more than the limit of 2000 (maxFacts)");
    }

    @Test
    void aTwentyMegabyteLineIsRefusedUnreadUnderASmallSizeLimit(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("line.txt"), oneLine(20_000_000).getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> with(ReadLimits.defaults().withMaxBytes(1 << 20)).check(file))
                .isInstanceOf(LimitExceededException.class).hasMessageContaining("larger than the limit of 1 MB (maxBytes)");
    }

    @Test
    void aLongLineWithinTheLimitsIsChecked() {
        String line = oneLine(400_000);

        CheckResult r = guarded(() -> with(ReadLimits.defaults().withMaxFacts(20_000)).check(line, "line.txt"));

        ResultInvariants.assertConsistent(r, rules);
        assertThat(r.report().quantities()).hasSizeGreaterThan(1_000);
    }

    @Test
    void aHundredThousandPlaceholdersAreRefusedByDefaultAndCheckedPastTheLimit() {
        String text = "述职报告\n" + "XX，".repeat(100_000);

        LimitExceededException e = guarded(() -> catchLimit(() -> checker.check(text, "masks.txt")));
        CheckResult r = guarded(() -> with(ReadLimits.defaults().withMaxFacts(200_000)).check(text, "masks.txt"));

        assertThat(e.getMessage()).contains("holds 100000 facts");
        ResultInvariants.assertConsistent(r, rules);
        assertThat(r.report().placeholders()).hasSize(100_000);
        assertThat(r.finding("SZ-04").orElseThrow().status()).isEqualTo(Status.FAIL);
        assertThat(r.finding("SZ-04").orElseThrow().evidence()).as("evidence is capped, not 100,000 quotes").hasSize(20);
    }

    /** Balanced, they are no defect; left open, each is one, so past the fact limit unless it is raised. */
    @Test
    void tenThousandNestedBracketsOfEveryKindAreChecked() {
        Checker lenient = with(ReadLimits.defaults().withMaxFacts(20_000));
        for (String pair : List.of("（）", "()", "《》", "【】", "“”", "‘’", "[]", "{}", "「」")) {
            String open = pair.substring(0, 1).repeat(10_000);
            String close = pair.substring(1).repeat(10_000);

            CheckResult nested = guarded(() -> checker.check("述职报告" + open + "党建" + close, "nested.txt"));
            CheckResult unclosed = guarded(() -> lenient.check("述职报告" + open + "党建", "unclosed.txt"));

            ResultInvariants.assertConsistent(nested, rules);
            assertThat(nested.report().formatIssues()).as(pair).isEmpty();
            ResultInvariants.assertConsistent(unclosed, rules);
            assertThat(unclosed.report().formatIssues()).as(pair).hasSizeLessThanOrEqualTo(10_000)
                    .allMatch(i -> i.kind() == FormatIssueKind.QUOTE_UNBALANCED);
        }
    }

    @Test
    void tenThousandNestedBracketsInDataAreRefusedByTheParsers() {
        String json = "{\"report\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        String yaml = "report: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        String packYaml = "defaults: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";

        assertThatThrownBy(() -> checker.check(json.getBytes(StandardCharsets.UTF_8), "nested.json"))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("nesting depth");
        assertThatThrownBy(() -> checker.check(yaml.getBytes(StandardCharsets.UTF_8), "nested.yaml"))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("nesting depth");
        assertThat(Checker.validate(Packs.defaultWith(Map.of("params.yaml", packYaml))))
                .extracting(PackProblem::toString).anyMatch(p -> p.startsWith("params.yaml:") && p.contains("yaml-syntax")
                        && p.contains("Nesting Depth exceeded"));
    }

    @Test
    void aParagraphOfFiftyThousandChineseNumeralsIsChecked() {
        String numerals = "零一二三四五六七八九十百千万亿两";
        Random random = new Random(50_000);
        StringBuilder run = new StringBuilder(50_000);
        for (int i = 0; i < 50_000; i++) {
            run.append(numerals.charAt(random.nextInt(numerals.length())));
        }

        for (String text : List.of("全年发展党员" + run + "名。", "召开" + "十".repeat(50_000) + "次党委会专题研究党建工作。",
                "村集体经济收入" + "一万".repeat(25_000) + "元。")) {
            CheckResult r = guarded(() -> checker.check(text, "numerals.txt"));
            ResultInvariants.assertConsistent(r, rules);
            assertThat(r.report().quantities()).hasSizeLessThan(10);
        }
    }

    @Test
    void aDocxWhoseBodyInflatesToGigabytesIsRefusedAsABomb() {
        byte[] docx = HostileFiles.docxInflatingTo(4);
        assertThat(docx.length).isLessThan(10_000_000);

        assertThatThrownBy(() -> guarded(() -> checker.check(docx, "bomb.docx")))
                .isInstanceOf(LimitExceededException.class)
                .hasMessage("bomb.docx: part word/document.xml expands more than 100 times: a zip bomb, not a report; "
                        + "save the report again from Word");
    }

    @Test
    void aDocxOfTenThousandPartsIsRefusedByItsNumberOfParts() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < 10_000; i++) {
                zip.putNextEntry(new ZipEntry(i == 0 ? "word/document.xml" : "word/media/part" + i + ".xml"));
                zip.write('x');
            }
        }

        assertThatThrownBy(() -> guarded(() -> checker.check(out.toByteArray(), "parts.docx")))
                .isInstanceOf(LimitExceededException.class).hasMessageContaining("holds more than 1000 parts");
    }

    @Test
    void aPdfOfTenThousandPagesIsRefusedByItsPageCountEvenWhenItUnderstatesIt() {
        byte[] honest = HostileFiles.pdfWithPages(10_000, 10_000);
        byte[] understated = HostileFiles.pdfWithPages(10_000, 1);

        assertThatThrownBy(() -> guarded(() -> checker.check(honest, "long.pdf")))
                .isInstanceOf(LimitExceededException.class).hasMessageContaining("the PDF has 10000 pages, more than the limit of 500");
        assertThatThrownBy(() -> guarded(() -> checker.check(understated, "lying.pdf")))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("the PDF has more than 500 pages (maxPages), though its page count says 1");
    }

    @Test
    void aPdfWhosePageTreeIsTenThousandLevelsDeepIsRefusedNotOverflowed() {
        byte[] deep = HostileFiles.pdfWithPageTreeDepth(10_000);
        byte[] shallow = HostileFiles.pdfWithPageTreeDepth(3);

        assertThatThrownBy(() -> guarded(() -> checker.check(deep, "deep.pdf")))
                .isInstanceOf(CorruptDocumentException.class).hasMessageContaining("page tree is nested more than 64 levels deep");
        assertThat(guarded(() -> checker.extract(shallow, "shallow.pdf")).text()).contains("Party building 12");
    }

    private static LimitExceededException catchLimit(Runnable check) {
        try {
            check.run();
        } catch (LimitExceededException e) {
            return e;
        }
        throw new AssertionError("expected the check to be refused by a limit");
    }
}
