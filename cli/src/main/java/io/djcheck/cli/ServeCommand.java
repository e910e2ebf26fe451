package io.djcheck.cli;

import io.djcheck.Checker;
import io.djcheck.server.DjcheckServer;
import io.djcheck.server.Tokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code djcheck serve}: djcheck as an HTTP service (djcheck-server) for systems that are not Java.
 * Runs until SIGTERM or Ctrl-C, which finish the requests in flight.
 */
@Command(name = "serve", sortOptions = false,
        description = {"Serve checks over HTTP: POST /v1/check, /v1/extract, /v1/explain; GET /v1/rules, /healthz, "
                + "/readyz, /metrics; the API is docs/openapi.yaml (also at /v1/openapi.yaml).", ""},
        footer = {"", "Examples:",
                "  djcheck serve                                   # port 8080, a token generated and printed",
                "  djcheck serve --port 9000 --token-file tokens.txt --rules my-rules --watch",
                "  curl -H 'Authorization: Bearer TOKEN' --data-binary @report.docx localhost:8080/v1/check", "",
                "Token file: one token per line (at least 16 characters), 'admin:TOKEN' for a token that may also",
                "call /v1/admin/reload; lines starting with # are comments.", "", ExitCode.HELP})
final class ServeCommand implements Callable<Integer> {

    /** The server this command runs, for the tests that stop it. */
    static final AtomicReference<DjcheckServer> RUNNING = new AtomicReference<>();

    private final Console console;

    @Mixin
    PackOptions pack;

    @Mixin
    InputOptions input;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default 8080; 0 for any free port).")
    int port = 8080;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to listen on (default 127.0.0.1, this machine only; 0.0.0.0 for every interface).")
    String host = "127.0.0.1";

    @Option(names = "--threads", paramLabel = "N", description = "Reports checked at once (default one per core).")
    Integer threads;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "Bearer tokens, one per line ('admin:TOKEN' for admin); without it one admin token is generated and printed.")
    Path tokenFile;

    @Option(names = "--watch", description = "Reload the pack when a file of --rules DIR changes (a broken edit keeps the last good pack).")
    boolean watch;

    @Option(names = "--timeout", paramLabel = "TIME", converter = CheckCommand.DurationConverter.class,
            description = "Longest one check may take before the request gets 504, e.g. 30s, 2m (default 60s).")
    Duration timeout = Duration.ofSeconds(60);

    ServeCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        if (watch && pack.rules == null) {
            throw new UsageException("usage.serve-watch-needs-rules");
        }
        if (threads != null && threads < 1) {
            throw new UsageException("usage.serve-threads", threads);
        }
        if (port < 0 || port > 65535) {                 // else the server fails late, after the pack is compiled
            throw new UsageException("usage.serve-port", port);
        }
        Tokens tokens;
        try {
            tokens = tokenFile == null ? Tokens.generate() : Tokens.fromFile(tokenFile);
        } catch (IllegalArgumentException e) {
            throw UsageException.verbatim(e.getMessage());
        }
        Checker checker = pack.checker(input.limits(), console);
        Map<String, Double> params = new LinkedHashMap<>();
        pack.params.forEach((k, v) -> params.put(k, Double.parseDouble(v)));    // validated by pack.checker
        DjcheckServer.Builder b = DjcheckServer.builder(checker).host(host).port(port).timeout(timeout)
                .tokens(tokens).rulePack(pack.pack()).defaults(pack.profile, params);
        if (threads != null) {
            b.threads(threads);
        }
        if (watch) {
            b.watch(pack.rules);
        }
        DjcheckServer server;
        try {
            server = b.build().start().stopOnShutdown();
        } catch (RuntimeException e) {
            throw new UsageException("usage.cannot-listen", host, port, rootMessage(e));
        }
        RUNNING.set(server);
        var info = checker.pack();
        console.out().println(console.text("serve.serving", host, server.port(), info.id(), info.version(),
                pack.profile == null ? "" : console.text("serve.profile", pack.profile),
                watch ? console.text("serve.watching", pack.rules) : ""));
        if (tokens.generated() != null) {
            console.out().println(console.text("serve.token", tokens.generated()) + "   " + console.text("serve.token-note"));
            console.out().println(console.text("serve.try") + "curl -H 'Authorization: Bearer " + tokens.generated()
                    + "' --data-binary @examples/reports/000_9c5ce89756f0e5ee.txt http://localhost:" + server.port() + "/v1/check");
        }
        console.out().println(console.text("serve.stop"));
        console.out().flush();
        server.join();
        RUNNING.compareAndSet(server, null);
        return ExitCode.OK;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }
}
