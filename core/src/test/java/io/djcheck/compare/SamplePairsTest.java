package io.djcheck.compare;

import io.djcheck.Checker;
import io.djcheck.model.Report;
import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The five sample reports against themselves (a report copied whole) and against each other (no copying). */
class SamplePairsTest {

    private static final List<Report> samples = new ArrayList<>();

    @BeforeAll
    static void extractSamples() {
        Checker checker = Checker.builder().rulePack(Corpus.defaultPack()).build();
        for (Path p : Corpus.seedFiles()) {
            samples.add(checker.extract(p));
        }
    }

    @Test
    void aReportCopiedWholeIsReusedWholeAndRepeatsEveryProblemAndPromise() {
        for (Report r : samples) {
            Comparison c = YearOverYear.compare(r, r);
            assertThat(c.reusedShare()).as(r.source()).isEqualTo(1.0);
            assertThat(c.problems()).as(r.source())
                    .allSatisfy(i -> assertThat(i.status()).isEqualTo(ItemStatus.REPEATED));
            assertThat(c.promises()).as(r.source())
                    .allSatisfy(i -> assertThat(i.status()).isIn(ItemStatus.DELIVERED, ItemStatus.STILL_PROMISED));
            assertThat(c.verdict()).as(r.source()).contains("大段照搬上年报告");
        }
    }

    @Test
    void differentReportsShareNoPassage() {
        for (Report a : samples) {
            for (Report b : samples) {
                if (a != b) {
                    Comparison c = YearOverYear.compare(a, b);
                    assertThat(c.reusedPassages()).as(a.source() + " → " + b.source()).isEmpty();
                    assertThat(c.reusedShare()).isZero();
                }
            }
        }
    }

    @Test
    void everySampleWithAProblemsPartYieldsItsProblems() {
        assertThat(samples).filteredOn(r -> r.hasSection(io.djcheck.model.SectionKind.PROBLEMS))
                .allSatisfy(r -> assertThat(YearOverYear.compare(r, r).problems()).as(r.source()).isNotEmpty());
    }
}
