package io.djcheck.pack;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A YAML slip explained in plain words also says which explanation it is ({@link PackProblem#DETAIL})
 * and keeps the parser's words apart, so an application can give the explanation in its own language.
 */
class YamlSlipParamsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "rules:\\n  - id: [\\n                          | unclosed-bracket",
            "rules:\\n  - id: XX-01\\n    title: \"不闭合\\n   | unclosed-quote",
            "rules:\\n  - id: XX-01\\n    title: 测试规则\\n     category: 组织生活\\n | misaligned",
    })
    void theSlipNamesItsExplanation(String yaml, String detail) {
        Problems problems = new Problems();
        YamlNode.parse("rules/xx.yaml", yaml.replace("\\n", "\n"), problems);
        assertThat(problems.list()).hasSize(1);
        PackProblem p = problems.list().get(0);
        assertThat(p.code()).isEqualTo("yaml-syntax");
        assertThat(p.params()).containsEntry(PackProblem.DETAIL, detail).containsKey("parser");
        assertThat(p.message()).contains("[" + p.params().get("parser") + "]");
    }
}
