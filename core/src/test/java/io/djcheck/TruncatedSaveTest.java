package io.djcheck;

import io.djcheck.pack.PackProblem;
import io.djcheck.pack.RulePack;
import io.djcheck.testing.Packs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule file cut off mid-save must not silently drop its rules from the pack being served: the
 * reload is refused until the file is saved whole; a rule removed on purpose goes.
 */
class TruncatedSaveTest {

    private static final String TWO_RULES = """
            rules:
              - id: XX-01
                title: 有存在问题部分
                category: 述职规范
                severity: MINOR
                check: {section: PROBLEMS}
              - id: XX-02
                title: 有下一步打算
                category: 述职规范
                severity: MINOR
                check: {section: NEXT_STEPS}
            """;

    @Test
    void aFileCutBetweenRulesIsRefusedAndASaveOnPurposeIsTaken(@TempDir Path dir) throws IOException {
        Packs.copyDefault(dir);
        Path file = dir.resolve("rules/xx.yaml");
        Files.writeString(file, TWO_RULES);
        Checker checker = Checker.builder().rulePack(RulePack.fromDirectory(dir)).build();
        assertThat(checker.rules()).extracting(r -> r.id()).contains("XX-01", "XX-02");

        String cut = TWO_RULES.substring(0, TWO_RULES.indexOf("  - id: XX-02")).stripTrailing();
        Files.writeString(file, cut);                                  // as a save cut short leaves it
        Checker.Reload refused = checker.reload();
        assertThat(refused.status()).isEqualTo(Checker.ReloadStatus.FAILED);
        assertThat(refused.problems()).extracting(PackProblem::code).containsExactly("truncated-file");
        assertThat(refused.problems().get(0).message()).contains("lost rule XX-02", "save the file again whole");
        assertThat(checker.rules()).extracting(r -> r.id()).contains("XX-02");

        Files.writeString(file, cut + "\n");                           // the editor removed XX-02 on purpose
        assertThat(checker.reload().status()).isEqualTo(Checker.ReloadStatus.RELOADED);
        assertThat(checker.rules()).extracting(r -> r.id()).contains("XX-01").doesNotContain("XX-02");

        Files.writeString(file, "");                                   // emptied: an error, whatever the line ends
        assertThat(checker.reload().problems()).extracting(PackProblem::code).containsExactly("empty-rule-file");
        Files.delete(file);                                            // the file deleted: its rules go
        assertThat(checker.reload().status()).isEqualTo(Checker.ReloadStatus.RELOADED);
        assertThat(checker.rules()).extracting(r -> r.id()).doesNotContain("XX-01");
    }
}
