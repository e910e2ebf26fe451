package io.djcheck;

import io.djcheck.ingest.EmptyDocumentException;
import io.djcheck.ingest.UnreadableDocumentException;
import io.djcheck.ingest.UnsupportedFormatException;
import io.djcheck.model.Genre;
import io.djcheck.pack.RuleInfo;
import io.djcheck.result.CheckResult;
import io.djcheck.result.Finding;
import io.djcheck.pack.RulePack;
import io.djcheck.model.Status;
import io.djcheck.model.Grade;
import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckerTest {

    private static Checker checker;

    @BeforeAll
    static void build() {
        checker = Checker.builder().rulePack(Corpus.defaultPack()).build();
    }

    @Test
    void everyRuleOfThePackYieldsOneFinding() {
        CheckResult r = checker.check(Corpus.seed("001"));
        assertThat(r.findings()).extracting(Finding::ruleId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(checker.rules().stream().map(RuleInfo::id).toList());
        assertThat(r.findings()).hasSize(27);
    }

    @Test
    void theResultNamesThePackAndTheInput() throws IOException {
        Path seed = Corpus.seed("004");
        CheckResult r = checker.check(seed);
        assertThat(r.ruleset().id()).isEqualTo("djcheck-default");
        assertThat(r.ruleset().sha256()).isEqualTo(Corpus.defaultPack().sha256()).hasSize(64);
        assertThat(r.sha256()).isEqualTo(io.djcheck.ingest.Hashing.sha256(Files.readAllBytes(seed)));
        assertThat(r.source()).isEqualTo(seed.toString());
        assertThat(r.timings().totalMicros()).isGreaterThanOrEqualTo(r.timings().rulesMicros());
    }

    @Test
    void scoreIsTheSumOfTheCategoriesAndTheGradeFollowsTheBands() {
        for (Path p : Corpus.seedFiles()) {
            CheckResult r = checker.check(p);
            double sum = r.categories().stream().mapToDouble(c -> c.score()).sum();
            assertThat(r.score()).isCloseTo(sum, org.assertj.core.data.Offset.offset(0.05));
            Grade expected = r.score() >= 90 ? Grade.EXCELLENT : r.score() >= 80 ? Grade.GOOD
                    : r.score() >= 60 ? Grade.FAIR : Grade.POOR;
            assertThat(r.grade()).isEqualTo(expected);
            double deducted = r.findings().stream().mapToDouble(Finding::deduction).sum();
            assertThat(deducted).isGreaterThanOrEqualTo(100 - r.score() - 0.05);
        }
    }

    @Test
    void checksTextGivenDirectly() {
        CheckResult r = checker.check("""
                现将本人履行抓基层党建工作第一责任人职责情况报告如下。
                一、履职情况
                全年发展党员5名，党委会专题研究党建工作6次，认真落实“三会一课”制度。
                二、存在问题
                一是“四议两公开”落实不到位。
                三、下一步打算
                下一步，我将继续抓好党建工作。
                """, "inline.txt");
        assertThat(r.source()).isEqualTo("inline.txt");
        assertThat(r.report().genre()).isEqualTo(Genre.DUTY_REPORT);
        assertThat(r.finding("SZ-01").orElseThrow().status()).isEqualTo(Status.PASS);
        assertThat(r.finding("ZZ-01").orElseThrow().status()).isEqualTo(Status.PASS);
        assertThat(r.finding("ZL-01").orElseThrow().status()).isEqualTo(Status.FAIL);
        assertThat(r.finding("ZR-01").orElseThrow().status()).isEqualTo(Status.PASS);
        assertThat(r.finding("DY-01").orElseThrow().message()).contains("5");
    }

    @Test
    void aProfileAndAParameterChangeTheThreshold() {
        String text = "全年党委会专题研究党建工作6次。";
        Checker strict = Checker.builder().rulePack(Corpus.defaultPack()).profile("strict-monthly").build();
        Checker lenient = Checker.builder().rulePack(Corpus.defaultPack()).param("committee_dj_sessions_min", 6).build();
        assertThat(strict.check(text, "t").finding("ZR-01").orElseThrow().status()).isEqualTo(Status.FAIL);
        assertThat(strict.check(text, "t").finding("ZR-01").orElseThrow().message()).contains("6").contains("12");
        assertThat(lenient.check(text, "t").finding("ZR-01").orElseThrow().status()).isEqualTo(Status.PASS);
        assertThat(strict.params()).containsEntry("committee_dj_sessions_min", 12.0);
    }

    @Test
    void unknownProfileOrParameterIsRefusedWithTheNamesThatExist() {
        assertThatThrownBy(() -> Checker.builder().rulePack(Corpus.defaultPack()).profile("nowhere").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere").hasMessageContaining("zhejiang-2024");
        assertThatThrownBy(() -> Checker.builder().rulePack(Corpus.defaultPack()).param("commitee_dj_sessions_min", 3).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("did you mean committee_dj_sessions_min");
    }

    @Test
    void badInputGetsATypedErrorNamingTheFile(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {0x00, 0x01, 0x02, (byte) 0xFF, 0x10, 0x00});
        assertThatThrownBy(() -> checker.check(dir.resolve("missing.txt")))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("missing.txt").hasMessageContaining("no such file");
        assertThatThrownBy(() -> checker.check(empty)).isInstanceOf(EmptyDocumentException.class)
                .hasMessageContaining("empty.txt").hasMessageContaining("0 bytes");
        assertThatThrownBy(() -> checker.check(blank)).isInstanceOf(EmptyDocumentException.class);
        assertThatThrownBy(() -> checker.check(binary)).isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("not a text document");
        assertThatThrownBy(() -> checker.check(dir)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("folder");
    }

    @Test
    void gb18030TextReadsLikeUtf8() throws IOException {
        Path gb = Corpus.formats().resolve("003_63944fab751146e4.gb18030.txt");
        CheckResult a = checker.check(gb);
        CheckResult b = checker.check(Corpus.seed("003"));
        assertThat(a.report().text()).isEqualTo(b.report().text());
        assertThat(a.findings()).extracting(Finding::status).isEqualTo(b.findings().stream().map(Finding::status).toList());
    }

    @Test
    void theDefaultPackLoadsFromTheClasspathWhenOnIt() {
        // core's tests have no djcheck-rules on the classpath: the error says what to do
        assertThatThrownBy(() -> RulePack.fromClasspath("djcheck/rules/default"))
                .hasMessageContaining("djcheck-rules");
    }
}
