package io.djcheck.pack;

import io.djcheck.model.Status;
import io.djcheck.model.Report;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One case of a pack's {@code tests/*.yaml}: a report (its text, or its facts given directly) and
 * the status each named rule must give it. Read by {@link RuleTestSuite}; run by
 * {@code io.djcheck.packtest.RuleTestRunner}.
 *
 * <pre>
 * cases:
 *   - name: 三会一课只写进了问题
 *     text: |
 *       二、存在问题
 *       一是“三会一课”落实不到位。
 *     expect:
 *       ZZ-01: FAIL
 *       SZ-01: {status: PASS, message: 存在问题}
 * </pre>
 *
 * @param text    the report text, or null when the case gives {@code facts}
 * @param facts   the report's facts given directly (extraction skipped), or null when it gives {@code text}
 * @param profile the params.yaml profile to check with, or null for the defaults
 * @param params  parameter values overriding the defaults and the profile
 */
public record RuleTestCase(String file, int line, String name, String text, Report facts, String profile,
                           Map<String, Double> params, List<Expectation> expectations) {

    /**
     * What one rule must give.
     *
     * @param messageContains text the finding's message must contain, or null
     */
    public record Expectation(String ruleId, Status status, String messageContains, int line) {
        public Expectation {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(status, "status");
        }
    }

    public RuleTestCase {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        if ((text == null) == (facts == null)) {
            throw new IllegalArgumentException("a case gives either text or facts");
        }
        params = Map.copyOf(params);
        expectations = List.copyOf(expectations);
    }

    /** Where the case is written: {@code tests/zuzhi.yaml:12}. */
    public String where() {
        return file + ":" + line;
    }
}
