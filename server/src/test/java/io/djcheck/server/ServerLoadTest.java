package io.djcheck.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.djcheck.Checker;
import io.djcheck.pack.RulePack;
import io.djcheck.result.CheckResult;
import io.djcheck.result.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 32 client threads check the sample reports while the pack is edited and reloaded through the
 * admin endpoint halfway: no request fails, and each response's findings are exactly those of the
 * pack version its header and its ruleset name. A broken edit then keeps the last good pack serving.
 */
class ServerLoadTest {

    static final int CLIENTS = 32;
    static final int REQUESTS_EACH = 5;

    @Test
    void reloadUnderLoadServesEveryRequestWithOneConsistentPack(@TempDir Path root) throws Exception {
        Path dir = root.resolve("pack");
        copyDefaultPack(dir);
        Checker checker = Checker.builder().rulePack(RulePack.fromDirectory(dir)).build();
        String token = "load-token-0123456789";
        List<Path> reports = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            reports.add(Http.report(i));
        }
        Map<String, Map<String, String>> expected = new ConcurrentHashMap<>();   // pack sha256 -> report -> findings
        String oldSha = checker.pack().sha256();
        expected.put(oldSha, expectations(checker, reports));
        // the edit made halfway, prepared on a copy: a stricter threshold and a new version
        Path editedDir = root.resolve("edited");
        copyDefaultPack(editedDir);
        edit(editedDir);
        Checker edited = Checker.builder().rulePack(RulePack.fromDirectory(editedDir)).build();
        expected.put(edited.pack().sha256(), expectations(edited, reports));
        assertThat(expected.get(edited.pack().sha256())).as("the edit changes findings, so a mixed-up response would show")
                .isNotEqualTo(expected.get(oldSha));
        CountDownLatch reloaded = new CountDownLatch(1);

        try (DjcheckServer server = DjcheckServer.builder(checker).port(0).threads(2)
                .tokens(Tokens.parse(List.of("admin:" + token), "test")).build().start()) {
            Http http = new Http(server.port(), token);
            int total = CLIENTS * REQUESTS_EACH;
            CountDownLatch half = new CountDownLatch(total / 2);
            AtomicInteger errors = new AtomicInteger();
            List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
            Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                done.add(clients.submit(() -> {
                    for (int i = 0; i < REQUESTS_EACH; i++) {
                        if (i == REQUESTS_EACH - 1 && !reloaded.await(5, TimeUnit.MINUTES)) {   // each client's last check: after the reload
                            problems.add("no reload within 5 minutes");
                        }
                        Path report = reports.get((client + i) % reports.size());
                        try {
                            HttpResponse<String> r = http.post("/v1/check", "?name=" + report.getFileName(), Http.bytes(report));
                            if (r.statusCode() != 200) {
                                errors.incrementAndGet();
                                problems.add(r.statusCode() + " " + r.body());
                                continue;
                            }
                            JsonNode json = Http.json(r);
                            String sha = json.at("/ruleset/sha256").asText();
                            String header = r.headers().firstValue(DjcheckServer.PACK_HEADER).orElse("");
                            if (!header.endsWith(" " + sha) || !header.contains(" " + json.at("/ruleset/version").asText() + " ")) {
                                problems.add("header " + header + " but ruleset " + json.get("ruleset"));
                            }
                            seen.computeIfAbsent(json.at("/ruleset/version").asText(), v -> new AtomicInteger()).incrementAndGet();
                            Map<String, String> forPack = expected.get(sha);
                            if (forPack == null) {
                                problems.add("a response from an unknown pack " + sha);
                                continue;
                            }
                            String want = forPack.get(report.getFileName().toString());
                            if (!want.equals(findings(json))) {
                                problems.add(report.getFileName() + " on " + sha + ": " + findings(json) + " != " + want);
                            }
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                            problems.add(e.toString());
                        } finally {
                            half.countDown();
                        }
                    }
                    return null;
                }));
            }
            assertThat(half.await(5, TimeUnit.MINUTES)).isTrue();
            edit(dir);
            HttpResponse<String> reload = new Http(server.port(), token).post("/v1/admin/reload", "", new byte[0]);
            assertThat(reload.statusCode()).as(reload.body()).isEqualTo(200);
            assertThat(Http.json(reload).get("status").asText()).isEqualTo("RELOADED");
            assertThat(Http.json(reload).at("/serving/sha256").asText()).isEqualTo(edited.pack().sha256());
            reloaded.countDown();
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
            clients.shutdown();
            assertThat(problems).isEmpty();
            assertThat(errors).hasValue(0);
            assertThat(seen.get("1.0.0")).isNotNull();
            // requests after the reload see the new pack
            HttpResponse<String> after = http.post("/v1/check", "", Http.bytes(reports.get(0)));
            assertThat(Http.json(after).at("/ruleset/version").asText()).isEqualTo("1.0.1");
            assertThat(seen.get("1.0.1")).as("responses checked with the reloaded pack during the load").isNotNull();

            // a broken edit: refused, and the last good pack keeps serving
            Files.writeString(dir.resolve("rules/broken.yaml"), "rules:\n  - id: BR-01\n    check: {mention: {concept: practice.nothing}}\n");
            HttpResponse<String> refused = new Http(server.port(), token).post("/v1/admin/reload", "", new byte[0]);
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(Http.json(refused).get("status").asText()).isEqualTo("FAILED");
            assertThat(Http.json(refused).get("problems").toString()).contains("rules/broken.yaml");
            HttpResponse<String> still = http.post("/v1/check", "", Http.bytes(reports.get(1)));
            assertThat(still.statusCode()).isEqualTo(200);
            assertThat(Http.json(still).at("/ruleset/sha256").asText()).isEqualTo(edited.pack().sha256());
            assertThat(http.get("/metrics", "").body()).contains("djcheck_reloads_total{status=\"FAILED\"}")
                    .contains("djcheck_reloads_total{status=\"RELOADED\"}");
        }
    }

    /** The findings of each report under {@code checker}'s pack, as "RULE=STATUS ..." plus the score. */
    static Map<String, String> expectations(Checker checker, List<Path> reports) {
        Map<String, String> out = new ConcurrentHashMap<>();
        for (Path r : reports) {
            CheckResult result = checker.check(Http.bytes(r), r.getFileName().toString());
            StringBuilder sb = new StringBuilder();
            for (Finding f : result.findings()) {
                sb.append(f.ruleId()).append('=').append(f.status()).append(' ');
            }
            out.put(r.getFileName().toString(), sb.append(result.score()).toString());
        }
        return out;
    }

    static String findings(JsonNode json) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode f : json.get("findings")) {
            sb.append(f.get("ruleId").asText()).append('=').append(f.get("status").asText()).append(' ');
        }
        return sb.append(json.get("score").asDouble()).toString();
    }

    static void copyDefaultPack(Path dir) throws IOException {
        RulePack pack = RulePack.fromClasspath(Checker.DEFAULT_PACK);
        for (String p : pack.paths()) {
            Path target = dir.resolve(p);
            Files.createDirectories(target.getParent());
            Files.writeString(target, pack.text(p), StandardCharsets.UTF_8);
        }
    }

    static void edit(Path pack) throws IOException {
        replace(pack.resolve("params.yaml"), "committee_dj_sessions_min: 4 ", "committee_dj_sessions_min: 40 ");
        replace(pack.resolve("pack.yaml"), "version: 1.0.0", "version: 1.0.1");
    }

    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
