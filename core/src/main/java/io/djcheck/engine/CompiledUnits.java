package io.djcheck.engine;

import org.kie.api.definition.KiePackage;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The packages compiled from each unit of a pack's DRL (one YAML file's generated rules, or the
 * hand-written DRL), kept by the SHA-256 of the unit's text, so that a reload after one file was
 * edited compiles that file only. Handing kept packages to a new KieBase is safe: a KieBase takes
 * a deep copy of a package another KieBase already uses (Drools' {@code deepCloneIfAlreadyInUse}),
 * so the KieBase still serving checks is never touched, and the first build pays no copy at all.
 */
final class CompiledUnits {

    /** Enough for the units of a few packs. */
    private static final int KEPT = 64;

    private static final Map<String, List<KiePackage>> UNITS = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<KiePackage>> eldest) {
            return size() > KEPT;
        }
    };

    private CompiledUnits() {
    }

    /** The packages compiled for the unit {@code key}, or null when none are kept. */
    static List<KiePackage> get(String key) {
        synchronized (UNITS) {
            return UNITS.get(key);
        }
    }

    /** Keeps {@code packages}, compiled for the unit {@code key}. */
    static void put(String key, Collection<KiePackage> packages) {
        synchronized (UNITS) {
            UNITS.put(key, List.copyOf(packages));
        }
    }

    /** Forgets every unit (tests: the next build compiles everything). */
    static void clear() {
        synchronized (UNITS) {
            UNITS.clear();
        }
    }
}
