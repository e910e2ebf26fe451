package io.djcheck.dist;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Start-up: the shipped jar checking one .txt loads only what that needs — no class of the Word and
 * PDF readers, of Jackson (JSON submissions, JSON output), of the server or the progress bar, and
 * picocli's model of the check verb only. Read from the JVM's own class-loading log.
 */
class TextCheckLoadsLittleTest {

    private static final List<String> NOT_FOR_A_TEXT = List.of("org.apache.poi.", "org.apache.pdfbox.", "org.apache.fontbox.",
            "org.apache.xmlbeans.", "com.fasterxml.jackson.", "com.networknt.", "io.javalin.", "org.eclipse.jetty.",
            "me.tongfei.progressbar.", "io.djcheck.render.Xlsx", "io.djcheck.render.Html", "io.djcheck.render.Docx",
            "io.djcheck.cli.ServeCommand", "io.djcheck.cli.RulesLintCommand", "io.djcheck.cli.ExtractCommand");

    @Test
    void checkingOneTextLoadsNoReaderOfOtherFormatsNorJacksonNorOtherVerbs(@TempDir Path dir) throws IOException {
        Shipped.sample(dir, "report.txt");
        Path log = dir.resolve("classes.log");
        Shipped.Run run = Shipped.jar(dir, List.of("-Xlog:class+load=info:file=" + log), "check", "report.txt");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("━━ report.txt ━━");
        List<String> loaded = Files.readAllLines(log).stream()
                .map(l -> l.replaceFirst("^.*?\\[class,load\\]\\s+", "").replaceFirst("\\s.*$", "")).toList();
        assertThat(loaded).as("the log names what a check needs").contains("io.djcheck.cli.CheckCommand", "io.djcheck.Checker")
                .anyMatch(c -> c.startsWith("org.drools."));
        for (String prefix : NOT_FOR_A_TEXT) {
            assertThat(loaded).as("loaded for a .txt, though it needs none of " + prefix).noneMatch(c -> c.startsWith(prefix));
        }
    }
}
