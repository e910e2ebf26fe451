package io.djcheck.bench.throughput;

import io.djcheck.Checker;
import io.djcheck.bench.Repo;
import io.djcheck.server.DjcheckServer;
import io.djcheck.server.Tokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Checks per second over HTTP beside the same checks in process. Starts djcheck-server on
 * 127.0.0.1 with {@code --server-threads} check workers (default 2); {@code --clients} threads
 * (default 4) each hold one keep-alive HTTP/1.1 connection (JDK HttpClient) and post the five seed
 * reports in turn for {@code --seconds} (default 20) after {@code --warmup} seconds (default 10);
 * then the same number of threads as server workers call {@code checker.check(bytes, name)} directly
 * for the same time. Prints one Markdown table with checks/s, p50 and p99 latency, and the load
 * average before and after. Clients and server share the machine (and this JVM).
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.djcheck.bench.throughput.ServerThroughput --seconds 20
 * </pre>
 */
public final class ServerThroughput {

    private ServerThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int serverThreads = intArg(args, "--server-threads", 2);
        int clients = intArg(args, "--clients", 4);
        int seconds = intArg(args, "--seconds", 20);
        int warmup = intArg(args, "--warmup", 10);
        List<Path> seeds = Repo.seedFiles();
        List<byte[]> bodies = new ArrayList<>();
        for (Path s : seeds) {
            bodies.add(Files.readAllBytes(s));
        }
        String load0 = loadAverage();
        Checker checker = Checker.builder().rulePack(Repo.defaultPack()).build();
        String token = "bench-token-0123456789abcdef";
        DjcheckServer server = DjcheckServer.builder(checker).port(0).threads(serverThreads)
                .tokens(Tokens.parse(List.of(token), "bench")).build().start();
        Row http;
        try {
            URI uri = URI.create("http://127.0.0.1:" + server.port() + "/v1/check");
            http = measure(clients, warmup, seconds, client -> {
                HttpClient c = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                AtomicInteger i = new AtomicInteger(client);
                return () -> {
                    HttpResponse<byte[]> r = c.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i.getAndIncrement() % bodies.size())))
                            .build(), HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() != 200) {
                        throw new IOException("HTTP " + r.statusCode() + ": " + new String(r.body()));
                    }
                };
            });
        } finally {
            server.stop();
        }
        Row local = measure(serverThreads, warmup, seconds, t -> {
            AtomicInteger i = new AtomicInteger(t);
            return () -> checker.check(bodies.get(i.getAndIncrement() % bodies.size()), "seed");
        });
        String load1 = loadAverage();
        System.out.printf(Locale.ROOT, "| how | threads | checks/s | p50 ms | p99 ms | checks |%n|---|---:|---:|---:|---:|---:|%n");
        System.out.printf(Locale.ROOT, "| HTTP, %d keep-alive clients | %d server | %.1f | %.1f | %.1f | %d |%n",
                clients, serverThreads, http.rate, http.p50, http.p99, http.count);
        System.out.printf(Locale.ROOT, "| in process | %d | %.1f | %.1f | %.1f | %d |%n",
                serverThreads, local.rate, local.p50, local.p99, local.count);
        System.out.printf(Locale.ROOT, "%nload average (1/5/15 min) before: %s, after: %s; %d cores; %s seconds measured after %s warm-up%n",
                load0, load1, Runtime.getRuntime().availableProcessors(), seconds, warmup);
    }

    interface Call {
        void run() throws Exception;
    }

    interface CallFactory {
        Call forThread(int thread) throws Exception;
    }

    record Row(double rate, double p50, double p99, long count) {
    }

    private static Row measure(int threads, int warmupSeconds, int seconds, CallFactory factory) throws Exception {
        long warmEnd = System.nanoTime() + Duration.ofSeconds(warmupSeconds).toNanos();
        long end = warmEnd + Duration.ofSeconds(seconds).toNanos();
        List<long[]> latencies = new ArrayList<>();
        AtomicLong failures = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Call call = factory.forThread(t);
            long[] mine = new long[2_000_000];
            latencies.add(mine);
            int[] n = {0};
            Thread w = new Thread(() -> {
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= end) {
                        break;
                    }
                    try {
                        call.run();
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        continue;
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= warmEnd && n[0] < mine.length - 1) {
                        mine[++n[0]] = t1 - t0;
                    }
                }
                mine[0] = n[0];
            });
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " calls failed");
        }
        int total = 0;
        for (long[] l : latencies) {
            total += (int) l[0];
        }
        long[] all = new long[total];
        int k = 0;
        for (long[] l : latencies) {
            System.arraycopy(l, 1, all, k, (int) l[0]);
            k += (int) l[0];
        }
        Arrays.sort(all);
        return new Row(total / (double) seconds, all[(int) (total * 0.50)] / 1e6, all[Math.min(total - 1, (int) (total * 0.99))] / 1e6, total);
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
