package io.djcheck.rules;

import io.djcheck.testing.Packs;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pack whose DRL is unchanged (an edited threshold, lexicon word or scoring weight) reuses the
 * compiled rules; any edit that changes the DRL compiles again.
 */
class CompiledRulesReuseTest {

    private static String edited(String file, String from, String to) {
        String text = Packs.defaultFiles().get(file);
        assertThat(text).contains(from);
        return text.replace(from, to);
    }

    @Test
    void aThresholdEditKeepsTheCompiledRulesAndARuleEditDoesNot() {
        CompiledPack original = PackCompiler.compile(Packs.defaultWith(Map.of()), PackCompiler.DEFAULT_MAX_FIRINGS);
        CompiledPack threshold = PackCompiler.compile(Packs.defaultWith(Map.of("params.yaml",
                edited("params.yaml", "members_disciplined_max: 0", "members_disciplined_max: 3"))),
                PackCompiler.DEFAULT_MAX_FIRINGS);
        CompiledPack rule = PackCompiler.compile(Packs.defaultWith(Map.of("rules/duiwu.yaml",
                edited("rules/duiwu.yaml", "op: \">=\", param: new_members_min", "op: \">\", param: new_members_min"))),
                PackCompiler.DEFAULT_MAX_FIRINGS);

        assertThat(threshold.info().sha256()).isNotEqualTo(original.info().sha256());
        assertThat(threshold.kieBase()).isSameAs(original.kieBase());
        assertThat(threshold.params().resolve(null, Map.of())).containsEntry("members_disciplined_max", 3.0);
        assertThat(rule.kieBase()).isNotSameAs(original.kieBase());
    }
}
