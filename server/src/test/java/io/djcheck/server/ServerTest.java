package io.djcheck.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.djcheck.Checker;
import io.djcheck.ingest.ReadLimits;
import io.djcheck.pack.RulePack;
import io.djcheck.result.CheckResult;
import io.djcheck.result.ResultJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The endpoints against real reports, through the JDK HttpClient; every response is validated against docs/openapi.yaml. */
class ServerTest {

    static final String TOKEN = "check-token-0123456789";
    static final String ADMIN = "admin-token-0123456789";
    static Checker checker;
    static DjcheckServer server;
    static Http http;

    @BeforeAll
    static void start() {
        RulePack pack = SharedChecker.PACK;
        checker = SharedChecker.get();
        server = DjcheckServer.builder(checker).port(0).threads(2).rulePack(pack)
                .tokens(Tokens.parse(List.of("# test tokens", TOKEN, "admin:" + ADMIN), "test")).build().start();
        http = new Http(server.port(), TOKEN);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** The CheckResult JSON without its timings, which differ from run to run. */
    static JsonNode withoutTimings(JsonNode result) {
        ObjectNode copy = result.deepCopy();
        copy.remove("timings");
        return copy;
    }

    @Test
    void checksEachSampleReportAsTheLibraryDoes() {
        for (int i = 0; i < 5; i++) {
            Path report = Http.report(i);
            String name = report.getFileName().toString();
            HttpResponse<String> r = http.post("/v1/check", "?name=" + name, Http.bytes(report));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            CheckResult expected = checker.check(Http.bytes(report), name);
            assertThat(withoutTimings(Http.json(r))).isEqualTo(withoutTimings(parse(ResultJson.toJson(expected))));
            JsonNode ruleset = Http.json(r).get("ruleset");
            assertThat(r.headers().firstValue(DjcheckServer.PACK_HEADER)).contains(ruleset.get("id").asText() + " "
                    + ruleset.get("version").asText() + " " + ruleset.get("sha256").asText());
        }
    }

    @Test
    void checksWordAndPdfUploadsTellingTheFormatFromTheContent() {
        for (String suffix : List.of(".docx", ".pdf", ".gb18030.txt")) {
            Path file = Http.FORMATS.resolve("001_a6f31e7c84c24bc8" + suffix);
            HttpResponse<String> r = http.postMultipart("/v1/check", "", List.of(file));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            JsonNode expected = parse(ResultJson.toJson(checker.check(Http.bytes(file), file.getFileName().toString())));
            assertThat(withoutTimings(Http.json(r))).isEqualTo(withoutTimings(expected));
        }
        // a raw body with a misleading Content-Type is still read as what it is
        Path docx = Http.FORMATS.resolve("000_9c5ce89756f0e5ee.docx");
        HttpResponse<String> raw = http.send("POST", "/v1/check", http.request("/v1/check")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofByteArray(Http.bytes(docx))).build());
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(Http.json(raw).get("score").asDouble()).isEqualTo(checker.check(docx).score());
    }

    @Test
    void checksAYamlSubmissionOfFactsAsTheLibraryDoes() {
        byte[] yaml = String.join("\n",
                "report: {organisation: 某某镇党委, level: TOWNSHIP, year: 2023, authorRole: 党委书记}",
                "facts:",
                "  quantities:",
                "    - {concept: committee.dj_sessions, value: 12, unit: 次, quote: 年内召开党建工作专题会议12场次}",
                "    - {concept: members.disciplined, value: 2, unit: 人, context: PROBLEM}",
                "  mentions:",
                "    - {concept: practice.sanhui_yike}",
                "  villageIncomes:",
                "    - {village: 东湾村, incomeYuan: 352000}",
                "    - {village: 石门村, incomeYuan: 96000}", "").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send("POST", "/v1/check", http.request("/v1/check?name=submission.yaml")
                .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofByteArray(yaml)).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(withoutTimings(Http.json(r))).isEqualTo(withoutTimings(parse(ResultJson.toJson(checker.check(yaml, "submission.yaml")))));
        assertThat(Http.json(r).get("findings").toString()).contains("ZR-01");
    }

