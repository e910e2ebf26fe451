package io.djcheck.engine;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The packages compiled from each unit of a pack's DRL (one YAML file's generated rules, or the
 * hand-written DRL), kept by the SHA-256 of the unit's text, so that a reload after one file was
 * edited compiles that file only. Kept serialized: a KieBase takes over and rewires the packages
 * it is built from, so every KieBase gets copies of its own, never objects another KieBase (still
 * serving checks) runs on.
 */
final class CompiledUnits {

    /** Enough for the units of a few packs; an entry is a few tens of KB. */
    private static final int KEPT = 64;

    private static final Map<String, byte[]> UNITS = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > KEPT;
        }
    };

    private CompiledUnits() {
    }

    /** Fresh copies of the packages compiled for the unit {@code key}, or null when none are kept. */
    static Collection<KiePackage> get(String key) {
        byte[] bytes;
        synchronized (UNITS) {
            bytes = UNITS.get(key);
        }
        if (bytes == null) {
            return null;
        }
        try (ObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(bytes),
                RuleCompiler.class.getClassLoader())) {
            List<KiePackage> packages = new ArrayList<>();
            for (Object o : (List<?>) in.readObject()) {
                packages.add((KiePackage) o);
            }
            return packages;
        } catch (IOException | ClassNotFoundException | ClassCastException | LinkageError e) {
            forget(key);
            return null;                        // compiled again, as the first time
        }
    }

    /** Keeps {@code packages}, just compiled for the unit {@code key} and not yet in any KieBase. */
    static void put(String key, Collection<KiePackage> packages) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(packages));
        } catch (IOException | RuntimeException e) {
            return;                             // not kept: the next reload compiles this unit again
        }
        synchronized (UNITS) {
            UNITS.put(key, bytes.toByteArray());
        }
    }

    /** Forgets every unit (tests: the next build compiles everything). */
    static void clear() {
        synchronized (UNITS) {
            UNITS.clear();
        }
    }

    private static void forget(String key) {
        synchronized (UNITS) {
            UNITS.remove(key);
        }
    }
}
