package io.djcheck.pack;

import io.djcheck.Checker;
import io.djcheck.testing.Corpus;
import io.djcheck.testing.Packs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Broken packs, one per row: what was broken, and every problem the pack must report as
 * {@code file:line:column: code}. Lint lists them all — not only the first — with the place an
 * editor has to go to.
 */
class PackValidationTest {

    /** A broken pack: the default pack with some files edited, and the problems it must give. */
    record Row(String what, Map<String, String> edits, boolean drl, List<String> expected, String messageHas) {
        @Override
        public String toString() {
            return what;
        }
    }

    private static final String YAML_RULE = """
            rules:
              - id: XX-01
                title: 测试规则
                category: 组织生活
                severity: MINOR
                check:
                  %s
            """;

    private static final String DRL_HEAD = """
            package test;
            import io.djcheck.model.*;
            import io.djcheck.engine.Param;
            global io.djcheck.engine.Outcomes outcomes;

            """;

    private static Row row(String what, String file, String text, String messageHas, String... expected) {
        Map<String, String> edits = new java.util.HashMap<>();
        edits.put(file, text);                                     // null: the file is removed
        return new Row(what, edits, true, List.of(expected), messageHas);
    }

    private static Row yamlCheck(String what, String check, String messageHas, String... expected) {
        return row(what, "rules/xx.yaml", YAML_RULE.formatted(check), messageHas, expected);
    }