    @Test
    void severalFilesAnswerOneJsonLinePerFileInOrderWithFailuresInPlace() {
        Path png = Path.of("target", "not-a-report.png");
        writePng(png);
        List<Path> files = List.of(Http.report(0), Http.FORMATS.resolve("002_ff416a81c317345d.docx"), png, Http.report(3));
        HttpResponse<String> r = http.postMultipart("/v1/check", "", files);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/x-ndjson"));
        List<String> lines = r.body().lines().toList();
        assertThat(lines).hasSize(4);
        for (int i : new int[]{0, 1, 3}) {
            JsonNode line = Http.JSON.valueToTree(parse(lines.get(i)));
            assertThat(line.get("source").asText()).isEqualTo(files.get(i).getFileName().toString());
            assertThat(line.get("score").asDouble()).isEqualTo(checker.check(files.get(i)).score());
        }
        JsonNode failed = parse(lines.get(2));
        assertThat(failed.get("source").asText()).isEqualTo("not-a-report.png");
        assertThat(failed.get("error").asText()).contains("not-a-report.png");
    }

    @Test
    void rendersHtmlAndXlsx() {
        HttpResponse<String> html = http.post("/v1/check", "?format=html", Http.bytes(Http.report(2)));
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("<html").contains("Content-Security-Policy");
        HttpResponse<byte[]> xlsx = http.postBytes("/v1/check?format=xlsx", Http.bytes(Http.report(2)));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type")).contains(DjcheckServer.XLSX);
        assertThat(Arrays.copyOf(xlsx.body(), 2)).isEqualTo(new byte[]{'P', 'K'});
        HttpResponse<String> bad = http.post("/v1/check", "?format=csv", Http.bytes(Http.report(2)));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Http.json(bad).get("message").asText()).contains("format=csv").contains("json, html, xlsx");
    }

    @Test
    void requestParamsAndProfilesApplyWithoutTouchingTheSharedChecker() {
        byte[] report = Http.bytes(Http.report(0));
        HttpResponse<String> r = http.post("/v1/check", "?param.committee_dj_sessions_min=40", report);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode expected = parse(ResultJson.toJson(checker.withParams(null, Map.of("committee_dj_sessions_min", 40.0)).check(report, "upload")));
        assertThat(withoutTimings(Http.json(r))).isEqualTo(withoutTimings(expected));
        assertThat(Http.json(r).at("/ruleset/params/committee_dj_sessions_min").asDouble()).isEqualTo(40.0);
        assertThat(checker.params().get("committee_dj_sessions_min")).isEqualTo(4.0);

        HttpResponse<String> profiled = http.post("/v1/check", "?profile=zhejiang-2024", report);
        assertThat(Http.json(profiled).at("/ruleset/profile").asText()).isEqualTo("zhejiang-2024");

        HttpResponse<String> unknown = http.post("/v1/check", "?param.no_such_param=1", report);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Http.json(unknown).get("message").asText()).contains("no_such_param").contains("/v1/rules");
        HttpResponse<String> notNumber = http.post("/v1/check", "?param.committee_dj_sessions_min=many", report);
        assertThat(notNumber.statusCode()).isEqualTo(400);
        assertThat(Http.json(notNumber).get("code").asText()).isEqualTo("bad-param");
        assertThat(http.post("/v1/check", "?profile=atlantis-2099", report).statusCode()).isEqualTo(400);
    }

    @Test
    void extractsExplainsAndListsTheRules() {
        byte[] report = Http.bytes(Http.report(1));
        HttpResponse<String> facts = http.post("/v1/extract", "?name=r1.txt", report);
        assertThat(facts.statusCode()).isEqualTo(200);
        assertThat(Http.json(facts)).isEqualTo(Http.JSON.valueToTree(parse(ResultJson.toJson(checker.extract(report, "r1.txt")))));

        HttpResponse<String> why = http.post("/v1/explain", "?rule=ZR-01&rule=JJ-01", report);
        assertThat(why.statusCode()).as(why.body()).isEqualTo(200);
        JsonNode first = Http.json(why).get("explanations").get(0);
        assertThat(first.get("ruleId").asText()).isEqualTo("ZR-01");
        assertThat(first.get("text").asText()).isEqualTo(checker.check(report, "upload").explain("ZR-01").orElseThrow().toText());
        HttpResponse<String> unknownRule = http.post("/v1/explain", "?rule=XX-99", report);
        assertThat(unknownRule.statusCode()).isEqualTo(404);
        assertThat(Http.json(unknownRule).get("message").asText()).contains("XX-99").contains("/v1/rules");
        assertThat(http.post("/v1/explain", "", report).statusCode()).isEqualTo(400);

        HttpResponse<String> rules = http.get("/v1/rules", "");
        assertThat(rules.statusCode()).isEqualTo(200);
        JsonNode pack = Http.json(rules);
        assertThat(pack.get("rules")).hasSize(checker.rules().size());
        assertThat(pack.get("sha256").asText()).isEqualTo(checker.pack().sha256());
        assertThat(pack.at("/profiles/zhejiang-2024/params/collective_income_min_yuan").asDouble()).isEqualTo(200000.0);
        assertThat(pack.at("/params/committee_dj_sessions_min").asDouble()).isEqualTo(4.0);
    }

    @Test
    void probesMetricsAndTheApiDocument() {
        Http anonymous = new Http(server.port(), null);
        assertThat(anonymous.get("/healthz", "").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = anonymous.get("/readyz", "");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(Http.json(ready).at("/pack/sha256").asText()).isEqualTo(checker.pack().sha256());
        HttpResponse<String> doc = anonymous.get("/v1/openapi.yaml", "");
        assertThat(doc.body()).isEqualTo(new String(Http.bytes(OpenApi.DOCUMENT), StandardCharsets.UTF_8));
        assertThat(anonymous.get("/metrics", "").statusCode()).isEqualTo(401);

        http.post("/v1/check", "", Http.bytes(Http.report(4)));
        HttpResponse<String> metrics = http.get("/metrics", "");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("djcheck_checks_total{grade=").contains("outcome=\"checked\"")
                .contains("djcheck_check_duration_seconds_bucket").contains("djcheck_requests_rejected_total{code=\"unauthorized\"");
    }

    @Test
    void refusesRequestsWithoutAValidTokenAndAdminEndpointsWithoutAnAdminToken() {
        byte[] report = Http.bytes(Http.report(0));
        HttpResponse<String> none = new Http(server.port(), null).post("/v1/check", "", report);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"djcheck\"");
        assertThat(Http.json(none).get("message").asText()).contains("Authorization: Bearer");
        assertThat(new Http(server.port(), TOKEN + "x").post("/v1/check", "", report).statusCode()).isEqualTo(401);
        HttpResponse<String> zh = new Http(server.port(), null).post("/v1/check", "?lang=zh", report);
        assertThat(Http.json(zh).get("message").asText()).contains("访问令牌").contains("Authorization: Bearer");
        assertThat(new Http(server.port(), "short").post("/v1/check", "", report).statusCode()).isEqualTo(401);
        HttpResponse<String> notAdmin = http.post("/v1/admin/reload", "", new byte[0]);
        assertThat(notAdmin.statusCode()).isEqualTo(403);
        assertThat(Http.json(notAdmin).get("message").asText()).contains("admin:TOKEN");
        HttpResponse<String> admin = new Http(server.port(), ADMIN).post("/v1/admin/reload", "", new byte[0]);
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(Http.json(admin).get("status").asText()).isEqualTo("UNCHANGED");
    }

    @Test
    void wrongTypesAndBrokenDocumentsGetTheirStatusCodes() {
        Path png = Path.of("target", "not-a-report.png");
        writePng(png);
        HttpResponse<String> image = http.post("/v1/check", "?name=photo.png", Http.bytes(png));
        assertThat(image.statusCode()).isEqualTo(415);
        assertThat(Http.json(image).get("message").asText()).contains("photo.png");

        byte[] docx = Http.bytes(Http.FORMATS.resolve("003_63944fab751146e4.docx"));
        HttpResponse<String> truncated = http.post("/v1/check", "?name=cut.docx", Arrays.copyOf(docx, docx.length / 2));
        assertThat(truncated.statusCode()).isEqualTo(422);
        assertThat(Http.json(truncated).get("code").asText()).isEqualTo("unreadable");
        assertThat(Http.json(truncated).get("message").asText()).contains("cut.docx");

        HttpResponse<String> empty = http.post("/v1/check", "", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(422);

        HttpResponse<String> submission = http.post("/v1/check", "?name=s.json",
                "{\"report\": {\"year\": \"twenty\"}}".getBytes(StandardCharsets.UTF_8));
        assertThat(submission.statusCode()).isEqualTo(422);
        assertThat(Http.json(submission).get("message").asText()).contains("/report/year");

        HttpResponse<byte[]> nowhere = http.postBytes("/v1/nothing-here", new byte[0]);
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(new String(nowhere.body(), StandardCharsets.UTF_8)).contains("/v1/openapi.yaml");
    }

    @Test
    void aNameIsOnlyALabelNeverAPathTheServerReads() {
        byte[] report = Http.bytes(Http.report(2));
        HttpResponse<String> r = http.post("/v1/check", "?name=../../../../etc/passwd", report);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Http.json(r).get("source").asText()).isEqualTo("passwd");
        assertThat(Http.json(r).get("score").asDouble()).isEqualTo(checker.check(report, "x").score());
    }

    @Test
    void aBodyCutShortIsABadRequestAndTheServerGoesOn() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                    + "\r\nContent-Length: 10000\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(Arrays.copyOf(Http.bytes(Http.report(0)), 3000));
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 400").contains("body-incomplete");
        }
        assertThat(http.post("/v1/check", "", Http.bytes(Http.report(0))).statusCode()).isEqualTo(200);
    }

    @Test
    void limitsAnswer413And422And504() throws Exception {
        Checker limited = Checker.builder().rulePack(RulePack.fromClasspath(Checker.DEFAULT_PACK))
                .limits(ReadLimits.defaults().withMaxBytes(1_000_000).withMaxPages(1)).build();
        try (DjcheckServer small = DjcheckServer.builder(limited).port(0).threads(1)
                .tokens(Tokens.parse(List.of(TOKEN), "test")).build().start()) {
            Http h = new Http(small.port(), TOKEN);
            byte[] big = new byte[1_500_000];
            Arrays.fill(big, (byte) 'a');
            HttpResponse<String> tooLarge = h.post("/v1/check", "?name=big.txt", big);
            assertThat(tooLarge.statusCode()).isEqualTo(413);
            assertThat(Http.json(tooLarge).get("message").asText()).contains("big.txt").contains("--max-size");
            HttpResponse<String> tooLargeZh = h.post("/v1/check", "?name=big.txt&lang=zh", big);
            assertThat(Http.json(tooLargeZh).get("message").asText()).contains("big.txt").contains("上限").contains("--max-size");
            // without a Content-Length (chunked), the body is cut off at the limit
            HttpResponse<String> chunked = h.send("POST", "/v1/check", h.request("/v1/check")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build());
            assertThat(chunked.statusCode()).isEqualTo(413);
            Path bigFile = java.nio.file.Files.write(java.nio.file.Files.createTempFile("djcheck-big", ".bin"), big);
            HttpResponse<String> multipart = h.postMultipart("/v1/check", "", List.of(bigFile));
            assertThat(multipart.statusCode()).isEqualTo(413);

            // a 413 sent before the body is read closes that connection; a new client cannot pick up the closed one
            HttpResponse<String> pages = new Http(small.port(), TOKEN).post("/v1/check", "?name=long.pdf",
                    Http.bytes(Http.FORMATS.resolve("000_9c5ce89756f0e5ee.pdf")));
            assertThat(pages.statusCode()).isEqualTo(422);
            assertThat(Http.json(pages).get("code").asText()).isEqualTo("limit-exceeded");
            assertThat(Http.json(pages).get("message").asText()).contains("long.pdf").contains("--max-pages");
        }
        try (DjcheckServer hurried = DjcheckServer.builder(checker).port(0).threads(1).timeout(Duration.ofMillis(1))
                .tokens(Tokens.parse(List.of(TOKEN), "test")).build().start()) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                all.append(new String(Http.bytes(Http.report(i)), StandardCharsets.UTF_8)).append('\n');
            }
            HttpResponse<String> slow = new Http(hurried.port(), TOKEN).post("/v1/check", "?name=all.txt",
                    all.toString().getBytes(StandardCharsets.UTF_8));
            assertThat(slow.statusCode()).isEqualTo(504);
            assertThat(Http.json(slow).get("message").asText()).contains("all.txt").contains("--timeout");
        }
    }

    static JsonNode parse(String json) {
        try {
            return Http.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(json, e);
        }
    }

    static void writePng(Path png) {
        try {
            java.nio.file.Files.createDirectories(png.getParent());
            byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1};
            java.nio.file.Files.write(png, header);
            byte[] big = new byte[1_500_000];
            Arrays.fill(big, (byte) 'a');
            java.nio.file.Files.write(Path.of("target", "big.bin"), big);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
