package io.djcheck.dist;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule editor with only the shipped jar: init a pack, edit a threshold, lint, test for CI, and see
 * what the edit changes on a report — each step a process on cli/target/djcheck.jar.
 */
class RuleEditorJarTest {

    @Test
    void initEditLintTestJunitAndDiffThroughTheJar(@TempDir Path dir) throws IOException {
        Shipped.sample(dir, "report.txt");
        Shipped.Run init = Shipped.jar(dir, "rules", "init", "mine");
        assertThat(init.exitCode()).as(init.toString()).isZero();

        Path params = dir.resolve("mine/params.yaml");
        Files.writeString(params, Files.readString(params)
                .replace("committee_dj_sessions_min: 4 ", "committee_dj_sessions_min: 6 "));
        Shipped.Run lint = Shipped.jar(dir, "rules", "lint", "mine");
        assertThat(lint.exitCode()).as(lint.toString()).isZero();
        assertThat(lint.out()).startsWith("OK");

        Shipped.Run junit = Shipped.jar(dir, "rules", "test", "--format", "junit", "mine");
        assertThat(junit.out()).startsWith("<?xml").contains("<testsuite name=\"tests/zeren.yaml\"");
        assertThat(junit.exitCode()).as("a default case pins the old threshold in its message").isEqualTo(1);

        Shipped.Run diff = Shipped.jar(dir, "rules", "diff", "default", "mine", "report.txt");
        assertThat(diff.exitCode()).as(diff.toString()).isZero();
        assertThat(diff.out()).contains("param committee_dj_sessions_min: 4 → 6", "of 1 report");
        Shipped.assertNoStackTrace(diff);
    }
}