    static Stream<Row> rows() {
        return Stream.of(
                row("YAML syntax error: a bracket never closed points where it opened", "rules/xx.yaml",
                        "rules:\n  - id: XX-01\n    title: [不闭合\n", "the [ opened here is not closed",
                        "rules/xx.yaml:3:12: yaml-syntax"),
                row("YAML: an indentation slip says so, on the slipped line", "rules/xx.yaml", """
                        rules:
                          - id: XX-01
                            title: 测试规则
                             category: 组织生活
                        """, "indented differently", "rules/xx.yaml:4:14: yaml-syntax"),
                row("YAML: an unquoted >= says to quote it", "rules/xx.yaml", YAML_RULE.formatted(
                        "quantity: {concept: members.new, op: >=, param: new_members_min}"), "op: \">=\"",
                        "rules/xx.yaml:7:44: yaml-syntax"),
                row("a parameter written as 10万 is one problem, not one per rule that names it", "params.yaml",
                        Packs.defaultFiles().get("params.yaml").replace("collective_income_min_yuan: 100000 ",
                                "collective_income_min_yuan: 10万 "), "must be a number",
                        "params.yaml:7:31: schema"),
                row("an empty rule file is an error, not a file of no rules", "rules/xx.yaml", "", "defines no rule",
                        "rules/xx.yaml:1:1: empty-rule-file"),
                row("a rule file of comments only, as a save cut short leaves it", "rules/xx.yaml",
                        "# 组织生活规则\n# rules:\n", "delete the file", "rules/xx.yaml:1:1: empty-rule-file"),
                row("an empty DRL file", "rules/xx.drl", DRL_HEAD, "defines no rule", "rules/xx.drl:1:1: empty-rule-file"),
                row("one unclosed [ in lexicon.yaml is one problem, not one per concept the rules name",
                        "lexicon.yaml", Packs.defaultFiles().get("lexicon.yaml")
                                .replace("practice.sanhui_yike: [三会一课]", "practice.sanhui_yike: [三会一课"),
                        "not closed", "lexicon.yaml:6:25: yaml-syntax"),
                row("tab indentation", "rules/xx.yaml", "rules:\n\t- id: XX-01\n", "", "rules/xx.yaml:2:1: yaml-syntax"),
                row("duplicate key", "rules/xx.yaml", YAML_RULE.formatted("section: PROBLEMS") + "    title: again\n",
                        "given twice", "rules/xx.yaml:8:5: duplicate-key"),
                row("a rule file without 'rules:'", "rules/xx.yaml", "- id: XX-01\n", "rules:",
                        "rules/xx.yaml:1:1: schema"),
                yamlCheck("check given as a list", "[mention, practice.sanhui_yike]", "must be a map",
                        "rules/xx.yaml:7:7: schema"),
                yamlCheck("two checks in one", "section: PROBLEMS\n      genre: DUTY_REPORT", "exactly one of",
                        "rules/xx.yaml:7:7: schema"),
                yamlCheck("empty all", "all: []", "non-empty list", "rules/xx.yaml:7:12: schema"),
                yamlCheck("unknown mention concept", "mention: practice.sanhui", "did you mean practice.sanhui_yike",
                        "rules/xx.yaml:7:16: unknown-concept"),
                yamlCheck("quantity concept used as a mention", "mention: members.new", "not a mention concept",
                        "rules/xx.yaml:7:16: unknown-concept"),
                yamlCheck("unknown concept pattern", "quantity: {concept: \"trainings.*\"}", "no quantity concept matches",
                        "rules/xx.yaml:7:17: unknown-concept"),
                yamlCheck("unknown parameter", "quantity: {concept: members.new, op: \">=\", param: new_member_min}",
                        "did you mean new_members_min", "rules/xx.yaml:7:57: unknown-param"),
                yamlCheck("comparison without a parameter", "quantity: {concept: members.new, op: \">=\"}",
                        "never in rules", "rules/xx.yaml:7:17: missing-field"),
                yamlCheck("literal threshold instead of a parameter", "quantity: {concept: members.new, op: \">=\", value: 3}",
                        "'value' is not a field", "rules/xx.yaml:7:17: missing-field", "rules/xx.yaml:7:50: unknown-field"),
                yamlCheck("bad comparison", "count: {of: quantities, op: \"=>\", param: min_quantified_facts}",
                        "not a comparison", "rules/xx.yaml:7:35: bad-op", "rules/xx.yaml:7:14: missing-field"),
                yamlCheck("unknown kind of fact", "absent: placeholder", "placeholders, formatIssues",
                        "rules/xx.yaml:7:15: unknown-fact-kind"),
                yamlCheck("unknown section kind", "section: PROBLEM", "did you mean PROBLEMS",
                        "rules/xx.yaml:7:16: unknown-section-kind"),
                yamlCheck("unknown genre", "genre: DUTY", "did you mean DUTY_REPORT", "rules/xx.yaml:7:14: unknown-genre"),
                yamlCheck("unknown format issue kind", "absent: {of: formatIssues, kind: [ORDINAL_SKIP]}",
                        "not a format issue kind", "rules/xx.yaml:7:41: unknown-format-issue-kind"),
                yamlCheck("unknown context", "quantity: {concept: members.new, contexts: [DONE]}", "not a context",
                        "rules/xx.yaml:7:51: unknown-context"),
                row("misspelt rule field", "rules/xx.yaml", YAML_RULE.formatted("section: PROBLEMS")
                        .replace("severity: MINOR", "sevrity: MINOR"), "did you mean severity",
                        "rules/xx.yaml:2:5: missing-metadata", "rules/xx.yaml:5:5: unknown-field"),
                row("rule without title or id", "rules/xx.yaml", """
                        rules:
                          - category: 组织生活
                            severity: MINOR
                            check: {section: PROBLEMS}
                        """, "has no 'title'",
                        "rules/xx.yaml:2:5: missing-metadata", "rules/xx.yaml:2:5: missing-metadata"),
                row("bad severity", "rules/xx.yaml", YAML_RULE.formatted("section: PROBLEMS")
                        .replace("severity: MINOR", "severity: HIGH"), "INFO, MINOR, MAJOR, CRITICAL, VETO",
                        "rules/xx.yaml:5:15: unknown-severity"),
                row("unknown category", "rules/xx.yaml", YAML_RULE.formatted("section: PROBLEMS")
                        .replace("category: 组织生活", "category: 组织建设"), "scoring.yaml does not define",
                        "rules/xx.yaml:2:5: unknown-category"),
                row("unknown category of a rule that has another problem too", "rules/xx.yaml",
                        YAML_RULE.formatted("mention: practice.sanhui").replace("category: 组织生活", "category: 组织建设"),
                        "组织建设", "rules/xx.yaml:2:5: unknown-category", "rules/xx.yaml:7:16: unknown-concept"),
                row("bad rule id", "rules/xx.yaml", YAML_RULE.formatted("section: PROBLEMS").replace("XX-01", "XX 01"),
                        "letters, digits and dashes", "rules/xx.yaml:2:9: bad-name"),
                row("duplicate id across YAML and DRL", "rules/xx.yaml", YAML_RULE.formatted("section: PROBLEMS")
                        .replace("XX-01", "JJ-01"), "already defined at rules/jiti.drl", "rules/xx.yaml:2:5: duplicate-id"),
                row("unknown message placeholder", "rules/xx.yaml", YAML_RULE.formatted("section: PROBLEMS")
                        + "    messages: {FAIL: \"缺少{section}部分\"}\n", "{section} is not a message placeholder",
                        "rules/xx.yaml:8:22: unknown-placeholder"),
                row("message for an unknown status", "rules/xx.yaml", YAML_RULE.formatted("section: PROBLEMS")
                        + "    messages: {FAILED: 缺少}\n", "did you mean FAIL", "rules/xx.yaml:8:16: unknown-status"),
                row("negative deduction", "rules/xx.yaml", YAML_RULE.formatted("section: PROBLEMS")
                        + "    deduction: -2\n", "must not be negative", "rules/xx.yaml:8:16: schema"),
                row("DRL written for the classes' names before the layout step", "rules/xx.drl", """
                        package test;
                        import io.djcheck.model.*;
                        import io.djcheck.rules.Param;
                        global io.djcheck.rules.Outcomes outcomes;
                        rule "XX-01 a" @id("XX-01") @title("t") @category("组织生活") @severity("MINOR")
                        when
                            Report()
                        then
                            outcomes.pass(kcontext);
                        end
                        """, "is now io.djcheck.engine.Outcomes", "rules/xx.drl:3:7: moved-class",
                        "rules/xx.drl:4:7: moved-class"),
                row("DRL rule without @id", "rules/xx.drl", DRL_HEAD + """
                        rule "anonymous"
                        when
                            Report()
                        then
                            outcomes.pass(kcontext);
                        end
                        """, "has no @id", "rules/xx.drl:6:1: missing-metadata"),
                row("DRL rule without title and category", "rules/xx.drl", DRL_HEAD + """
                        rule "XX-02 only an id"
                            @id("XX-02") @severity("MINOR")
                        when
                            Report()
                        then
                            outcomes.pass(kcontext);
                        end
                        """, "has no @title", "rules/xx.drl:6:1: missing-metadata", "rules/xx.drl:6:1: missing-metadata"),
                row("DRL bad severity and misspelt annotation", "rules/xx.drl", DRL_HEAD + """
                        rule "XX-02"
                            @id("XX-02") @title("t") @category("组织生活") @severity("SEVERE") @sugestion("x")
                        when
                            Report()
                        then
                            outcomes.pass(kcontext);
                        end
                        """, "did you mean @suggestion", "rules/xx.drl:6:1: unknown-field",
                        "rules/xx.drl:6:1: unknown-severity"),
                row("DRL syntax error", "rules/xx.drl", DRL_HEAD + """
                        rule "XX-02"
                            @id("XX-02") @title("t") @category("组织生活") @severity("MINOR")
                        when
                            Quantity(concept == "members.new" value > 3)
                        then
                            outcomes.pass(kcontext);
                        end
                        """, "mismatched input 'value'", "rules/xx.drl:9:39: drl-compile"),
                row("DRL: a ( never closed points at its line, not the line after (issue 19)", "rules/xx.drl",
                        DRL_HEAD + """
                        rule "XX-02"
                            @id("XX-02") @title("t") @category("组织生活") @severity("MINOR")
                        when
                            $q : Quantity(concept == "members.new", value > 3
                        then
                            outcomes.pass(kcontext, $q);
                        end
                        """, "没有配对的 \")\"", "rules/xx.drl:9:18: drl-syntax"),
                row("DRL: a rule without end points after its last line, not at the next rule (issue 19)",
                        "rules/xx.drl", DRL_HEAD + """
                        rule "XX-02"
                            @id("XX-02") @title("t") @category("组织生活") @severity("MINOR")
                        when
                            $q : Quantity(concept == "members.new")
                        then
                            outcomes.pass(kcontext, $q);

                        rule "XX-03"
                            @id("XX-03") @title("t") @category("组织生活") @severity("MINOR")
                        when
                            $q : Quantity(concept == "members.new")
                        then
                            outcomes.pass(kcontext, $q);
                        end
                        """, "rule \"XX-02\" 缺少 end：请在第 11 行之后加一行 end（下一条从第 13 行开始）",
                        "rules/xx.drl:11:33: drl-syntax"),
                row("DRL unknown fact type", "rules/xx.drl", DRL_HEAD + """
                        rule "XX-02"
                            @id("XX-02") @title("t") @category("组织生活") @severity("MINOR")
                        when
                            $q : Quantiti(concept == "members.new")
                        then
                            outcomes.pass(kcontext, $q);
                        end
                        """, "Unable to resolve ObjectType 'Quantiti'", "rules/xx.drl:9:10: drl-compile"),
                row("DRL unknown field of a fact", "rules/xx.drl", DRL_HEAD + """
                        rule "XX-02"
                            @id("XX-02") @title("t") @category("组织生活") @severity("MINOR")
                        when
                            $q : Quantity(concept == "members.new", valu > 3)
                        then
                            outcomes.pass(kcontext, $q);
                        end
                        """, "valu", "rules/xx.drl:9:45: drl-compile"),
                row("DRL consequence errors, each on its own line", "rules/xx.drl", DRL_HEAD + """
                        rule "XX-02"
                            @id("XX-02") @title("t") @category("组织生活") @severity("MINOR")
                        when
                            $q : Quantity(concept == "members.new")
                        then
                            outcomes.fial(kcontext, $q);

                            int n = "three";
                        end
                        """, "fial", "rules/xx.drl:11:5: drl-compile", "rules/xx.drl:13:5: drl-compile"),
                row("DRL unknown concept and parameter", "rules/xx.drl", DRL_HEAD + """
                        rule "XX-02"
                            @id("XX-02") @title("t") @category("组织生活") @severity("MINOR")
                        when
                            Param(name == "new_member_min", $min : value)
                            $q : Quantity(concept in ("members.new", "member.activists"), value < $min)
                        then
                            outcomes.fail(kcontext, $q);
                        end
                        """, "did you mean members.activists", "rules/xx.drl:9:19: unknown-param",
                        "rules/xx.drl:10:46: unknown-concept"),
                new Row("DRL refused when DRL is disabled", Map.of(), false, List.of("rules/jiti.drl:0:0: drl-disabled"),
                        "DRL disabled"),
                row("params.yaml: profile sets an unknown parameter", "params.yaml", """
                        defaults:
                          committee_dj_sessions_min: 4
                          dangke_min_per_year: 4
                          new_members_min: 1
                          collective_income_min_yuan: 100000
                          weak_village_income_yuan: 50000
                          min_quantified_facts: 5
                          members_disciplined_max: 0
                          zhiweihui_min_per_year: 12
                          dangyuan_dahui_min_per_year: 4
                          dangxiaozu_min_per_year: 12
                          siyi_coverage_min: 100
                        profiles:
                          gansu-2024:
                            new_member_min: 2
                        """, "did you mean new_members_min", "params.yaml:15:5: unknown-param"),
                row("params.yaml: a value that is not a number", "params.yaml", """
                        defaults:
                          committee_dj_sessions_min: four
                          dangke_min_per_year: 4
                          new_members_min: 1
                          collective_income_min_yuan: 100000
                          weak_village_income_yuan: 50000
                          min_quantified_facts: 5
                          members_disciplined_max: 0
                          zhiweihui_min_per_year: 12
                          dangyuan_dahui_min_per_year: 4
                          dangxiaozu_min_per_year: 12
                          siyi_coverage_min: 100
                        """, "must be a number",
                        // one problem: the rule naming the parameter is not at fault (issue 19: no cascade)
                        "params.yaml:2:30: schema"),
                row("scoring weights that do not sum to 100", "scoring.yaml",
                        Packs.defaultFiles().get("scoring.yaml").replace("weight: 18}", "weight: 28}"),
                        "must sum to 100, got 110", "scoring.yaml:4:3: weights-sum"),
                row("missing scoring.yaml", "scoring.yaml", null, "every pack needs", "scoring.yaml:0:0: missing-file"),
                row("pack.yaml without a version", "pack.yaml", "id: x\n", "'version' is required",
                        "pack.yaml:1:1: missing-field"),
                row("lexicon concept with a bad key", "lexicon.yaml",
                        Packs.defaultFiles().get("lexicon.yaml").replace("  practice.dangfei: [党费]", "  Dangfei: [党费]"),
                        "Dangfei", "lexicon.yaml:23:3: bad-name"));
    }

