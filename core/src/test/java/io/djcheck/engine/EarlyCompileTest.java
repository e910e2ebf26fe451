package io.djcheck.engine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hand-written DRL compiled ahead, beside the reading of the rest of the pack, is used only for
 * exactly the text it was compiled from and only when it compiled cleanly: an edited text is
 * compiled again by its new rules, and a broken one is reported as without the early compile.
 */
class EarlyCompileTest {

    private static final String FILE = "rules/early.drl";

    private static Map<String, String> drl(String ruleName, String condition) {
        return Map.of(FILE, "package test.early;\ndialect \"mvel\"\n\nrule \"" + ruleName + "\"\nwhen\n    "
                + condition + "\nthen\nend\n");
    }

    @BeforeEach
    @AfterEach
    void nothingKept() {
        RuleCompiler.forgetCompiled();
    }

    private static List<String> ruleNames(List<KiePackage> packages) {
        return packages.stream().flatMap(p -> p.getRules().stream()).map(Rule::getName).sorted().toList();
    }

    private static CompiledRules compile(Map<String, String> handWritten, EarlyCompile early, List<String> problems) {
        return RuleCompiler.compile(List.of(), handWritten, c -> c, RuleCompiler.DEFAULT_MAX_FIRINGS,
                (file, line, column, code, message) -> problems.add(file + ":" + line + ": " + code), early);
    }

    @Test
    void theRulesCompiledAheadAreTheOnesUsed() {
        Map<String, String> handWritten = drl("ahead", "String()");
        EarlyCompile early = EarlyCompile.start(handWritten);
        List<KiePackage> ahead = early.packagesFor(RuleCompiler.unitKey(handWritten));
        assertThat(ahead).isNotNull();

        List<String> problems = new ArrayList<>();
        assertThat(compile(handWritten, early, problems)).isNotNull();

        assertThat(problems).isEmpty();
        List<KiePackage> used = CompiledUnits.get(RuleCompiler.unitKey(handWritten));
        assertThat(used).hasSameSizeAs(ahead);
        for (int i = 0; i < used.size(); i++) {
            assertThat(used.get(i)).isSameAs(ahead.get(i));
        }
    }

    @Test
    void anEditedTextIsCompiledByItsNewRules() {
        Map<String, String> before = drl("before the edit", "String()");
        EarlyCompile early = EarlyCompile.start(before);
        Map<String, String> edited = drl("after the edit", "Integer()");

        assertThat(compile(edited, early, new ArrayList<>())).isNotNull();

        List<KiePackage> used = CompiledUnits.get(RuleCompiler.unitKey(edited));
        assertThat(ruleNames(used)).containsExactly("after the edit");
        List<KiePackage> ahead = early.packagesFor(RuleCompiler.unitKey(before));
        assertThat(ahead).isNotEmpty();
        assertThat(used).allSatisfy(p -> assertThat(ahead).noneMatch(a -> a == p));   // KiePackage equals by name
    }

    @Test
    void brokenDrlIsReportedAsWithoutTheEarlyCompile() {
        Map<String, String> broken = drl("broken", "NoSuchType()");
        List<String> withoutEarly = new ArrayList<>();
        assertThat(compile(broken, EarlyCompile.NONE, withoutEarly)).isNull();
        RuleCompiler.forgetCompiled();

        EarlyCompile early = EarlyCompile.start(broken);
        assertThat(early.packagesFor(RuleCompiler.unitKey(broken))).isNull();
        List<String> withEarly = new ArrayList<>();
        assertThat(compile(broken, early, withEarly)).isNull();

        assertThat(withoutEarly).isNotEmpty();
        assertThat(withEarly).isEqualTo(withoutEarly);
    }

    @Test
    void nothingStartsForDrlAlreadyKept() {
        Map<String, String> handWritten = drl("kept", "String()");
        assertThat(compile(handWritten, EarlyCompile.NONE, new ArrayList<>())).isNotNull();

        assertThat(EarlyCompile.start(handWritten)).isSameAs(EarlyCompile.NONE);
    }
}
