package io.djcheck.spark;

import io.djcheck.Checker;
import io.djcheck.pack.RulePack;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A rule pack on its way to the executors: its files (a pack is a few dozen KB of YAML and DRL), the
 * profile, and the SHA-256 the driver computed. Each executor JVM builds one {@link Checker} from it,
 * once, and refuses to check with a pack whose SHA-256 differs from the driver's.
 */
final class PackShipment implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * One checker per executor JVM per pack (compiling a pack takes seconds, a check milliseconds); a
     * profile is the same compiled pack with other parameters ({@link Checker#withParams}).
     */
    private static final Map<String, Checker> CHECKERS = new ConcurrentHashMap<>();

    private final String name;
    private final TreeMap<String, String> files;
    private final boolean drlEnabled;
    private final String profile;
    private final String sha256;

    PackShipment(RulePack pack, String profile) {
        this(pack, profile, pack.sha256());
    }

    /** With the SHA-256 the executors must find (the tests forge one). */
    PackShipment(RulePack pack, String profile, String sha256) {
        this.name = pack.name();
        this.files = new TreeMap<>();
        for (String path : pack.paths()) {
            files.put(path, pack.text(path));
        }
        this.drlEnabled = pack.drlEnabled();
        this.profile = profile;
        this.sha256 = sha256;
    }

    String sha256() {
        return sha256;
    }

    String profile() {
        return profile;
    }

    RulePack pack() {
        return RulePack.of(name, files).withDrl(drlEnabled);
    }

    /** This JVM's checker for the pack, built on first use; its pack must hash as the driver's did. */
    Checker checker() {
        Checker base = CHECKERS.computeIfAbsent(sha256, k -> {
            Checker c = Checker.builder().rulePack(pack()).build();
            String here = c.pack().sha256();
            if (!sha256.equals(here)) {
                throw new IllegalStateException("rule pack " + name + " hashes to " + here + " on this executor but to "
                        + sha256 + " on the driver: the executors must run the djcheck-spark jar the driver runs");
            }
            return c;
        });
        return profile == null ? base
                : CHECKERS.computeIfAbsent(sha256 + "\u0000" + profile, k -> base.withParams(profile, Map.of()));
    }
}
