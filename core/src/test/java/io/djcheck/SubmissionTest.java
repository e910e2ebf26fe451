package io.djcheck;

import io.djcheck.ingest.InvalidSubmissionException;
import io.djcheck.ingest.SubmissionProblem;
import io.djcheck.model.Genre;
import io.djcheck.model.InputFormat;
import io.djcheck.model.OrgLevel;
import io.djcheck.model.Quantity;
import io.djcheck.model.Report;
import io.djcheck.result.CheckResult;
import io.djcheck.result.Finding;
import io.djcheck.model.Status;
import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Structured submissions (test resources submissions/*): facts given as data are checked like the
 * facts extracted from a report's text, and a broken submission names every problem by JSON path.
 */
class SubmissionTest {

    private static Checker checker;

    @BeforeAll
    static void build() {
        checker = Checker.builder().rulePack(Corpus.defaultPack()).acceptAnyText(true).build();
    }

    private static Path submission(String name) {
        return FormatsTest.resource("submissions/" + name);
    }

    private static Map<String, Status> statuses(CheckResult r) {
        return r.findings().stream().collect(Collectors.toMap(Finding::ruleId, Finding::status));
    }

    @Test
    void aJsonSubmissionOfTheSeedsFactsGetsTheSeedsFindings() {
        CheckResult fromFacts = checker.check(submission("001_facts.json"));
        CheckResult fromText = checker.check(Corpus.seed("001"));

        assertThat(fromFacts.source()).isEqualTo(submission("001_facts.json").toString());
        assertThat(fromFacts.report().year()).isEqualTo(2023);
        assertThat(fromFacts.report().orgLevel()).isEqualTo(OrgLevel.TOWNSHIP);
        assertThat(statuses(fromFacts)).isEqualTo(statuses(fromText));
        Finding jj = fromFacts.finding("JJ-01").orElseThrow();
        assertThat(jj.message()).isEqualTo(fromText.finding("JJ-01").orElseThrow().message());
        assertThat(fromFacts.finding("DY-03").orElseThrow().message()).contains("2名党员受到党纪处分");
        assertThat(fromFacts.finding("ZR-01").orElseThrow().message()).contains("12");
    }

    @Test
    void aYamlSubmissionWithEachVillagesIncomeIsCountedAtThePacksIncomeLevels() {
        CheckResult fromFacts = checker.check(submission("001_village_incomes.yaml"));
        Map<String, Status> expected = new java.util.HashMap<>(statuses(checker.check(Corpus.seed("001"))));
        expected.put("JJ-02", Status.PASS);              // every village listed reaches 5万: the text never said so
        assertThat(statuses(fromFacts)).isEqualTo(expected);

        Finding jj01 = fromFacts.finding("JJ-01").orElseThrow();
        assertThat(jj01.message()).startsWith("至少有7个村集体经济收入低于100000元");
        assertThat(jj01.evidence().get(0).quote()).isEqualTo("（申报）村集体经济收入达到100000元以上的村8个，未达到的："
                + "石门村（96000元）、沙沟村（88000元）、马营村（81500元）、王庄村（76000元）、李家村（70400元）、高台村（65000元）、草滩村（58000元）");
        assertThat(fromFacts.finding("JJ-02").orElseThrow().message()).startsWith("全部15个村集体经济收入均达到50000元以上");

        Report r = checker.extract(submission("001_village_incomes.yaml"));
        assertThat(r.genre()).isEqualTo(Genre.DUTY_REPORT);
        assertThat(r.quantities()).filteredOn(q -> q.concept().equals("villages.income_at_or_above"))
                .extracting(Quantity::thresholdYuan, Quantity::value)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(50000.0, 15.0),
                        org.assertj.core.groups.Tuple.tuple(100000.0, 8.0));
        Checker zhejiang = Checker.builder().rulePack(Corpus.defaultPack()).profile("zhejiang-2024").build();
        Finding strict = zhejiang.check(submission("001_village_incomes.yaml")).finding("JJ-01").orElseThrow();
        assertThat(strict.status()).isEqualTo(Status.FAIL);
        assertThat(strict.message()).contains("村集体经济收入低于200000元");
    }

    @Test
    void submittedFactsReplaceWhatTheTextSaysAboutTheSameConceptAndPointIntoTheText() {
        String text = Corpus.read(Corpus.seed("001")).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        String json = "{\"report\": {\"organisation\": \"某某镇党委\", \"level\": \"TOWNSHIP\", \"year\": 2023},"
                + " \"text\": \"" + text + "\","
                + " \"facts\": {\"quantities\": [{\"concept\": \"members.new\", \"value\": 6, \"unit\": \"人\"},"
                + " {\"concept\": \"committee.dj_sessions\", \"value\": 3, \"unit\": \"次\", \"quote\": \"年内召开党建工作专题会议12场次\"}]}}";
        Report merged = checker.extract(json.getBytes(StandardCharsets.UTF_8), "merged.json");
        Report fromText = checker.extract(Corpus.seed("001"));

        assertThat(merged.text()).isEqualTo(fromText.text());
        assertThat(merged.sections()).isEqualTo(fromText.sections());
        assertThat(merged.quantities()).filteredOn(q -> q.concept().equals("committee.dj_sessions"))
                .singleElement().satisfies(q -> {
                    assertThat(q.value()).isEqualTo(3.0);
                    assertThat(merged.text().substring(q.evidence().start(), q.evidence().end()))
                            .isEqualTo("年内召开党建工作专题会议12场次");
                });
        assertThat(merged.quantities()).filteredOn(q -> q.concept().equals("members.new"))
                .singleElement().satisfies(q -> assertThat(q.evidence().quote()).isEqualTo("（申报）发展党员人数：6人"));
        assertThat(merged.quantities().size()).isEqualTo(fromText.quantities().size() + 1);
        assertThat(checker.check(json.getBytes(StandardCharsets.UTF_8), "merged.json").finding("ZR-01").orElseThrow()
                .status()).isEqualTo(Status.FAIL);
        assertThat(checker.read(submission("001_facts.json")).format()).isEqualTo(InputFormat.SUBMISSION);
    }

    @Test
    void anInvalidSubmissionNamesEveryProblemByItsJsonPath() {
        assertThatThrownBy(() -> checker.check(submission("invalid.json")))
                .isInstanceOf(InvalidSubmissionException.class)
                .satisfies(e -> {
                    List<SubmissionProblem> problems = ((InvalidSubmissionException) e).problems();
                    assertThat(problems).extracting(SubmissionProblem::path).containsExactly(
                            "/", "/facts/mentions/0/context", "/facts/quantities/0", "/facts/quantities/2",
                            "/facts/villageIncomes/0/incomeYuan", "/report/level", "/report/year");
                    assertThat(problems.get(0).problem()).contains("comment");
                    assertThat(problems.get(2).problem()).contains("value");
                    assertThat(problems.get(3).problem()).contains("upper");
                    assertThat(problems.get(6).problem()).contains("string found, integer expected");
                })
                .hasMessageStartingWith(submission("invalid.json") + ": invalid submission (7 problems): /: ")
                .hasMessageEndingWith("; fix them as docs/schema/submission.schema.json describes")
                .hasMessageNotContaining("\n");
    }

    @Test
    void conceptsMustBeThePacks() {
        String yaml = """
                report: {organisation: 某村党支部, level: VILLAGE, year: 2024}
                facts:
                  quantities:
                    - {concept: members.nwe, value: 2, unit: 人}
                  mentions:
                    - {concept: practice.sanhui_yike}
                    - {concept: practice.sanhui}
                """;
        assertThatThrownBy(() -> checker.check(yaml.getBytes(StandardCharsets.UTF_8), "typo.yaml"))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessage("typo.yaml: invalid submission (2 problems): "
                        + "/facts/quantities/0/concept: 'members.nwe' is not a quantity concept of the rule pack (see its lexicon.yaml); "
                        + "/facts/mentions/1/concept: 'practice.sanhui' is not a mention concept of the rule pack (see its lexicon.yaml); "
                        + "fix them as docs/schema/submission.schema.json describes");
    }

    @Test
    void brokenSyntaxSaysWhereAndYamlStaysData() {
        assertThatThrownBy(() -> checker.check("{\"report\": {\"year\": 2023,}}".getBytes(StandardCharsets.UTF_8), "bad.json"))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageStartingWith("bad.json: invalid submission (1 problem): /: not valid JSON at line 1, column ");
        String tagged = "report: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n";
        assertThatThrownBy(() -> checker.check(tagged.getBytes(StandardCharsets.UTF_8), "evil.yaml"))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("/report: ");
        String duplicate = "report: {organisation: a, level: VILLAGE, year: 2024}\nreport: {organisation: b, level: VILLAGE, year: 2024}\ntext: 正文\n";
        assertThatThrownBy(() -> checker.check(duplicate.getBytes(StandardCharsets.UTF_8), "twice.yaml"))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("Duplicate field 'report'");
    }

    /** Found by the fuzz tests' invariants: SZ-01's evidence pointed at 0–12 of a submission without text. */
    @Test
    void aSubmissionWithoutTextQuotesItsSectionsWithoutPointingPastTheText() {
        CheckResult r = checker.check(submission("001_facts.json"));

        assertThat(r.report().text()).isEmpty();
        assertThat(r.finding("SZ-01").orElseThrow().evidence()).singleElement()
                .satisfies(e -> assertThat(e.quote()).isEqualTo("二、存在的问题及原因分析"))
                .satisfies(e -> assertThat(e.end()).isZero());
    }

    @Test
    void plainReportsThatLookLikeNeitherStayText() {
        assertThat(checker.read(Corpus.seed("000")).format()).isEqualTo(InputFormat.TEXT);
        assertThat(checker.extract("---\n一、履职情况\n发展党员5名。".getBytes(StandardCharsets.UTF_8), "dash.txt").text())
                .contains("发展党员5名");
    }
}
