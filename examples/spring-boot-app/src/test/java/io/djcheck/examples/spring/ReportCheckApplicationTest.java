package io.djcheck.examples.spring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.djcheck.Checker;
import io.djcheck.result.CheckResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The example application starts, checks a real report through its controller, and /actuator/health shows the pack. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportCheckApplicationTest {

    static final Path REPORT = Path.of("..", "reports", "001_a6f31e7c84c24bc8.txt");
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    Checker checker;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void checksAReportThroughTheController() throws Exception {
        HttpResponse<String> r = upload("/reports", REPORT);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode summary = JSON.readTree(r.body());
        CheckResult expected = checker.check(REPORT);
        assertThat(summary.get("source").asText()).isEqualTo("001_a6f31e7c84c24bc8.txt");
        assertThat(summary.get("score").asDouble()).isEqualTo(expected.score());
        assertThat(summary.get("grade").asText()).isEqualTo(expected.gradeLabel());
        assertThat(summary.get("problems")).hasSize((int) expected.findings().stream()
                .filter(f -> f.status() != io.djcheck.model.Status.PASS).count());

        HttpResponse<String> full = upload("/reports?full=true", REPORT);
        assertThat(JSON.readTree(full.body()).at("/ruleset/sha256").asText()).isEqualTo(checker.pack().sha256());

        Path png = Files.createTempFile("photo", ".png");
        Files.write(png, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        HttpResponse<String> image = upload("/reports", png);
        assertThat(image.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(image.body()).get("message").asText()).contains(png.getFileName().toString());
    }

    @Test
    void healthShowsThePackAndMetricsCountChecks() throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode djcheck = JSON.readTree(health.body()).at("/components/djcheck");
        assertThat(djcheck.get("status").asText()).isEqualTo("UP");
        assertThat(djcheck.at("/details/pack").asText()).isEqualTo("djcheck-default");
        assertThat(djcheck.at("/details/version").asText()).isEqualTo("1.0.0");
        assertThat(djcheck.at("/details/sha256").asText()).isEqualTo(checker.pack().sha256());

        upload("/reports", REPORT);
        HttpResponse<String> metric = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/actuator/metrics/djcheck.checks")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(metric.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(metric.body()).at("/measurements/0/value").asDouble()).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void runsOnCoresJackson() {
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.getMinorVersion()).isEqualTo(21);
    }

    private HttpResponse<String> upload(String path, Path file) throws IOException, InterruptedException {
        String boundary = "djcheck-example-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(Files.readAllBytes(file));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
