package io.djcheck.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.djcheck.packtest.RuleTestReport;
import io.djcheck.pack.RuleTestCase;
import io.djcheck.result.ResultJson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule test report in the forms CI systems read: JUnit XML (one testsuite per test file, one
 * testcase per case, a failure per missed expectation) and JSON (cases, mismatches, coverage).
 */
final class RuleTestFormats {

    private RuleTestFormats() {
    }

    static String junit(String packName, RuleTestReport report) {
        Map<String, List<RuleTestReport.CaseResult>> byFile = new LinkedHashMap<>();
        for (RuleTestReport.CaseResult c : report.cases()) {
            byFile.computeIfAbsent(c.testCase().file(), f -> new ArrayList<>()).add(c);
        }
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<testsuites name=\"").append(xml(packName)).append("\" tests=\"").append(report.cases().size())
                .append("\" failures=\"").append(report.cases().size() - report.passed()).append("\">\n");
        for (Map.Entry<String, List<RuleTestReport.CaseResult>> e : byFile.entrySet()) {
            long failures = e.getValue().stream().filter(c -> !c.passed()).count();
            sb.append("  <testsuite name=\"").append(xml(e.getKey())).append("\" tests=\"").append(e.getValue().size())
                    .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\">\n");
            for (RuleTestReport.CaseResult c : e.getValue()) {
                RuleTestCase t = c.testCase();
                sb.append("    <testcase classname=\"").append(xml(t.file())).append("\" name=\"")
                        .append(xml(t.name())).append("\" file=\"").append(xml(t.file())).append("\" line=\"")
                        .append(t.line()).append('"');
                if (c.passed()) {
                    sb.append("/>\n");
                    continue;
                }
                sb.append(">\n");
                for (RuleTestReport.Mismatch m : c.mismatches()) {
                    sb.append("      <failure message=\"").append(xml(m.summary())).append("\" type=\"")
                            .append(m.actual().status()).append("\">").append(xml(t.where() + ": " + m.summary()
                                    + "\nactual message: " + m.actual().message())).append("</failure>\n");
                }
                sb.append("    </testcase>\n");
            }
            sb.append("  </testsuite>\n");
        }
        return sb.append("</testsuites>\n").toString();
    }

    static String json(RuleTestReport report) {
        ObjectNode o = ResultJson.mapper().createObjectNode();
        o.put("cases", report.cases().size());
        o.put("passed", report.passed());
        o.put("failed", report.cases().size() - report.passed());
        o.put("coveragePercent", Math.round(report.coveragePercent() * 10) / 10.0);
        ArrayNode cases = o.putArray("results");
        for (RuleTestReport.CaseResult c : report.cases()) {
            ObjectNode n = cases.addObject();
            n.put("file", c.testCase().file());
            n.put("line", c.testCase().line());
            n.put("name", c.testCase().name());
            n.put("passed", c.passed());
            ArrayNode mm = n.putArray("mismatches");
            for (RuleTestReport.Mismatch m : c.mismatches()) {
                ObjectNode x = mm.addObject();
                x.put("ruleId", m.expected().ruleId());
                x.put("expected", m.expected().status().name());
                x.put("actual", m.actual().status().name());
                x.put("message", m.actual().message());
            }
        }
        ArrayNode gaps = o.putArray("gaps");
        for (RuleTestReport.Gap g : report.gaps()) {
            ObjectNode n = gaps.addObject();
            n.put("ruleId", g.rule().id());
            n.put("missing", g.summary());
        }
        ArrayNode branches = o.putArray("branches");
        for (RuleTestReport.BranchCoverage b : report.branches()) {
            ObjectNode n = branches.addObject();
            n.put("ruleId", b.rule().id());
            n.put("parts", b.parts());
            n.put("covered", b.covered());
        }
        try {
            return ResultJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\n' -> sb.append("&#10;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
