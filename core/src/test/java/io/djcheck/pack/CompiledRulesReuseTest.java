package io.djcheck.pack;

import io.djcheck.engine.RuleCompiler;
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
        LoadedPack original = PackLoader.load(Packs.defaultWith(Map.of()), RuleCompiler.DEFAULT_MAX_FIRINGS);
        LoadedPack threshold = PackLoader.load(Packs.defaultWith(Map.of("params.yaml",
                edited("params.yaml", "members_disciplined_max: 0", "members_disciplined_max: 3"))),
                RuleCompiler.DEFAULT_MAX_FIRINGS);
        LoadedPack rule = PackLoader.load(Packs.defaultWith(Map.of("rules/duiwu.yaml",
                edited("rules/duiwu.yaml", "op: \">=\", param: new_members_min", "op: \">\", param: new_members_min"))),
                RuleCompiler.DEFAULT_MAX_FIRINGS);

        assertThat(threshold.info().sha256()).isNotEqualTo(original.info().sha256());
        assertThat(threshold.compiled().sharesRulesWith(original.compiled())).isTrue();
        assertThat(threshold.params().resolve(null, Map.of())).containsEntry("members_disciplined_max", 3.0);
        assertThat(rule.compiled().sharesRulesWith(original.compiled())).isFalse();
    }
}
