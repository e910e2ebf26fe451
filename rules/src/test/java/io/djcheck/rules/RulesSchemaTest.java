package io.djcheck.rules;

import io.djcheck.pack.PackProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.djcheck.Checker;
import io.djcheck.testing.Corpus;
import io.djcheck.testing.Packs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/schema/rules.schema.json describes the YAML rule format the reader accepts: the default pack's
 * rule files are valid against it, and each broken rule below is refused by both the schema and
 * {@code djcheck rules lint}, so the two cannot drift apart.
 */
class RulesSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = Files.newInputStream(Corpus.root().resolve("docs/schema/rules.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static JsonNode tree(String yaml) {
        Object data = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        return JSON.valueToTree(data);
    }

    static Stream<Path> defaultRuleFiles() throws IOException {
        return Files.list(Corpus.defaultPackDir().resolve("rules")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defaultRuleFiles")
    void theDefaultPacksRuleFilesAreValid(Path file) throws IOException {
        Set<ValidationMessage> errors = schema.validate(tree(Files.readString(file)));
        assertThat(errors).as(file.getFileName().toString()).isEmpty();
    }

    private static final String RULE = """
            rules:
              - id: XX-01
                title: 测试规则
                category: 组织生活
                severity: MINOR
                check:
                  %s
            """;

    /** Rules that both the schema and the reader must refuse. */
    static Stream<String> brokenRules() {
        return Stream.of(
                RULE.formatted("mention: practice.sanhui_yike").replace("severity: MINOR", "severity: HIGH"),
                RULE.formatted("mention: practice.sanhui_yike").replace("    title: 测试规则\n", ""),
                RULE.formatted("mention: practice.sanhui_yike").replace("XX-01", "XX 01"),
                RULE.formatted("mention: practice.sanhui_yike") + "    sevrity: MINOR\n",
                RULE.formatted("mention: practice.sanhui_yike") + "    deduction: -1\n",
                RULE.formatted("mention: practice.sanhui_yike") + "    messages: {FAILED: x}\n",
                RULE.formatted("section: PROBLEMS\n      genre: DUTY_REPORT"),
                RULE.formatted("section: PROBLEM"),
                RULE.formatted("genre: DUTY"),
                RULE.formatted("all: []"),
                RULE.formatted("quantity: {concept: members.new, op: \">=\"}"),
                RULE.formatted("quantity: {concept: members.new, op: \"=>\", param: new_members_min}"),
                RULE.formatted("quantity: {concept: members.new, annual: yes please, op: \">=\", param: new_members_min}"),
                RULE.formatted("quantity: {concept: members.new, op: \">=\", value: 3}"),
                RULE.formatted("quantity: {concept: members.new, contexts: [DONE]}"),
                RULE.formatted("count: {of: quantities, param: min_quantified_facts}"),
                RULE.formatted("count: {of: numbers, op: \">=\", param: min_quantified_facts}"),
                RULE.formatted("absent: placeholder"),
                RULE.formatted("absent: {of: formatIssues, kind: [ORDINAL_SKIP]}"),
                RULE.formatted("mention: {concept: practice.sanhui_yike, PROBLEM: BAD}"),
                RULE.formatted("frobnicate: practice.sanhui_yike"),
                RULE.formatted("absent: {of: placeholders, concept: members.new}"),
                RULE.formatted("count: {of: quantities, kind: ORDINAL_GAP, op: \">=\", param: min_quantified_facts}"),
                "- id: XX-01\n");
    }

    @ParameterizedTest
    @MethodSource("brokenRules")
    void aBrokenRuleIsRefusedByTheSchemaAndByLint(String yaml) {
        assertThat(schema.validate(tree(yaml))).as("schema errors for:\n" + yaml).isNotEmpty();
        List<PackProblem> problems = Checker.validate(Packs.defaultWith(Map.of("rules/xx.yaml", yaml)));
        assertThat(problems).as("lint problems for:\n" + yaml).isNotEmpty()
                .allSatisfy(p -> assertThat(p.file()).isEqualTo("rules/xx.yaml"));
    }

    @Test
    void everyFormOfCheckIsValid() {
        String yaml = """
                rules:
                  - id: XX-01
                    title: 每种检查
                    category: 组织生活
                    severity: VETO
                    basis: 测试
                    suggestion: 测试
                    deduction: 3
                    messages: {PASS: "{actual} {expected} {quote}", FAIL: "{new_members_min}", NOT_EVIDENCED: 无}
                    check:
                      any:
                        - all:
                            - mention: [practice.sanhui_yike, practice.zhuti_dangri]
                            - mention: {concept: practice.diyi_yiti, PLANNED: PASS, PROBLEM: FAIL}
                            - not: {section: [PROBLEMS, CAUSES]}
                        - quantity: members.new
                        - quantity: {concept: "training.*", annual: true, op: ">=", param: new_members_min, contexts: AFFIRMED}
                        - genre: [DUTY_REPORT, WORK_REPORT]
                        - count: {of: formatIssues, kind: ORDINAL_GAP, op: "<", param: min_quantified_facts}
                        - count: {of: quantities, concept: [members.new], masked: true, op: ">=", param: new_members_min}
                        - absent: {of: mentions, concept: practice.dangfei}
                        - absent: placeholders
                """;
        assertThat(schema.validate(tree(yaml))).isEmpty();
        assertThat(Checker.validate(Packs.defaultWith(Map.of("rules/xx.yaml", yaml)))).isEmpty();
    }
}
