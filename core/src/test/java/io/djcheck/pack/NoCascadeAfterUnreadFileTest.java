package io.djcheck.pack;

import io.djcheck.Checker;
import io.djcheck.testing.Packs;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: after a file fails to parse, lint reported every name that file could have defined as
 * unknown elsewhere — a profile switching a rule of a broken rule file got a false
 * {@code unknown-rule}. A file that does not parse is one problem; names no broken file could
 * define are still reported.
 */
class NoCascadeAfterUnreadFileTest {

    private static final Map<String, String> DEFAULT = Packs.defaultFiles();

    /** The default params.yaml with one more profile, which switches {@code id} off. */
    private static String paramsSwitchingOff(String id) {
        return DEFAULT.get("params.yaml") + """
                  county-2026:
                    description: 县里的口径
                    committee_dj_sessions_min: 6
                    rules:
                      %s: {enabled: false}
                """.formatted(id);
    }

    /** zeren.yaml (ZR-01, ZR-02) with a bracket never closed. */
    private static final String ZEREN_BROKEN = DEFAULT.get("rules/zeren.yaml")
            .replace("title: 党委会专题研究党建工作", "title: [党委会专题研究党建工作");

    /** A good rule file naming a parameter and a concept of the default pack. */
    private static final String RULE_NAMING_PARAM_AND_CONCEPT = """
            rules:
              - id: XX-01
                title: 测试规则
                category: 组织生活
                severity: MINOR
                check:
                  all:
                    - quantity: {concept: members.new, op: ">=", param: new_members_min}
                    - mention: practice.sanhui_yike
                messages: {FAIL: "发展党员少于{new_members_min}人"}
            """;

    private static List<String> codes(Map<String, String> edits) {
        return Checker.validate(Packs.defaultWith(edits)).stream().map(p -> p.file() + ": " + p.code()).toList();
    }

    @Test
    void aProfileSwitchingARuleOfABrokenRuleFileIsNotReported() {
        List<String> problems = codes(Map.of("rules/zeren.yaml", ZEREN_BROKEN, "params.yaml", paramsSwitchingOff("ZR-01")));

        assertThat(problems).containsExactly("rules/zeren.yaml: yaml-syntax");
    }

    @Test
    void aMisspeltSwitchIsStillReportedWhenEveryRuleFileParses() {
        List<String> problems = codes(Map.of("params.yaml", paramsSwitchingOff("ZR-10")));

        assertThat(problems).containsExactly("params.yaml: unknown-rule");
    }

    @Test
    void brokenRuleFileParamsAndLexiconAreThreeProblemsAndNothingThatEchoesThem() {
        Map<String, String> edits = new HashMap<>();
        edits.put("rules/zeren.yaml", ZEREN_BROKEN);
        edits.put("params.yaml", paramsSwitchingOff("ZR-01").replace("new_members_min: 1 ", "new_members_min: [1 "));
        edits.put("lexicon.yaml", DEFAULT.get("lexicon.yaml")
                .replace("practice.sanhui_yike: [三会一课]", "practice.sanhui_yike: [三会一课"));
        edits.put("rules/xx.yaml", RULE_NAMING_PARAM_AND_CONCEPT);

        List<String> problems = codes(edits);

        assertThat(problems).containsExactly("lexicon.yaml: yaml-syntax", "params.yaml: yaml-syntax",
                "rules/zeren.yaml: yaml-syntax");
    }

    @Test
    void aNameNoBrokenFileCouldDefineIsStillReported() {
        Map<String, String> edits = new HashMap<>();
        edits.put("lexicon.yaml", DEFAULT.get("lexicon.yaml")
                .replace("practice.sanhui_yike: [三会一课]", "practice.sanhui_yike: [三会一课"));
        edits.put("rules/xx.yaml", RULE_NAMING_PARAM_AND_CONCEPT.replace("param: new_members_min", "param: new_member_min"));

        List<String> problems = codes(edits);

        assertThat(problems).containsExactly("lexicon.yaml: yaml-syntax", "rules/xx.yaml: unknown-param");
    }

    @Test
    void aProfileSwitchingARuleOfADrlFileThatDoesNotParseIsNotReported() {
        String jiti = DEFAULT.get("rules/jiti.drl");
        int when = jiti.indexOf("\nwhen\n") + "\nwhen\n".length();
        String broken = jiti.substring(0, when) + "    Report(\n" + jiti.substring(when);     // a ( never closed

        List<String> problems = codes(Map.of("rules/jiti.drl", broken, "params.yaml", paramsSwitchingOff("JJ-01")));

        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("rules/jiti.drl: drl-"));
    }

    @Test
    void aProfileSwitchingARuleReadOnlyInPartIsNotReported() {
        String zeren = DEFAULT.get("rules/zeren.yaml").replaceFirst("severity: MAJOR", "severity: HIGH");

        List<String> problems = codes(Map.of("rules/zeren.yaml", zeren, "params.yaml", paramsSwitchingOff("ZR-01")));

        assertThat(problems).containsExactly("rules/zeren.yaml: unknown-severity");
    }
}
