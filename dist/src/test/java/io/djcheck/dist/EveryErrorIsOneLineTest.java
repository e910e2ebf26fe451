package io.djcheck.dist;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every error in one place: each verb of the shipped jar (check, extract, explain, rules
 * lint/test/list) on bad input — a missing file, a corrupt .docx, a broken rule pack, a missing pack
 * folder, bad option values — exits with its documented code and says what is wrong in lines of
 * its own, never with a stack trace (that takes --debug).
 */
class EveryErrorIsOneLineTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void inputs() throws IOException {
        Shipped.sample(dir, "report.txt");
        Shipped.sample(dir, "truncated.docx");
        Path pack = Files.createDirectories(dir.resolve("bad-pack/rules"));
        Files.writeString(pack.resolve("../pack.yaml"), "id: bad\nversion: 1\n");
        Files.writeString(pack.resolve("../params.yaml"), "defaults:\n  x_min: many\n");
        Files.writeString(pack.resolve("../lexicon.yaml"), "practices: [\n");
        Files.writeString(pack.resolve("../scoring.yaml"), "categories: {}\n");
        Files.writeString(pack.resolve("broken.yaml"), "rules:\n  - id: [\n");
        Files.writeString(pack.resolve("broken.drl"), "rule \"X\" when then end end\n");
        Files.writeString(dir.resolve("a-file"), "not a folder\n");
        // a PDF with 200 bytes garbled past its header: PDFBox logged each broken operator with a stack trace
        byte[] pdf = Files.readAllBytes(Shipped.sample(dir, "report.pdf"));
        Random random = new Random(1);
        for (int i = 0; i < 200; i++) {
            pdf[1000 + random.nextInt(pdf.length - 1000)] = (byte) random.nextInt(256);
        }
        Files.write(dir.resolve("garbled.pdf"), pdf);
        byte[] doc = Files.readAllBytes(Shipped.sample(dir, "report.doc"));
        Files.write(dir.resolve("truncated.doc"), Arrays.copyOf(doc, 6000));
    }

    static Stream<Arguments> badCommandLines() {
        return Stream.of(
                arguments(3, new String[] {"check", "missing.txt"}),
                arguments(3, new String[] {"check", "truncated.docx"}),
                arguments(3, new String[] {"check", "garbled.pdf", "truncated.doc"}),
                arguments(3, new String[] {"check", "--out", "out/", "missing.txt", "truncated.docx"}),
                arguments(4, new String[] {"check", "--rules", "bad-pack", "report.txt"}),
                arguments(2, new String[] {"check", "--rules", "no-such-pack", "report.txt"}),
                arguments(2, new String[] {"check", "--timeout", "soon", "report.txt"}),
                arguments(2, new String[] {"check", "--threads", "0", "report.txt"}),
                arguments(2, new String[] {"check", "--max-size", "huge", "report.txt"}),
                arguments(2, new String[] {"check", "--format", "pdf", "report.txt"}),
                arguments(2, new String[] {"check", "--fail-under", "150", "report.txt"}),
                arguments(2, new String[] {"check", "--param", "committee_dj_sessions_min=-3", "report.txt"}),
                arguments(2, new String[] {"check", "--param", "no_such_param=1", "report.txt"}),
                arguments(2, new String[] {"check", "--profile", "atlantis-2024", "report.txt"}),
                arguments(2, new String[] {"check", "--format", "csv", "--out", "r.xlsx", "report.txt"}),
                arguments(2, new String[] {"check", "--out", "no/such/folder/r.csv", "report.txt"}),
                arguments(2, new String[] {"chek", "report.txt"}),
                arguments(3, new String[] {"extract", "missing.txt"}),
                arguments(3, new String[] {"extract", "truncated.docx"}),
                arguments(3, new String[] {"extract", "garbled.pdf"}),
                arguments(4, new String[] {"extract", "--rules", "bad-pack", "report.txt"}),
                arguments(2, new String[] {"extract", "--format", "xml", "report.txt"}),
                arguments(3, new String[] {"explain", "missing.txt", "--rule", "ZR-01"}),
                arguments(3, new String[] {"explain", "truncated.docx", "--rule", "ZR-01"}),
                arguments(2, new String[] {"explain", "report.txt", "--rule", "ZZ-99"}),
                arguments(2, new String[] {"explain", "report.txt"}),
                arguments(3, new String[] {"compare", "missing.txt", "report.txt"}),
                arguments(3, new String[] {"compare", "report.txt", "truncated.docx"}),
                arguments(2, new String[] {"compare", "report.txt"}),
                arguments(2, new String[] {"compare", "--out", "no/such/folder/c.html", "report.txt", "report.txt"}),
                arguments(2, new String[] {"check", "--previous", "bad-pack", "report.txt"}),
                arguments(4, new String[] {"rules", "lint", "bad-pack"}),
                arguments(2, new String[] {"rules", "lint", "no-such-pack"}),
                arguments(2, new String[] {"rules", "lint", "a-file"}),
                arguments(4, new String[] {"rules", "test", "bad-pack"}),
                arguments(2, new String[] {"rules", "test", "no-such-pack"}),
                arguments(4, new String[] {"rules", "list", "bad-pack"}),
                arguments(2, new String[] {"rules", "list", "no-such-pack"}),
                arguments(2, new String[] {"rules", "frobnicate"}),
                arguments(2, new String[] {"rules", "init", "a-file"}),
                arguments(2, new String[] {"rules", "init", "--from", "no-such-pack", "new-pack"}),
                arguments(2, new String[] {"rules", "diff", "no-such-pack", "default"}),
                arguments(4, new String[] {"rules", "diff", "default", "bad-pack"}),
                arguments(2, new String[] {"rules", "test", "--format", "xml", "bad-pack"}),
                arguments(2, new String[] {"serve", "--port", "99999"}),
                arguments(3, new String[] {"serve", "--port", "0", "--token-file", "missing-token"}),
                arguments(2, new String[] {"help", "frobnicate"}));
    }

    @ParameterizedTest(name = "djcheck {1} → {0}")
    @MethodSource("badCommandLines")
    void noStackTraceOnlyLinesThatSayWhatIsWrong(int expectedExit, String[] args) {
        Shipped.Run run = Shipped.jar(dir, args);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(expectedExit);
        Shipped.assertNoStackTrace(run);
        if (args[0].equals("rules") && expectedExit == 4) {
            // rules lint/test/list report a pack's problems as their output, one file:line:column: code: message each
            assertThat(run.out() + run.err()).as(run.toString()).containsPattern("(?m)^(bad-pack/)?\\S+:\\d+:\\d+: [a-z-]+: ");
        } else {
            assertThat(run.errLines()).as(run.toString()).isNotEmpty();
            assertThat(run.errLines().get(0)).as(run.toString()).startsWith("djcheck: ");
        }
    }
}
