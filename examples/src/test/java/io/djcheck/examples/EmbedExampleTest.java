package io.djcheck.examples;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EmbedExampleTest {

    @Test
    void printsScoreGradeAndFailedFindingsOfABundledReport() {
        Path report = Path.of("reports/001_a6f31e7c84c24bc8.txt");
        assertThat(Files.exists(report)).as("run from the examples module").isTrue();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        EmbedExample.run(report, new PrintStream(buf, true, StandardCharsets.UTF_8));
        String out = buf.toString(StandardCharsets.UTF_8);
        assertThat(out).startsWith(report + ": ").contains(" 分, ")
                .contains("JJ-01").contains("至少有7个村集体经济收入低于100000元")
                .contains("DY-03").doesNotContain("SZ-01");
    }
}