    private static RulePack pack(Row row) {
        Map<String, String> edits = new LinkedHashMap<>();
        edits.putAll(row.edits());
        RulePack p = Packs.defaultWith(edits);
        return row.drl() ? p : p.withoutDrl();
    }

    private static List<String> places(List<PackProblem> problems) {
        return problems.stream().map(p -> p.file() + ":" + p.line() + ":" + p.column() + ": " + p.code()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyProblemIsReportedWithItsPlace(Row row) {
        List<PackProblem> problems = Checker.validate(pack(row));
        assertThat(places(problems)).as(problems.toString()).containsExactlyInAnyOrderElementsOf(row.expected());
        assertThat(problems.toString()).contains(row.messageHas());
    }

    @Test
    void problemsInManyFilesAreAllListedInFileOrder() {
        Map<String, String> edits = new LinkedHashMap<>();
        rows().filter(r -> r.drl() && r.edits().size() == 1 && r.edits().keySet().iterator().next().startsWith("rules/"))
                .forEach(r -> {
                    int n = edits.size();
                    r.edits().forEach((file, text) -> edits.put(file.replace("xx", "xx" + n), text));
                });
        List<PackProblem> problems = Checker.validate(Packs.defaultWith(edits));
        assertThat(problems).hasSizeGreaterThan(30);
        Set<String> files = new TreeSet<>();
        problems.forEach(p -> files.add(p.file()));
        assertThat(files).as("every broken file is reported").hasSize(edits.size());
        assertThat(problems).isSortedAccordingTo(java.util.Comparator.comparing(PackProblem::file)
                .thenComparingInt(PackProblem::line).thenComparingInt(PackProblem::column));
    }

    /** Found by fuzzing: a quoted concept spanning lines made a problem of many lines, and quoted the rest of the file. */
    @Test
    void aProblemIsOneLineOfReasonableLengthWhateverItQuotes() {
        String rule = String.format(YAML_RULE, "mention: \"practice.sanhui\\n" + "下一行".repeat(500) + "\"");

        List<PackProblem> problems = Checker.validate(Packs.defaultWith(Map.of("rules/xx.yaml", rule)));

        assertThat(problems).extracting(PackProblem::toString).anySatisfy(p -> assertThat(p)
                .startsWith("rules/xx.yaml:7:16: unknown-concept: 'practice.sanhui 下一行").endsWith("…"))
                .allSatisfy(p -> assertThat(p).doesNotContain("\n").hasSizeLessThan(400));
    }

    /**
     * Issue 19: the parser errors an editor meets most, explained in Chinese first (then in English,
     * then the parser's words), as the DRL ones are — a county editor reads what to fix in Chinese.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void plainLanguageExplanationsSpeakChineseFirst(Row row) {
        Set<String> explained = Set.of("yaml-syntax", "empty-rule-file", "drl-syntax");
        for (PackProblem p : Checker.validate(pack(row))) {
            boolean parserWordsOnly = p.message().startsWith("while ") || p.message().startsWith("found ");
            if (explained.contains(p.code()) && !parserWordsOnly) {
                String message = p.message().replace(p.file(), "").replace("rule \"XX-02\"", "");
                assertThat(Character.UnicodeScript.of(message.codePoints().filter(c -> c > ' ' && c != '"' && c != ' ')
                        .findFirst().orElseThrow())).as(p.toString()).isEqualTo(Character.UnicodeScript.HAN);
            }
        }
    }

    @Test
    void theDefaultPackHasNoProblem() {
        assertThat(Checker.validate(Packs.defaultWith(Map.of()))).isEmpty();
    }

    @Test
    void everyProblemCodeIsExplainedInDocsRulesMd() throws IOException {
        String docs = Files.readString(Corpus.root().resolve("docs/rules.md"));
        Set<String> codes = new TreeSet<>();
        rows().forEach(r -> r.expected().forEach(e -> codes.add(e.substring(e.lastIndexOf(": ") + 2))));
        codes.addAll(List.of("duplicate-key", "no-pack", "no-rules", "internal", "unknown-rule", "unknown-profile", "unreadable",
                "conflicting-metadata", "unsupported-language", "yaml-key", "empty-terms", "unknown-unit",
                "unknown-grade", "unknown-qualifier", "unknown-org-level", "drl-syntax"));
        List<String> undocumented = new ArrayList<>();
        for (String code : codes) {
            if (!docs.contains("`" + code + "`")) {
                undocumented.add(code);
            }
        }
        assertThat(undocumented).as("codes without an entry in docs/rules.md").isEmpty();
    }
}
