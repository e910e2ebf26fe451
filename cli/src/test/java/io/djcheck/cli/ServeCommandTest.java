package io.djcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.djcheck.server.DjcheckServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code djcheck serve}: the README's curl call answers the same findings as {@code djcheck check}. */
class ServeCommandTest {

    static final String REPORT = "../examples/reports/000_9c5ce89756f0e5ee.txt";

    @Test
    void serveAnswersTheSameFindingsAsCheck() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
        CompletableFuture<Integer> serving = CompletableFuture.supplyAsync(
                () -> DjcheckCommand.run(new String[]{"serve", "--lang", "en", "--port", "0", "--threads", "2"}, console, false));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!out.toString(StandardCharsets.UTF_8).contains("stop with Ctrl-C")) {
            assertThat(serving).as("serve stopped early: " + out).isNotDone();
            assertThat(System.nanoTime()).as("serve did not start in 60 s").isLessThan(deadline);
            Thread.sleep(20);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        Matcher port = Pattern.compile("serving on http://127\\.0\\.0\\.1:(\\d+)").matcher(printed);
        Matcher token = Pattern.compile("token: (\\S+)").matcher(printed);
        assertThat(port.find() && token.find()).as(printed).isTrue();
        DjcheckServer server = ServeCommand.RUNNING.get();
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port.group(1) + "/v1/check"))
                    .header("Authorization", "Bearer " + token.group(1))
                    .POST(HttpRequest.BodyPublishers.ofFile(Path.of(REPORT))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);

            Cli.Run cli = Cli.run("check", "--format", "json", REPORT);
            assertThat(cli.exitCode()).isZero();
            ObjectMapper json = new ObjectMapper();
            JsonNode served = json.readTree(r.body());
            JsonNode checked = json.readTree(cli.out());
            for (String field : new String[]{"sha256", "ruleset", "score", "grade", "categories", "findings", "report"}) {
                assertThat(served.get(field)).as(field).isEqualTo(checked.get(field));
            }
        } finally {
            server.stop();
        }
        assertThat(serving.get(60, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void badSetupsAreUsageErrorsNamingWhatToFix(@TempDir Path dir) throws Exception {
        Path tokens = dir.resolve("tokens.txt");
        Files.writeString(tokens, "# tokens\nadmin:short\n");
        Cli.Run bad = Cli.run("serve", "--port", "0", "--token-file", tokens.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).contains("tokens.txt:2").contains("at least 16 characters");

        Cli.Run watch = Cli.run("serve", "--port", "0", "--watch");
        assertThat(watch.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(watch.err()).contains("--watch needs --rules DIR");
    }
}
