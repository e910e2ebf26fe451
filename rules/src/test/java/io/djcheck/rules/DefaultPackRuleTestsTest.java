package io.djcheck.rules;

import io.djcheck.pack.RulePack;
import io.djcheck.packtest.RuleTestReport;
import io.djcheck.Checker;
import io.djcheck.packtest.RuleTestRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default pack's own rule tests (tests/*.yaml, as shipped in the djcheck-rules jar) run in the
 * JUnit build: one test per case, and every rule of the catalogue tested both ways.
 */
class DefaultPackRuleTestsTest {

    private static RuleTestReport report;

    @BeforeAll
    static void run() {
        report = RuleTestRunner.run(RulePack.fromClasspath(Checker.DEFAULT_PACK));
    }

    @TestFactory
    Stream<DynamicTest> everyCasePasses() {
        return report.cases().stream().map(c -> DynamicTest.dynamicTest(c.testCase().where() + " " + c.testCase().name(),
                () -> assertThat(c.mismatches()).as(() -> c.mismatches().stream()
                        .map(m -> m.summary() + " — " + m.actual().message()).collect(Collectors.joining("; ")))
                        .isEmpty()));
    }

    @Test
    void everyRuleOfTheCatalogueHasAPassCaseAndAFailOrNotEvidencedCase() {
        assertThat(report.rules()).hasSize(27);
        assertThat(report.gaps()).as("rules not tested both ways").extracting(g -> g.rule().id() + ": " + g.summary())
                .isEmpty();
        assertThat(report.cases()).hasSizeGreaterThanOrEqualTo(report.rules().size());
    }
}
