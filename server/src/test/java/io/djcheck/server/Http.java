package io.djcheck.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** The JDK HttpClient against a server on 127.0.0.1, each response checked against docs/openapi.yaml. */
final class Http {

    static final Path REPORTS = Path.of("..", "examples", "reports").toAbsolutePath().normalize();
    static final Path FORMATS = Path.of("..", "corpus", "formats").toAbsolutePath().normalize();
    static final ObjectMapper JSON = new ObjectMapper();

    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    final String base;
    final String token;

    Http(int port, String token) {
        this.base = "http://127.0.0.1:" + port;
        this.token = token;
    }

    static Path report(int i) {
        try (var s = Files.list(REPORTS)) {
            return s.sorted().toList().get(i);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(60));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    /** Sends, validates against the OpenAPI document under {@code template}, returns the response with a String body. */
    HttpResponse<String> send(String method, String template, HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            OpenApi.validate(method, template, r);
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> post(String template, String query, byte[] body) {
        return send("POST", template, request(template + query).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    HttpResponse<String> get(String template, String query) {
        return send("GET", template, request(template + query).GET().build());
    }

    HttpResponse<byte[]> postBytes(String pathAndQuery, byte[] body) {
        try {
            return client.send(request(pathAndQuery).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A multipart/form-data body of the files given as (filename, bytes) pairs. */
    record Multipart(String contentType, byte[] body) {
        static Multipart of(List<Path> files) {
            String boundary = "djcheck-" + UUID.randomUUID();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Path f : files) {
                out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                        + f.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.writeBytes(bytes(f));
                out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return new Multipart("multipart/form-data; boundary=" + boundary, out.toByteArray());
        }
    }

    HttpResponse<String> postMultipart(String template, String query, List<Path> files) {
        Multipart m = Multipart.of(files);
        return send("POST", template, request(template + query).header("Content-Type", m.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(m.body())).build());
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }
}
