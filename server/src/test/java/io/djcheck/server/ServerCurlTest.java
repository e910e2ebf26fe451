package io.djcheck.server;

import io.djcheck.Checker;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** src/test/sh/curl-test.sh — the README's curl usage — against a real server; skipped without curl. */
class ServerCurlTest {

    @Test
    void curlExamplesWork() throws Exception {
        assumeTrue(List.of("/usr/bin/curl", "/bin/curl", "/usr/local/bin/curl").stream().anyMatch(p -> Files.isExecutable(Path.of(p))),
                "curl is not installed: the curl test is skipped");
        String token = "curl-token-0123456789";
        Checker checker = SharedChecker.get();
        try (DjcheckServer server = DjcheckServer.builder(checker).port(0).threads(2)
                .rulePack(SharedChecker.PACK)
                .tokens(Tokens.parse(List.of("admin:" + token), "test")).build().start()) {
            Process p = new ProcessBuilder("bash", "src/test/sh/curl-test.sh", "http://127.0.0.1:" + server.port(), token,
                    Http.REPORTS.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            assertThat(out).contains("ok 200 check").contains("ok 2 JSON lines");
        }
    }
}
