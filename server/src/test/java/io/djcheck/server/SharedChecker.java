package io.djcheck.server;

import io.djcheck.Checker;
import io.djcheck.pack.RulePack;

/** One checker on the default pack for the test classes of this JVM: compiling the pack is the slow part of a server test. */
final class SharedChecker {

    static final RulePack PACK = RulePack.fromClasspath(Checker.DEFAULT_PACK);
    private static Checker checker;

    private SharedChecker() {
    }

    static synchronized Checker get() {
        if (checker == null) {
            checker = Checker.builder().rulePack(PACK).build();
        }
        return checker;
    }
}
