package io.djcheck.pack;

import io.djcheck.Checker;
import io.djcheck.engine.RuleDefinition;
import io.djcheck.packtest.RuleTestRunner;
import io.djcheck.ingest.DocumentReader;
import io.djcheck.ingest.InvalidSubmissionException;
import io.djcheck.result.CheckResult;
import io.djcheck.testing.Packs;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The trust model for rule files (docs/reliability.md): YAML is data. A YAML file of a pack cannot
 * build an object, load a class or touch a file; nothing a YAML rule says becomes DRL but names
 * that passed their pattern, so it cannot reach a Java method; a YAML bomb is refused by its
 * expansion. DRL can run Java, so a pack loaded without DRL refuses it everywhere.
 */
class RuleFilesCannotRunCodeTest {

    private static final String BAIT = "!!io.djcheck.pack.Tripwire$Bait";
    /** The classic exploit of YAML loaders that construct objects: a class loader fetching code. */
    private static final String SCRIPT_ENGINE =
            "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost:1/\"]]]]";

    private static List<String> problems(Map<String, String> edits) {
        return Checker.validate(Packs.defaultWith(edits)).stream().map(PackProblem::toString).toList();
    }

    @Test
    void aTagInAnyYamlFileOfAPackBuildsNothingAndIsRefused() {
        Map<String, String> tagged = Map.of(
                "pack.yaml", "id: !!binary aGVsbG8=\nversion: !local '1'\n",
                "params.yaml", "defaults: " + SCRIPT_ENGINE + "\n",
                "lexicon.yaml", "mentions: " + BAIT + " []\n",
                "scoring.yaml", "categories: " + SCRIPT_ENGINE + "\n",
                "rules/zeren.yaml", "rules:\n  - " + BAIT + " {id: ZR-01}\n",
                "tests/zeren.yaml", "cases: " + BAIT + " []\n");
        tagged.forEach((file, text) -> assertThat(problems(Map.of(file, text)))
                .as(file).anyMatch(p -> p.startsWith(file + ":") && p.contains(": yaml-tag: ")));

        assertThat(Tripwire.sprung()).as("no loader built or even loaded the class a tag named").isFalse();
    }

    /** Levels of aliases to two aliases of the level before: {@code levels - 1} levels double the nodes. */
    private static String billionLaughs(int levels) {
        StringBuilder bomb = new StringBuilder("mentions:\n  a0: &a0 [三会一课]\n");
        for (int i = 1; i < levels; i++) {
            bomb.append("  a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
                    .append(i - 1).append("]\n");
        }
        return bomb.toString();
    }

    @Test
    void aBillionLaughsInAPackFileIsRefusedByItsExpansion() {
        // 48 aliases, within SnakeYAML's count of aliases, expanding to 2^24 nodes: the heap, before the limit
        List<String> few = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> problems(Map.of("lexicon.yaml", billionLaughs(25))));
        // 58 aliases: SnakeYAML's own limit on their number
        List<String> many = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> problems(Map.of("lexicon.yaml", billionLaughs(30))));

