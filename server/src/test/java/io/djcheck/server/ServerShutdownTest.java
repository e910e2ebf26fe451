package io.djcheck.server;

import io.djcheck.Checker;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Stopping finishes the requests in flight: a report whose upload is half sent when stop() (or
 * SIGTERM, through the shutdown hook) comes is still checked and answered; new requests are refused.
 */
class ServerShutdownTest {

    static final String TOKEN = "stop-token-0123456789";

    @Test
    void stopFinishesTheRequestInFlightAndRefusesNewOnes() throws Exception {
        Checker checker = SharedChecker.get();
        DjcheckServer server = DjcheckServer.builder(checker).port(0).threads(1)
                .tokens(Tokens.parse(List.of(TOKEN), "test")).build().start();
        int port = server.port();
        byte[] report = Http.bytes(Http.report(0));
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = sendHalf(socket, report);
            waitFor(() -> server.inFlight() == 1, "the half-sent request to be in flight");
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
            waitFor(() -> readyStatus(port) == 503, "readyz to say the server is stopping");
            HttpResponse<String> refused = new Http(port, TOKEN).post("/v1/check", "", report);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(Http.json(refused).get("code").asText()).isEqualTo("shutting-down");
            assertThat(stopping).isNotDone();

            out.write(report, report.length / 2, report.length - report.length / 2);
            out.flush();
            String response = readResponse(socket.getInputStream());
            assertThat(response).startsWith("HTTP/1.1 200").contains("\"ruleset\"")
                    .contains("\"score\" : " + fmt(checker.check(report, "x").score()));
            stopping.get(30, TimeUnit.SECONDS);
        }
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    void sigtermStopsTheServerGracefullyThroughTheShutdownHook() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                ServerTestMain.class.getName(), TOKEN).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line;
            int port = -1;
            while ((line = lines.readLine()) != null) {            // ends when the process does
                if (line.startsWith("PORT ")) {
                    port = Integer.parseInt(line.substring(5).strip());
                    break;
                }
            }
            assertThat(port).as("the server printed its port").isPositive();
            byte[] report = Http.bytes(Http.report(3));
            Http http = new Http(port, TOKEN);
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(30_000);
                OutputStream out = sendHalf(socket, report);
                // the in-flight gauge counts the metrics request itself too
                waitFor(() -> http.get("/metrics", "").body().contains("djcheck_requests_in_flight 2.0"),
                        "the half-sent request to be in flight");
                p.destroy();                                       // SIGTERM
                waitFor(() -> readyStatus(http) == 503, "readyz to say the server is stopping");
                out.write(report, report.length / 2, report.length - report.length / 2);
                out.flush();
                String response = readResponse(socket.getInputStream());
                assertThat(response).startsWith("HTTP/1.1 200").contains("\"ruleset\"");
            }
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("the server exits after its drain").isTrue();
            assertThat(p.exitValue()).isEqualTo(143);               // 128 + SIGTERM, after the hook ran
        } finally {
            p.destroyForcibly();
        }
    }

    private static OutputStream sendHalf(Socket socket, byte[] report) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(("POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                + "\r\nContent-Type: text/plain\r\nContent-Length: " + report.length + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(report, 0, report.length / 2);
        out.flush();
        return out;
    }

    private static String readResponse(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static int readyStatus(int port) {
        return readyStatus(new Http(port, null));
    }

    private static int readyStatus(Http http) {
        try {
            return http.get("/readyz", "").statusCode();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static String fmt(double score) {
        return score == Math.rint(score) ? String.valueOf((long) score) : String.valueOf(score);
    }

    /** Waits until {@code condition} holds, polling for at most 30 s. */
    static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
