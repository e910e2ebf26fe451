package io.djcheck.packtest;

import io.djcheck.model.Status;
import io.djcheck.pack.RuleInfo;
import io.djcheck.pack.RuleTestCase;
import io.djcheck.result.Finding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What running a pack's rule tests found: each case with the expectations it missed, and the
 * rules no case exercises fully (coverage: a rule needs a case expecting PASS and one expecting
 * FAIL or NOT_EVIDENCED). Built by {@link RuleTestRunner}; printed by
 * {@code djcheck rules test}.
 */
public final class RuleTestReport {

    /**
     * One case and what the rules gave it.
     *
     * @param steps per rule the case expects, the status of each part of its check (one for a simple
     *              check, one per leaf of an all/any), for branch coverage
     */
    public record CaseResult(RuleTestCase testCase, List<Mismatch> mismatches, Map<String, Finding> findings,
                             Map<String, List<Status>> steps) {
        public CaseResult {
            mismatches = List.copyOf(mismatches);
            findings = Map.copyOf(findings);
            steps = Map.copyOf(steps);
        }

        public boolean passed() {
            return mismatches.isEmpty();
        }
    }

    /** An expectation a case missed, with the outcome the rule actually gave. */
    public record Mismatch(RuleTestCase.Expectation expected, Finding actual) {

        /** {@code ZZ-01 落实“三会一课”制度: expected PASS, got NOT_EVIDENCED}, one line. */
        public String summary() {
            String head = expected.ruleId() + " " + actual.title() + ": ";
            if (actual.status() != expected.status()) {
                return head + "expected " + expected.status() + ", got " + actual.status();
            }
            return head + "expected the message to contain \"" + expected.messageContains() + "\"";
        }
    }

    /** A rule the cases do not test both ways. */
    public record Gap(RuleInfo rule, boolean hasPass, boolean hasFailOrNotEvidenced) {

        public String summary() {
            if (!hasPass && !hasFailOrNotEvidenced) {
                return "no case";
            }
            return hasPass ? "no case expecting FAIL or NOT_EVIDENCED" : "no case expecting PASS";
        }
    }

    /**
     * How many parts of a rule's check the cases exercise both ways: a part is covered when some case
     * gives it PASS and some case FAIL or NOT_EVIDENCED. A simple check has one part.
     */
    public record BranchCoverage(RuleInfo rule, int parts, int covered) {
        public boolean complete() {
            return covered == parts;
        }
    }

    private final List<RuleInfo> rules;
    private final List<CaseResult> cases;
    private final List<Gap> gaps;
    private final List<BranchCoverage> branches;

    public RuleTestReport(List<RuleInfo> rules, List<CaseResult> cases) {
        this.rules = List.copyOf(rules);
        this.cases = List.copyOf(cases);
        this.gaps = gaps(this.rules, this.cases);
        this.branches = branches(this.rules, this.cases);
    }

    private static List<BranchCoverage> branches(List<RuleInfo> rules, List<CaseResult> cases) {
        List<BranchCoverage> out = new ArrayList<>();
        for (RuleInfo r : rules) {
            int parts = 0;
            Map<Integer, Set<Status>> seen = new HashMap<>();
            for (CaseResult c : cases) {
                List<Status> steps = c.steps().get(r.id());
                if (steps == null) {
                    continue;
                }
                parts = Math.max(parts, steps.size());
                for (int i = 0; i < steps.size(); i++) {
                    seen.computeIfAbsent(i, k -> EnumSet.noneOf(Status.class)).add(steps.get(i));
                }
            }
            int covered = 0;
            for (Set<Status> s : seen.values()) {
                if (s.contains(Status.PASS) && (s.contains(Status.FAIL) || s.contains(Status.NOT_EVIDENCED))) {
                    covered++;
                }
            }
            out.add(new BranchCoverage(r, Math.max(parts, 1), covered));
        }
        return out;
    }

    /** Per rule, in pack order, the parts of its check the cases exercise both ways. */
    public List<BranchCoverage> branches() {
        return branches;
    }

    /** The share of rules tested both ways (a PASS case and a FAIL or NOT_EVIDENCED case), 0–100. */
    public double coveragePercent() {
        return rules.isEmpty() ? 100 : 100.0 * (rules.size() - gaps.size()) / rules.size();
    }

    private static List<Gap> gaps(List<RuleInfo> rules, List<CaseResult> cases) {
        Map<String, Set<Status>> expected = new HashMap<>();
        for (CaseResult c : cases) {
            for (RuleTestCase.Expectation e : c.testCase().expectations()) {
                expected.computeIfAbsent(e.ruleId(), k -> EnumSet.noneOf(Status.class)).add(e.status());
            }
        }
        List<Gap> out = new ArrayList<>();
        for (RuleInfo r : rules) {
            Set<Status> s = expected.getOrDefault(r.id(), Set.of());
            boolean pass = s.contains(Status.PASS);
            boolean other = s.contains(Status.FAIL) || s.contains(Status.NOT_EVIDENCED);
            if (!pass || !other) {
                out.add(new Gap(r, pass, other));
            }
        }
        return out;
    }

    public List<CaseResult> cases() {
        return cases;
    }

    public List<CaseResult> failures() {
        return cases.stream().filter(c -> !c.passed()).toList();
    }

    /** Rules without a PASS case or without a FAIL / NOT_EVIDENCED case, in pack order. */
    public List<Gap> gaps() {
        return gaps;
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    public int passed() {
        return (int) cases.stream().filter(CaseResult::passed).count();
    }

    public boolean allPassed() {
        return passed() == cases.size();
    }
}