        assertThat(few).anyMatch(p -> p.startsWith("lexicon.yaml:") && p.contains(": yaml-too-large: the aliases"));
        assertThat(many).anyMatch(p -> p.startsWith("lexicon.yaml:") && p.contains(": yaml-too-large: Number of aliases"));
    }

    @Test
    void aFewAliasesStillWork() {
        String params = Packs.defaultFiles().get("params.yaml")
                .replaceFirst("(?m)^defaults:", "shared: &shared 4\ndefaults:")
                .replaceFirst("(?m)^(  dangke_min_per_year: )\\S+", "$1*shared");

        assertThat(problems(Map.of("params.yaml", params))).allMatch(p -> p.contains("unknown-field"))
                .anyMatch(p -> p.contains("'shared'"));
    }

    /** Every place a YAML rule's text is written into DRL, each given text that would be code there. */
    @Test
    void textThatWouldBeCodeInDrlIsRefusedBeforeAnyDrlIsMade() {
        String exit = "java.lang.System.exit(3)";
        String rule = """
                rules:
                  - id: %s
                    title: 注入
                    category: 责任落实
                    severity: MAJOR
                    check:
                      %s
                """;
        Map<String, Map<String, String>> attempts = Map.of(
                "rule id", Map.of("rules/zeren.yaml", rule.formatted("'ZR-09\" when eval(" + exit + ") then end rule \"x'",
                        "mention: practice.yigang_shuangze")),
                "mention concept", Map.of("rules/zeren.yaml", rule.formatted("ZR-09",
                        "mention: 'practice.yigang_shuangze\" || " + exit + " || \"'")),
                "quantity concept", Map.of("rules/zeren.yaml", rule.formatted("ZR-09",
                        "quantity: 'committee.dj_sessions\") eval(" + exit + ") Quantity(concept == \"x'")),
                "parameter", Map.of("rules/zeren.yaml", rule.formatted("ZR-09",
                        "quantity: {concept: committee.dj_sessions, op: '>=', param: 'x\") eval(" + exit + ") Param(name == \"y'}")),
                "lexicon key", Map.of("lexicon.yaml", Packs.defaultFiles().get("lexicon.yaml")
                        .replace("  practice.yigang_shuangze:", "  'practice.yigang_shuangze\" || " + exit + " || \"':")),
                "parameter key", Map.of("params.yaml", Packs.defaultFiles().get("params.yaml")
                        .replaceFirst("(?m)^(  )committee_dj_sessions_min:", "$1'x\") eval(" + exit + ") Param(name == \"y':")));
        attempts.forEach((where, edits) -> assertThat(problems(edits)).as(where)
                .anyMatch(p -> p.contains(": bad-name: ") || p.contains(": unknown-concept: ") || p.contains(": unknown-param: ")));
    }

    @Test
    void messagesThatLookLikeExpressionsArePrintedAsWritten() {
        String message = "{java.lang.Runtime.getRuntime()} ${T(java.lang.Runtime)} #{1+1} @{java.io.File} 次数{actual}";
        String zeren = Packs.defaultFiles().get("rules/zeren.yaml").replace(
                "    suggestion: 党委会定期专题研究党建工作",
                "    messages:\n      FAIL: \"" + message + "\"\n    suggestion: 党委会定期专题研究党建工作");
        Checker checker = Checker.builder().rulePack(Packs.defaultWith(Map.of("rules/zeren.yaml", zeren))).build();

        CheckResult r = checker.check("全年党委会专题研究党建工作2次。", "t.txt");

        assertThat(r.finding("ZR-01").orElseThrow().message())
                .isEqualTo("{java.lang.Runtime.getRuntime()} ${T(java.lang.Runtime)} #{1+1} @{java.io.File} 次数2");
    }

    @Test
    void theDrlMadeFromYamlCallsOnlyTheOutcomesAndTheFactsOwnAccessors() {
        LoadedPack pack = PackLoader.load(Packs.defaultWith(Map.of()), 10);
        List<RuleDefinition> yaml = pack.rules().stream().filter(r -> !r.isDrl()).toList();
        String drl = pack.compiled().drl().entrySet().stream().filter(e -> e.getKey().startsWith("generated/"))
                .map(Map.Entry::getValue).collect(java.util.stream.Collectors.joining("\n"));

        Set<String> called = new TreeSet<>();
        Matcher m = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*\\(").matcher(drl.replaceAll("\"[^\"]*\"", "\"\""));
        while (m.find()) {
            called.add(m.group(1));
        }
        assertThat(yaml).hasSizeGreaterThan(20);
        assertThat(called).as("everything generated DRL calls or matches").isSubsetOf(
                // patterns on the fact types (Selection: the per-check view of facts), accumulate functions, the outcomes sink, value accessors
                "Mention", "Quantity", "Section", "Selection", "Report", "Param", "Placeholder", "FormatIssue", "accumulate",
                "max", "count", "collectList", "in", "id", "leaf", "pass", "fail", "notEvidenced", "compare", "with",
                "value", "annualValue", "name", "genre", "genreEvidence", "size");
    }

    @Test
    void aPackLoadedWithoutDrlRefusesItsDrlWhereverItIsUsed() {
        RulePack noDrl = Packs.defaultWith(Map.of()).withoutDrl();
        List<String> expected = List.of("rules/jiti.drl:0:0: drl-disabled");

        assertThatThrownBy(() -> Checker.builder().rulePack(noDrl).build()).isInstanceOf(RulePackException.class)
                .satisfies(e -> assertThat(codes((RulePackException) e)).containsAll(expected));
        assertThatThrownBy(() -> RuleTestRunner.run(noDrl)).isInstanceOf(RulePackException.class)
                .satisfies(e -> assertThat(codes((RulePackException) e)).containsAll(expected));
        assertThat(Checker.validate(noDrl)).extracting(PackProblem::toString).anyMatch(p -> p.startsWith(expected.get(0)));
        assertThat(noDrl.reread().drlEnabled()).as("read again on reload, still without DRL").isFalse();
    }

    @Test
    void aSubmissionsYamlIsReadAsDataToo() {
        String yaml = "report: " + BAIT + " {organisation: x, level: TOWNSHIP, year: 2023}\ntext: " + SCRIPT_ENGINE + "\n";

        assertThatThrownBy(() -> new DocumentReader().readInput(yaml.getBytes(StandardCharsets.UTF_8), "evil.yaml"))
                .isInstanceOf(InvalidSubmissionException.class);
        assertThat(Tripwire.sprung()).isFalse();
    }

    private static List<String> codes(RulePackException e) {
        List<String> out = new ArrayList<>();
        e.problems().forEach(p -> out.add(p.toString().replaceAll(": [^:]*$", "")));
        return out;
    }
}
