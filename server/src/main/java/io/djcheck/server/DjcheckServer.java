package io.djcheck.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.djcheck.Checker;
import io.djcheck.ingest.DocumentException;
import io.djcheck.ingest.LimitExceededException;
import io.djcheck.ingest.UnsupportedFormatException;
import io.djcheck.model.Report;
import io.djcheck.pack.PackInfo;
import io.djcheck.pack.PackProblem;
import io.djcheck.pack.RuleInfo;
import io.djcheck.pack.RulePackWatcher;
import io.djcheck.render.ResultFormat;
import io.djcheck.render.ResultWriter;
import io.djcheck.result.CheckResult;
import io.djcheck.result.Explanation;
import io.djcheck.result.ResultJson;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.UploadedFile;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * djcheck as an HTTP service, on Javalin 7 and Jetty 12: every endpoint is a thin client of
 * {@link Checker}'s public API. One shared checker serves every request; a request's {@code profile}
 * and {@code param.NAME} get a {@link Checker#withParams} view of it (nothing recompiled). Checks run
 * on {@code threads} workers behind a bounded queue, each within {@code timeout}.
 *
 * <pre>{@code
 * DjcheckServer server = DjcheckServer.builder(checker).port(8080).tokens(Tokens.fromFile(file)).build().start();
 * server.stopOnShutdown();     // SIGTERM finishes the requests in flight, then stops
 * }</pre>
 *
 * The HTTP contract is docs/openapi.yaml (served at {@code /v1/openapi.yaml}).
 */
public final class DjcheckServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DjcheckServer.class);
    /** The header naming the pack a response was made with: {@code id version sha256}. */
    public static final String PACK_HEADER = "X-Djcheck-Pack";
    static final String JSON = "application/json; charset=utf-8";
    static final String NDJSON = "application/x-ndjson; charset=utf-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ObjectMapper MAPPER = ResultJson.mapper();

    private final Checker checker;
    private final Builder settings;
    private final Tokens tokens;
    private final PrometheusMeterRegistry metrics;
    private final ThreadPoolExecutor workers;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Object drained = new Object();
    private final java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
    private volatile boolean stopping;
    private final Javalin app;
    private RulePackWatcher watcher;
    private Thread shutdownHook;
    private final Timer checkTimer;
    private final PackProfiles profiles;

    private DjcheckServer(Builder b) {
        this.settings = b;
        this.checker = b.checker;
        this.tokens = b.tokens != null ? b.tokens : Tokens.generate();
        this.metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        this.workers = new ThreadPoolExecutor(b.threads, b.threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(b.queue), r -> {
                    Thread t = new Thread(r, "djcheck-check");
                    t.setDaemon(true);
                    return t;
                });
        this.checkTimer = Timer.builder("djcheck.check.duration").description("time to check one report")
                .publishPercentileHistogram().register(metrics);
        Gauge.builder("djcheck.requests.in.flight", inFlight, AtomicInteger::get).register(metrics);
        Gauge.builder("djcheck.check.queue", workers, w -> w.getQueue().size()).register(metrics);
        this.profiles = new PackProfiles(checker, b.files);
        long maxRequest = maxRequestBytes();
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = maxRequest;
            config.jetty.multipartConfig.maxFileSize(checker.limits().maxBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(maxRequest, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1024 * 1024, SizeUnit.BYTES);
            // requests in flight are drained by stop() itself; Jetty then only closes idle keep-alive connections
            config.jetty.modifyServer(server -> server.setStopTimeout(1000));
            config.routes.get("/healthz", ctx -> send(ctx, 200, JSON, "{\"status\":\"live\"}"));
            config.routes.get("/readyz", this::ready);
            config.routes.get("/metrics", guarded(Tokens.Role.CHECK, ctx -> send(ctx, 200,
                    "text/plain; version=0.0.4; charset=utf-8", metrics.scrape())));
            config.routes.get("/v1/openapi.yaml", ctx -> resource(ctx, "openapi.yaml", "application/yaml; charset=utf-8"));
            config.routes.get("/v1/schema/{name}", ctx -> resource(ctx, "schema/" + ctx.pathParam("name"), JSON));
            config.routes.post("/v1/check", guarded(Tokens.Role.CHECK, this::check));
            config.routes.post("/v1/extract", guarded(Tokens.Role.CHECK, this::extract));
            config.routes.post("/v1/explain", guarded(Tokens.Role.CHECK, this::explain));
            config.routes.get("/v1/rules", guarded(Tokens.Role.CHECK, this::rules));
            config.routes.post("/v1/admin/reload", guarded(Tokens.Role.ADMIN, this::reload));
            config.routes.error(404, ctx -> {
                if (!ctx.res().isCommitted()) {          // else an endpoint already answered its own 404
                    error(ctx, new ApiException(404, "not-found", ctx.method() + " " + ctx.path()
                            + ": no such endpoint; see /v1/openapi.yaml for the API",
                            ctx.method() + " " + ctx.path() + "：没有这个接口；接口说明见 /v1/openapi.yaml"));
                }
            });
            config.routes.error(405, ctx -> {
                if (!ctx.res().isCommitted()) {
                    error(ctx, new ApiException(405, "method-not-allowed", ctx.method() + " " + ctx.path()
                            + ": method not allowed; see /v1/openapi.yaml for the API",
                            ctx.method() + " " + ctx.path() + "：不支持该请求方法；接口说明见 /v1/openapi.yaml"));
                }
            });
        });
    }

    /** A builder around the checker that will serve every request. */
    public static Builder builder(Checker checker) {
        return new Builder(checker);
    }

    /** Starts listening; {@link #port()} then tells the port (useful with port 0). */
    public DjcheckServer start() {
        app.start(settings.host, settings.port);
        if (settings.watch != null) {
            watcher = RulePackWatcher.watch(settings.watch, this::reloadPack);
        }
        LOG.info("djcheck serving on http://{}:{} with pack {}", settings.host, port(), packLabel(checker.pack()));
        return this;
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** Requests being served now (the tests wait on it). */
    int inFlight() {
        return inFlight.get();
    }

    /** The checker serving requests. */
    public Checker checker() {
        return checker;
    }

    /** The accepted tokens (with the generated one when none was given). */
    public Tokens tokens() {
        return tokens;
    }

    /** Registers a JVM shutdown hook (SIGTERM, Ctrl-C) that stops the server gracefully. */
    public synchronized DjcheckServer stopOnShutdown() {
        if (shutdownHook == null) {
            shutdownHook = new Thread(this::stop, "djcheck-server-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        return this;
    }

    /**
     * Stops gracefully: new requests get 503, those in flight finish (up to the drain timeout), then
     * the server stops listening and the workers end. Idempotent.
     */
    public void stop() {
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
        }
        long deadline = System.nanoTime() + settings.drainTimeout.toNanos();
        synchronized (drained) {
            while (inFlight.get() > 0 && System.nanoTime() < deadline) {
                try {
                    drained.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        if (inFlight.get() > 0) {
            LOG.warn("stopping with {} request(s) still in flight after {}", inFlight.get(), settings.drainTimeout);
        }
        if (watcher != null) {
            watcher.close();
        }
        try {
            app.stop();
        } catch (RuntimeException e) {
            // Jetty's graceful stop gives idle keep-alive connections a second, then closes them and
            // reports a timeout: every request counted above is already answered
            if (!(e.getCause() instanceof java.util.concurrent.TimeoutException)) {
                throw e;
            }
            LOG.debug("idle connections closed at stop: {}", e.toString());
        }
        workers.shutdownNow();
        LOG.info("djcheck server stopped");
        stopped.countDown();
    }

    /** Blocks until the server has {@link #stop() stopped} (from another thread or the shutdown hook). */
    public void join() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        stop();
    }

    private long maxRequestBytes() {
        long max = checker.limits().maxBytes();
        return Math.min(Long.MAX_VALUE / 2, max * settings.maxFiles + 1024L * 1024);
    }

    // ---- the request wrapper: drain accounting, authentication, errors ----

    private Handler guarded(Tokens.Role needed, Handler handler) {
        return ctx -> {
            inFlight.incrementAndGet();
            try {
                if (stopping) {
                    throw new ApiException(503, "shutting-down", ctx.method() + " " + ctx.path()
                            + ": the server is stopping; retry on another instance or after it restarts",
                            ctx.method() + " " + ctx.path() + "：服务正在停止；请改用其他实例，或待其重启后重试");
                }
                Tokens.Role role = tokens.role(ctx.header("Authorization"));
                if (role == Tokens.Role.NONE) {
                    ctx.header("WWW-Authenticate", "Bearer realm=\"djcheck\"");
                    throw new ApiException(401, "unauthorized", ctx.method() + " " + ctx.path()
                            + ": no valid bearer token; send the header 'Authorization: Bearer TOKEN' with a token of the server's token file",
                            ctx.method() + " " + ctx.path() + "：缺少有效的访问令牌；请在请求头中加入 'Authorization: Bearer 令牌'，令牌须列在服务的令牌文件中");
                }
                if (needed == Tokens.Role.ADMIN && role != Tokens.Role.ADMIN) {
                    throw new ApiException(403, "forbidden", ctx.method() + " " + ctx.path()
                            + ": this endpoint needs an admin token; use a token listed as 'admin:TOKEN' in the token file",
                            ctx.method() + " " + ctx.path() + "：此接口需要管理员令牌；请使用令牌文件中写作 'admin:令牌' 的令牌");
                }
                packHeader(ctx, checker.pack());
                handler.handle(ctx);
            } catch (ApiException e) {
                error(ctx, e);
            } catch (Exception e) {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, new ApiException(500, "internal-error", ctx.method() + " " + ctx.path() + ": " + e
                        + "; this is a bug in djcheck, please report it with the server log"));
            } finally {
                if (inFlight.decrementAndGet() == 0 && stopping) {
                    synchronized (drained) {
                        drained.notifyAll();
                    }
                }
            }
        };
    }

    private void error(Context ctx, ApiException e) {
        if (e.status != 404 || !"not-found".equals(e.code)) {
            metrics.counter("djcheck.requests.rejected", "code", e.code).increment();
        }
        ObjectNode body = MAPPER.createObjectNode();
        body.put("code", e.code);
        body.put("message", e.zh != null && "zh".equals(ctx.queryParam("lang")) ? e.zh : e.getMessage());
        if (ctx.res().isCommitted()) {             // a streamed response: the error ends it as a last line
            try {
                OutputStream out = ctx.outputStream();
                out.write((body + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException ignored) {
                // the client is gone
            }
            return;
        }
        send(ctx, e.status, JSON, body.toString());
    }

    /** Writes the whole response now (not after the handler returns), so a drain waits for it. */
    private static void send(Context ctx, int status, String contentType, String body) {
        send(ctx, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(Context ctx, int status, String contentType, byte[] body) {
        ctx.status(status);
        ctx.res().setContentType(contentType);
        ctx.res().setContentLengthLong(body.length);
        try {
            OutputStream out = ctx.outputStream();
            out.write(body);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void packHeader(Context ctx, PackInfo pack) {
        ctx.header(PACK_HEADER, packLabel(pack));
    }

    static String packLabel(PackInfo pack) {
        return pack.id() + " " + pack.version() + " " + pack.sha256();
    }

    private void resource(Context ctx, String name, String type) throws IOException {
        if (!name.matches("[a-z0-9.\\-/]+") || name.contains("..")) {
            throw new ApiException(404, "not-found", "GET " + ctx.path() + ": no such document");
        }
        try (InputStream in = DjcheckServer.class.getResourceAsStream("/djcheck/docs/" + name)) {
            if (in == null) {
                error(ctx, new ApiException(404, "not-found", "GET " + ctx.path() + ": no such document; see /v1/openapi.yaml"));
                return;
            }
            send(ctx, 200, type, in.readAllBytes());
        }
    }

    private void ready(Context ctx) {
        PackInfo pack = checker.pack();
        packHeader(ctx, pack);
        ObjectNode body = MAPPER.createObjectNode();
        body.put("status", stopping ? "stopping" : "ready");
        body.set("pack", packNode(pack));
        send(ctx, stopping ? 503 : 200, JSON, body.toString());
    }

    private static ObjectNode packNode(PackInfo pack) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", pack.id());
        n.put("version", pack.version());
        n.put("sha256", pack.sha256());
        return n;
    }

    // ---- the endpoints ----

    private void check(Context ctx) throws IOException {
        Checker c = requestChecker(ctx);
        String format = format(ctx, "json", "html", "xlsx");
        List<Upload> uploads = uploads(ctx);
        if (uploads.size() == 1) {
            Upload u = uploads.get(0);
            CheckResult r = run(() -> c.check(u.bytes, u.name), u.name, true);
            packHeader(ctx, packOf(r));
            if ("json".equals(format)) {
                send(ctx, 200, JSON, ResultJson.toJson(r));
            } else {
                render(ctx, format, List.of(r), List.of());
            }
            return;
        }
        if (!"json".equals(format)) {                   // several files, one document
            List<CheckResult> results = new ArrayList<>();
            List<String[]> failures = new ArrayList<>();
            for (Upload u : uploads) {
                try {
                    results.add(run(() -> c.check(u.bytes, u.name), u.name, true));
                } catch (ApiException e) {
                    failures.add(new String[]{u.name, e.getMessage()});
                }
            }
            render(ctx, format, results, failures);
            return;
        }
        // several files as JSON: one line per file, in order, each written as it is done
        ctx.status(200);
        ctx.res().setContentType(NDJSON);
        OutputStream out = ctx.outputStream();
        for (Upload u : uploads) {
            String line;
            try {
                CheckResult r = run(() -> c.check(u.bytes, u.name), u.name, true);
                line = ResultJson.toJsonLine(r);
            } catch (ApiException e) {
                line = ResultJson.failureJsonLine(u.name, e.getMessage());
            }
            out.write(line.endsWith("\n") ? line.getBytes(StandardCharsets.UTF_8)
                    : (line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private static PackInfo packOf(CheckResult r) {
        return new PackInfo(r.ruleset().id(), r.ruleset().version(), "", r.ruleset().sha256(), "");
    }

    private void render(Context ctx, String format, List<CheckResult> results, List<String[]> failures) throws IOException {
        ResultFormat f = ResultFormat.valueOf(format.toUpperCase(Locale.ROOT));
        Path tmp = Files.createTempFile("djcheck-server-", "." + f.suffix());
        try {
            try (ResultWriter w = f.open(tmp, ResultFormat.Options.DEFAULT)) {
                for (CheckResult r : results) {
                    w.accept(r);
                }
                for (String[] fail : failures) {
                    w.acceptFailure(fail[0], fail[1]);
                }
            }
            send(ctx, 200, "html".equals(format) ? "text/html; charset=utf-8" : XLSX, Files.readAllBytes(tmp));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void extract(Context ctx) throws IOException {
        Upload u = single(ctx, "extract");
        Report report = run(() -> checker.extract(u.bytes, u.name), u.name, false);
        send(ctx, 200, JSON, ResultJson.toJson(report));
    }

    private void explain(Context ctx) throws IOException {
        List<String> rules = ctx.queryParams("rule");
        if (rules.isEmpty()) {
            throw new ApiException(400, "bad-request", "POST /v1/explain: no rule named; add ?rule=ID (e.g. ?rule=ZR-01), repeatable");
        }
        Checker c = requestChecker(ctx);
        Upload u = single(ctx, "explain");
        CheckResult r = run(() -> c.check(u.bytes, u.name), u.name, true);
        packHeader(ctx, packOf(r));
        ArrayNode explanations = MAPPER.createArrayNode();
        for (String rule : rules) {
            Explanation e = r.explain(rule).orElseThrow(() -> new ApiException(404, "unknown-rule",
                    "POST /v1/explain: the pack " + r.ruleset().id() + " has no rule '" + rule
                            + "'; GET /v1/rules lists its rules",
                    "POST /v1/explain：规则包 " + r.ruleset().id() + " 中没有规则 '" + rule + "'；GET /v1/rules 列出全部规则"));
            ObjectNode n = MAPPER.valueToTree(e);
            n.put("text", e.toText());
            explanations.add(n);
        }
        ObjectNode body = MAPPER.createObjectNode();
        body.put("source", r.source());
        body.set("ruleset", packNode(packOf(r)));
        body.set("explanations", explanations);
        send(ctx, 200, JSON, body.toString());
    }

    private void rules(Context ctx) {
        Checker c = requestChecker(ctx);
        PackInfo pack = c.pack();
        ObjectNode body = packNode(pack);
        body.put("description", pack.description());
        ArrayNode rules = body.putArray("rules");
        for (RuleInfo r : c.rules()) {
            rules.add(MAPPER.valueToTree(r));
        }
        body.set("params", MAPPER.valueToTree(c.params()));
        body.set("profiles", MAPPER.valueToTree(profiles.profiles()));
        send(ctx, 200, JSON, body.toString());
    }

    private void reload(Context ctx) {
        Checker.Reload r = reloadPack();
        packHeader(ctx, r.serving());
        ObjectNode body = MAPPER.createObjectNode();
        body.put("status", r.status().name());
        body.set("serving", packNode(r.serving()));
        ArrayNode problems = body.putArray("problems");
        for (PackProblem p : r.problems()) {
            problems.add(p.toString());
        }
        send(ctx, r.status() == Checker.ReloadStatus.FAILED ? 422 : 200, JSON, body.toString());
    }

    /** Reloads the pack (admin endpoint, watcher): a broken edit keeps the last good pack. */
    public Checker.Reload reloadPack() {
        Checker.Reload r = checker.reload();
        metrics.counter("djcheck.reloads", "status", r.status().name()).increment();
        if (r.status() == Checker.ReloadStatus.FAILED) {
            LOG.warn("reload refused, still serving {}: {}", packLabel(r.serving()), r.problems());
        }
        return r;
    }

    // ---- request parts ----

    /** The checker for this request: the shared one, or a view with the request's profile and params. */
    private Checker requestChecker(Context ctx) {
        String profile = ctx.queryParam("profile");
        Map<String, Double> params = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            if (!e.getKey().startsWith("param.")) {
                continue;
            }
            String name = e.getKey().substring("param.".length());
            String value = e.getValue().get(e.getValue().size() - 1);
            try {
                double v = Double.parseDouble(value);
                if (!Double.isFinite(v)) {
                    throw new NumberFormatException();
                }
                params.put(name, v);
            } catch (NumberFormatException ex) {
                throw new ApiException(400, "bad-param", ctx.path() + ": param." + name + "=" + value
                        + ": the value must be a finite number, e.g. param." + name + "=6",
                        ctx.path() + "：param." + name + "=" + value + "：参数值必须是数字，例如 param." + name + "=6");
            }
        }
        String lang = ctx.queryParam("lang");
        if (lang != null && !lang.equals("zh") && !lang.equals("en")) {
            throw new ApiException(400, "bad-request", ctx.path() + ": lang=" + lang + " is not supported; use lang=zh or lang=en");
        }
        if (profile == null && params.isEmpty()) {
            return checker;
        }
        Map<String, Double> merged = new LinkedHashMap<>(settings.params);
        merged.putAll(params);
        try {
            return checker.withParams(profile != null ? profile : settings.profile, merged);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "bad-param", ctx.path() + ": " + e.getMessage()
                    + "; GET /v1/rules lists the pack's params and profiles",
                    ctx.path() + "：参数或配置有误（" + e.getMessage() + "）；GET /v1/rules 列出规则包的参数和配置");
        }
    }

    private static String format(Context ctx, String... allowed) {
        String f = ctx.queryParam("format");
        if (f == null) {
            return allowed[0];
        }
        for (String a : allowed) {
            if (a.equals(f)) {
                return f;
            }
        }
        throw new ApiException(400, "bad-request", ctx.path() + ": format=" + f + " is not offered here; use one of "
                + String.join(", ", allowed));
    }

    private record Upload(String name, byte[] bytes) {
    }

    private Upload single(Context ctx, String what) throws IOException {
        List<Upload> uploads = uploads(ctx);
        if (uploads.size() != 1) {
            throw new ApiException(400, "bad-request", "POST /v1/" + what + ": " + uploads.size()
                    + " files sent; send exactly one report");
        }
        return uploads.get(0);
    }

    /** The reports of a request: the multipart files, or the raw body. Nothing names a server path. */
    private List<Upload> uploads(Context ctx) throws IOException {
        long max = checker.limits().maxBytes();
        long length = ctx.req().getContentLengthLong();
        if (ctx.isMultipartFormData()) {
            if (length > maxRequestBytes()) {
                drain(ctx);
                throw tooLarge(ctx.path(), "the request (" + length + " bytes)", maxRequestBytes());
            }
            List<UploadedFile> files;
            try {
                files = ctx.uploadedFiles();
            } catch (Exception e) {                    // Jetty's ServletException, thrown through Kotlin
                throw multipartProblem(ctx, e, max);
            }
            if (files.isEmpty()) {
                throw new ApiException(400, "bad-request", "POST " + ctx.path()
                        + ": the multipart body holds no file part; send each report as a part with a filename (curl -F file=@report.docx)");
            }
            if (files.size() > settings.maxFiles) {
                throw new ApiException(413, "too-many-files", "POST " + ctx.path() + ": " + files.size()
                        + " files in one request; send at most " + settings.maxFiles + " per request");
            }
            List<Upload> out = new ArrayList<>();
            for (UploadedFile f : files) {
                String name = safeName(f.filename());
                if (f.size() > max) {
                    throw tooLarge(ctx.path(), name + " (" + f.size() + " bytes)", max);
                }
                try (InputStream in = f.content()) {
                    out.add(new Upload(name, in.readAllBytes()));
                }
            }
            return out;
        }
        String name = safeName(ctx.queryParam("name") != null ? ctx.queryParam("name") : "upload" + suffix(ctx.contentType()));
        if (length > max) {
            drain(ctx);
            throw tooLarge(ctx.path(), name + " (" + length + " bytes)", max);
        }
        byte[] body = readBounded(ctx, name, max);
        return List.of(new Upload(name, body));
    }

    private ApiException multipartProblem(Context ctx, Exception e, long max) {
        String m = String.valueOf(e.getMessage());
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            String tm = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (tm.contains("max file size exceeded") || tm.contains("max length exceeded") || tm.contains("too large")) {
                return tooLarge(ctx.path(), "a file of the multipart body", max);
            }
            m = t.getMessage();
        }
        return new ApiException(400, "bad-multipart", "POST " + ctx.path() + ": the multipart body cannot be read (" + m
                + "); send a well-formed multipart/form-data body, or the report itself as the body");
    }

    private static byte[] readBounded(Context ctx, String name, long max) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        try (InputStream in = ctx.req().getInputStream()) {
            int n;
            while ((n = in.read(chunk)) >= 0) {
                buf.write(chunk, 0, n);
                if (buf.size() > max) {
                    drain(ctx);
                    throw tooLarge(ctx.path(), name + " (more than " + max + " bytes)", max);
                }
            }
        } catch (IOException e) {
            throw new ApiException(400, "body-incomplete", "POST " + ctx.path() + ": the body of " + name
                    + " ended before its announced length (" + e.getMessage() + "); send the whole file again");
        }
        return buf.toByteArray();
    }

    /**
     * Reads and drops what is left of a refused body (up to {@link #DRAIN_LIMIT}) and closes the
     * connection after the answer: a client still sending would otherwise see the connection reset
     * before it reads the 413.
     */
    private static void drain(Context ctx) {
        ctx.header("Connection", "close");
        byte[] chunk = new byte[64 * 1024];
        long left = DRAIN_LIMIT;
        try {
            InputStream in = ctx.req().getInputStream();
            int n;
            while (left > 0 && (n = in.read(chunk)) >= 0) {
                left -= n;
            }
        } catch (IOException ignored) {
            // the client stopped sending: nothing left to drop
        }
    }

    static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    private static ApiException tooLarge(String path, String what, long max) {
        return new ApiException(413, "too-large", "POST " + path + ": " + what + " is larger than the limit of " + max
                + " bytes; send a smaller file, or start the server with a larger --max-size",
                "POST " + path + "：" + what + " 超过了 " + max + " 字节的上限；请发送较小的文件，或以更大的 --max-size 启动服务");
    }

    /** A label for an upload, never a path: only its last segment, and only harmless characters. */
    static String safeName(String given) {
        if (given == null || given.isBlank()) {
            return "upload";
        }
        String last = given.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1);
        last = last.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_");
        if (last.isBlank() || last.equals(".") || last.equals("..")) {
            return "upload";
        }
        return last.length() > 200 ? last.substring(0, 200) : last;
    }

    private static String suffix(String contentType) {
        if (contentType == null) {
            return "";
        }
        String t = contentType.toLowerCase(Locale.ROOT);
        if (t.startsWith("text/plain")) {
            return ".txt";
        } else if (t.startsWith("application/pdf")) {
            return ".pdf";
        } else if (t.contains("wordprocessingml")) {
            return ".docx";
        } else if (t.startsWith("application/msword")) {
            return ".doc";
        } else if (t.contains("json")) {
            return ".json";
        } else if (t.contains("yaml")) {
            return ".yaml";
        }
        return "";
    }

    // ---- running a check on a worker, within the time limit ----

    private <T> T run(Callable<T> task, String name, boolean isCheck) {
        Future<T> future;
        Timer.Sample sample = Timer.start(metrics);
        try {
            future = workers.submit(task);
        } catch (RejectedExecutionException e) {
            throw new ApiException(503, "busy", name + ": the server has " + workers.getQueue().size()
                    + " reports waiting; retry after a moment, or start it with more --threads",
                    name + "：服务繁忙，" + workers.getQueue().size() + " 份报告正在排队；请稍后重试，或以更多的 --threads 启动服务");
        }
        try {
            T value = future.get(settings.timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (isCheck && value instanceof CheckResult r) {
                sample.stop(checkTimer);
                checks("checked", r.grade().name());
            }
            return value;
        } catch (TimeoutException e) {
            future.cancel(true);
            checks("timeout", "none");
            throw new ApiException(504, "timeout", name + ": checking took longer than the limit of "
                    + settings.timeout.toMillis() + " ms and was stopped; send a shorter report, or start the server with a longer --timeout",
                    name + "：检查超过了 " + settings.timeout.toMillis() + " 毫秒的时限，已中止；请发送较短的报告，或以更长的 --timeout 启动服务");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ApiException(503, "shutting-down", name + ": the server is stopping; retry");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DocumentException d) {
                checks("unreadable", "none");
                throw documentProblem(d);
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }

    private void checks(String outcome, String grade) {
        metrics.counter("djcheck.checks", "outcome", outcome, "grade", grade).increment();
    }

    private static ApiException documentProblem(DocumentException d) {
        String message = d.getMessage();
        if (d instanceof LimitExceededException le) {
            String option = switch (le.limit()) {
                case SIZE -> "--max-size";
                case PAGES -> "--max-pages";
                case EXPANSION -> "--max-expanded";
                case FACTS -> "--max-facts";
                case TIMEOUT -> "--timeout";
                default -> null;
            };
            String hint = option == null ? "" : " (server option " + option + ")";
            String zh = "报告超过了服务的限制：" + message + (option == null ? "" : "（服务选项 " + option + "）");
            return switch (le.limit()) {
                case SIZE -> new ApiException(413, "too-large", message + hint, zh);
                case TIMEOUT -> new ApiException(504, "timeout", message + hint, zh);
                default -> new ApiException(422, "limit-exceeded", message + hint, zh);
            };
        }
        if (d instanceof UnsupportedFormatException) {
            return new ApiException(415, "unsupported-format", message,
                    "不是可检查的报告格式（支持文本、.docx、.doc、PDF、JSON/YAML 报送）：" + message);
        }
        return new ApiException(422, "unreadable", message, "无法读取该报告：" + message);
    }

    /** How a server is set up; every setting has a default. */
    public static final class Builder {
        private final Checker checker;
        private String host = "127.0.0.1";
        private int port = 8080;
        private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        private int queue = -1;
        private int maxFiles = 100;
        private Duration timeout = Duration.ofSeconds(60);
        private Duration drainTimeout = Duration.ofSeconds(30);
        private Tokens tokens;
        private Path watch;
        private io.djcheck.pack.RulePack files;
        private String profile;
        private Map<String, Double> params = Map.of();

        private Builder(Checker checker) {
            this.checker = Objects.requireNonNull(checker, "checker");
        }

        /** The address to listen on (default 127.0.0.1; 0.0.0.0 for every interface). */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host);
            return this;
        }

        /** The port (default 8080; 0 for any free port). */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Reports checked at once (default one per core); more wait in a queue of 16 per thread, past which 503. */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** Longest a check may take before the request gets 504 (default 60 s). */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** Longest {@link #stop()} waits for requests in flight (default 30 s). */
        public Builder drainTimeout(Duration drainTimeout) {
            this.drainTimeout = Objects.requireNonNull(drainTimeout);
            return this;
        }

        /** Most files in one multipart request (default 100). */
        public Builder maxFiles(int maxFiles) {
            this.maxFiles = maxFiles;
            return this;
        }

        /** The accepted tokens (default: one generated admin token, see {@link Tokens#generated()}). */
        public Builder tokens(Tokens tokens) {
            this.tokens = tokens;
            return this;
        }

        /** The pack files the checker was built from: GET /v1/rules lists their profiles. */
        public Builder rulePack(io.djcheck.pack.RulePack files) {
            this.files = files;
            return this;
        }

        /** Reload the pack when this folder changes (the pack's own folder). */
        public Builder watch(Path packDir) {
            this.watch = packDir;
            return this;
        }

        /**
         * The profile and parameter overrides the checker was built with, so a request's own
         * {@code param.NAME} adds to them rather than replacing them.
         */
        public Builder defaults(String profile, Map<String, Double> params) {
            this.profile = profile;
            this.params = Map.copyOf(params);
            return this;
        }

        public DjcheckServer build() {
            if (queue < 0) {
                queue = threads * 16;
            }
            return new DjcheckServer(this);
        }
    }
}
