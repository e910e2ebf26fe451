package io.djcheck.pack;

/**
 * Bait for hostile pack files: YAML naming {@code !!io.djcheck.pack.Tripwire$Bait {}} asks a
 * loader to build it, and loading or building it springs the tripwire, so a test proves that
 * reading YAML did neither.
 */
public final class Tripwire {

    private static volatile boolean sprung;

    private Tripwire() {
    }

    /** The class a hostile tag names; a separate class, so that asking {@link #sprung()} loads it not. */
    public static final class Bait {
        static {
            sprung = true;
        }

        public Bait() {
            sprung = true;
        }
    }

    public static boolean sprung() {
        return sprung;
    }
}
