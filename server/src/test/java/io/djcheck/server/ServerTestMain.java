package io.djcheck.server;

import io.djcheck.Checker;
import io.djcheck.ingest.ReadLimits;
import io.djcheck.pack.RulePack;

import java.util.List;

/**
 * A server in its own JVM for the tests that stop it with a signal: default pack, a random port
 * (printed as {@code PORT n} once listening), token {@code args[0]}, the shutdown hook installed;
 * {@code args[1]}, when given, is the largest report in bytes.
 */
public final class ServerTestMain {

    private ServerTestMain() {
    }

    public static void main(String[] args) {
        ReadLimits limits = args.length > 1 ? ReadLimits.defaults().withMaxBytes(Long.parseLong(args[1])) : ReadLimits.defaults();
        Checker checker = Checker.builder().rulePack(RulePack.fromClasspath(Checker.DEFAULT_PACK)).limits(limits).build();
        DjcheckServer server = DjcheckServer.builder(checker).port(0).threads(2)
                .tokens(Tokens.parse(List.of("admin:" + args[0]), "args")).build().start().stopOnShutdown();
        System.out.println("PORT " + server.port());
        System.out.flush();
    }
}
